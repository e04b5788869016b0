-- The loader's error messages on broken specs: `file: item: problem`.
local T = require("t")

local function broken(patches, file)
  local dir = T.scratch_spec()
  file = file or "abi.lua"
  for _, p in ipairs(patches) do T.patch(dir .. "/v1alpha/" .. file, p[1], p[2]) end
  local err = T.load_error(dir)
  os.execute(('rm -rf "%s"'):format(dir))
  T.ok(err, "the broken spec loaded without error")
  return err:gsub("^.-/v1alpha/", "v1alpha/"):gsub("\n.-/v1alpha/", "\nv1alpha/")
end

local tests = {}

function tests.current_spec_loads()
  T.eq(T.load_error(T.root .. "/spec"), nil, "error")
end

function tests.unknown_type()
  T.eq(broken({ { 'type = "log_level"', 'type = "log_levl"' } }),
    "v1alpha/abi.lua: param proxy_log.level: unknown type 'log_levl'", "error")
end

function tests.duplicate_function()
  T.eq(broken({ { '{ name = "proxy_on_tick",', '{ name = "proxy_on_configure",' } }),
    "v1alpha/abi.lua: function proxy_on_configure: duplicate name", "error")
end

function tests.duplicate_type()
  T.eq(broken({ { '{ name = "map_size",', '{ name = "size",' } }),
    "v1alpha/abi.lua: type size: duplicate name", "error")
end

function tests.duplicate_enum_value()
  T.eq(broken({ { '{ name = "critical", doc', '{ name = "critical", value = 4, doc' } }),
    "v1alpha/abi.lua: variant log_level.critical: duplicate value 4 (also error)",
    "error")
end

function tests.value_too_large()
  T.eq(broken({ { '{ name = "critical", doc', '{ name = "critical", value = 0x100000000, doc' } }),
    "v1alpha/abi.lua: types.log_level.variants.critical.value: "
      .. "must be an integer in 0..2^32-1", "error")
end

function tests.dangling_len()
  T.eq(broken({ { 'len = "config_len"', 'len = "cfg_len"' } }),
    "v1alpha/abi.lua: param proxy_get_configuration.config: dangling "
      .. "reference: len 'cfg_len' is not a parameter", "error")
end

function tests.dangling_erratum()
  T.eq(broken({ { 'value = 0xFFFFFFFF, erratum = "E5"', 'value = 0xFFFFFFFF, erratum = "E9"' } }),
    "v1alpha/abi.lua: variant grpc_status.invalid_code: dangling reference: "
      .. "no erratum E9", "error")
end

function tests.missing_field()
  T.eq(broken({ { 'doc = "Log level.",', "" } }),
    "v1alpha/abi.lua: types.log_level: missing field 'doc'", "error")
end

function tests.unknown_field()
  T.eq(broken({ { 'title = "Envoy ABI v1alpha",', 'title = "Envoy ABI v1alpha", titel = "x",' } }),
    "v1alpha/abi.lua: (top): unknown field 'titel'", "error")
end

function tests.bad_enum_word()
  T.eq(broken({ { '{ name = "log_level", kind = "enum"', '{ name = "log_level", kind = "enumeration"' } }),
    "v1alpha/abi.lua: types.log_level.kind: must be one of enum, flags, "
      .. "builtin, handle, not enumeration", "error")
end

function tests.pointer_without_out()
  T.eq(broken({ { '{ name = "time", type = "ptr<timestamp>", dir = "out"', '{ name = "time", type = "ptr<timestamp>"' } }),
    'v1alpha/abi.lua: param proxy_get_current_time_nanoseconds.time: a '
      .. 'pointer parameter must be dir = "out"', "error")
end

function tests.returns_unknown_code()
  T.eq(broken({ { 'returns = { "ok", "empty", "not_found" }', 'returns = { "ok", "empty", "gone" }' } }),
    "v1alpha/abi.lua: function proxy_dequeue_shared_queue: returns: 'gone' "
      .. "is not a wasm_result", "error")
end

function tests.lua_syntax_error()
  local err = broken({ { "c_prefix = \"pw_v1a\",", "c_prefix = \"pw_v1a\"" } })
  T.ok(err:find("^v1alpha/abi.lua:%d+:"), "no file:line in: " .. err)
end

function tests.version_mismatch()
  T.eq(broken({ { 'version = "v1alpha"', 'version = "v2"' } }),
    "v1alpha/abi.lua: version: says 'v2' but the folder is 'v1alpha'", "error")
end

function tests.missing_semantics_doc()
  T.eq(broken({ { "    proxy_log = {", "    proxy_log_gone = {" } }, "semantics.lua"),
    "v1alpha/semantics.lua: function proxy_log_gone: dangling reference: not "
      .. "in abi.lua\nv1alpha/semantics.lua: function proxy_log: missing doc",
    "error")
end

function tests.semantics_param_mismatch()
  T.eq(broken({ { "        period_millis = ", "        period_ms = " } }, "semantics.lua"),
    "v1alpha/semantics.lua: function proxy_set_tick_period_milliseconds: "
      .. "missing doc for param period_millis\nv1alpha/semantics.lua: function "
      .. "proxy_set_tick_period_milliseconds: dangling reference: no param "
      .. "period_ms", "error")
end

function tests.semantics_bad_status()
  local dir = T.scratch_spec()
  local s = T.read(dir .. "/v1alpha/semantics.lua")
  s = s:gsub("(proxy_done = {.-status = {)", "%1 nope = \"x\",", 1)
  T.write(dir .. "/v1alpha/semantics.lua", s)
  local err = T.load_error(dir)
  os.execute(('rm -rf "%s"'):format(dir))
  T.ok(err and err:find("semantics.lua: function proxy_done: status 'nope' "
    .. "is not a wasm_result", 1, true), tostring(err))
end

-- A version built on v1alpha: renames, removals and additions.
function tests.extends()
  local dir = T.scratch_spec()
  os.execute(('mkdir -p "%s/vtest"'):format(dir))
  T.write(dir .. "/vtest/abi.lua", [[
return {
  version = "vtest", title = "Test ABI", c_prefix = "pw_vt",
  extends = "v1alpha",
  rename = { proxy_on_start = "proxy_on_vm_start" },
  remove = { "proxy_on_grpc_create_initial_metadata", "proxy_clear_route_cache" },
  modules = {
    { name = "envoy", side = "host", wasm_module = "env", doc = "Host.",
      functions = {
        { name = "proxy_get_log_level", doc = "Reads the log level.",
          params = { { name = "level", type = "ptr<log_level>", dir = "out",
            doc = "Out." } },
          results = { { name = "error", type = "wasm_result", doc = "Status." } } },
      } },
  },
}]])
  local load = require("pwabi.load")
  local ok, abi = pcall(load.load, dir, "vtest")
  os.execute(('rm -rf "%s"'):format(dir))
  T.ok(ok, tostring(abi))
  T.ok(abi.functions_by_name.proxy_on_vm_start, "renamed function present")
  T.ok(abi.functions_by_name.proxy_on_vm_start.sem, "semantics follow a rename")
  T.eq(abi.functions_by_name.proxy_on_start, nil, "old name")
  T.eq(abi.functions_by_name.proxy_clear_route_cache, nil, "removed host fn")
  T.ok(abi.functions_by_name.proxy_get_log_level, "added function")
  T.eq(#abi.functions, 66 - 2 + 1, "function count")
end

function tests.extends_unknown_removal()
  local dir = T.scratch_spec()
  os.execute(('mkdir -p "%s/vtest"'):format(dir))
  T.write(dir .. "/vtest/abi.lua", [[
return { version = "vtest", title = "T", c_prefix = "pw_vt",
  extends = "v1alpha", remove = { "proxy_nothing" } }]])
  local err = T.load_error(dir, "vtest")
  os.execute(('rm -rf "%s"'):format(dir))
  T.ok(err and err:find("vtest/abi.lua: remove.proxy_nothing: no such item "
    .. "in v1alpha", 1, true), tostring(err))
end

-- A version with the fields of the versioned ABIs: marker, allocators, an
-- integration module and WASI.  `patches` apply to its abi.lua (or, with
-- file = "semantics.lua", to its semantics); returns the load error with
-- paths cut to vtest/..., or nil and the loaded model.
local VTEST_ABI = [[
return {
  version = "vtest", title = "T", c_prefix = "pw_vt", extends = "v1alpha",
  marker = "proxy_abi_version_test",
  allocators = { "malloc" },
  remove = { "E1" },
  modules = {
    { name = "integration", side = "guest", guest_header = "list",
      doc = "Exports.",
      functions = {
        { name = "proxy_abi_version_test", doc = "Marker.", params = {},
          results = {} },
        { name = "malloc", doc = "Allocator.",
          params = { { name = "size", type = "size", doc = "Bytes." } },
          results = { { name = "address", type = "u32", doc = "Block." } } },
      } },
  },
  wasi = {
    module = "wasi_snapshot_preview1", aliases = { "wasi_unstable" },
    doc = "WASI.",
    types = {
      { name = "errno", kind = "enum", repr = "u16", doc = "Errno.",
        variants = {
          { name = "success", value = 0, doc = "Ok." },
          { name = "badf", value = 8, doc = "Bad fd." },
        } },
    },
    functions = {
      { name = "fd_write", doc = "Write.",
        params = {
          { name = "fd", type = "u32", doc = "Fd." },
          { name = "iovs", type = "iovecs", doc = "Pieces." },
          { name = "nwritten", type = "ptr<u32>", dir = "out", doc = "Count." },
        },
        results = { { name = "errno", type = "errno", doc = "Status." } } },
    },
  },
}]]

local VTEST_SEM = [[
return { functions = {}, wasi = {
  fd_write = { summary = "W.", params = { fd = "F.", iovs = "I.",
    nwritten = "N." }, result = "E.", status = { success = "S.", badf = "B." } },
} }]]

local function vtest(patches, file, extra)
  local dir = T.scratch_spec()
  os.execute(('mkdir -p "%s/vtest"'):format(dir))
  T.write(dir .. "/vtest/abi.lua", VTEST_ABI)
  T.write(dir .. "/vtest/semantics.lua", VTEST_SEM)
  for _, p in ipairs(patches or {}) do
    T.patch(dir .. "/vtest/" .. (file or "abi.lua"), p[1], p[2])
  end
  local version = "vtest"
  if extra then
    os.execute(('mkdir -p "%s/vtest2"'):format(dir))
    T.write(dir .. "/vtest2/abi.lua", extra)
    version = "vtest2"
  end
  local load = require("pwabi.load")
  local ok, v = pcall(load.load, dir, version)
  local base = ok and load.load(dir, "v1alpha")
  os.execute(('rm -rf "%s"'):format(dir))
  if ok then return nil, v, base end
  return (v:gsub("^.-/vtest/", "vtest/"):gsub("\n.-/vtest/", "\nvtest/"))
end

function tests.versioned_fields_load()
  local err, abi, base = vtest()
  T.eq(err, nil, "error")
  T.eq(abi.marker, "proxy_abi_version_test", "own marker")
  T.eq(base.marker, nil, "v1alpha has no marker")
  T.eq(abi.errata_by_id.E1, nil, "removed erratum")
  T.ok(abi.errata_by_id.E2, "inherited erratum")
  T.eq(abi.wasi.functions_by_name.fd_write.sem.summary, "W.", "wasi semantics")
  T.eq(abi.modules[3].guest_header, "list", "guest_header")
end

function tests.marker_not_inherited()
  local err, abi = vtest(nil, nil, [[
return { version = "vtest2", title = "T2", c_prefix = "pw_vt2",
  extends = "vtest" }]])
  T.eq(err, nil, "error")
  T.eq(abi.marker, nil, "a version without a marker has none")
  T.eq(abi.source, nil, "source is not inherited either")
  T.eq(abi.allocators[1], "malloc", "allocators are inherited")
  T.ok(abi.wasi and abi.wasi.functions_by_name.fd_write, "wasi is inherited")
end

function tests.marker_needs_function()
  T.eq(vtest({ { 'marker = "proxy_abi_version_test"',
    'marker = "proxy_abi_version_9"' } }),
    "vtest/abi.lua: marker: no guest function 'proxy_abi_version_9'", "error")
end

function tests.allocators_malformed()
  T.eq(vtest({ { 'allocators = { "malloc" }', 'allocators = "malloc"' } }),
    "vtest/abi.lua: allocators: must be a list of strings", "error")
  T.eq(vtest({ { 'allocators = { "malloc" }', 'allocators = { "calloc" }' } }),
    "vtest/abi.lua: allocators[1]: no guest function 'calloc'", "error")
  T.eq(vtest({ { 'allocators = { "malloc" }', 'allocators = { "proxy_log" }' } }),
    "vtest/abi.lua: allocators[1]: 'proxy_log' is not a guest function",
    "error")
  T.eq(vtest({ { 'allocators = { "malloc" }',
    'allocators = { "proxy_abi_version_test" }' } }),
    "vtest/abi.lua: allocators[1]: 'proxy_abi_version_test' has the core "
      .. "signature :, not i:i", "error")
end

function tests.wasi_malformed()
  T.eq(vtest({ { 'type = "iovecs"', 'type = "iovec"' } }),
    "vtest/abi.lua: wasi param fd_write.iovs: unknown type 'iovec'", "error")
  T.eq(vtest({ { 'type = "ptr<u32>", dir = "out"', 'type = "ptr<u32>"' } }),
    'vtest/abi.lua: wasi param fd_write.nwritten: a ptr parameter must be '
      .. 'dir = "out"', "error")
  T.eq(vtest({ { 'name = "badf", value = 8', 'name = "badf", value = 0' } }),
    "vtest/abi.lua: wasi variant errno.badf: duplicate value 0 (also success)",
    "error")
  T.eq(vtest({ { 'doc = "WASI.",', "" } }),
    "vtest/abi.lua: wasi: missing field 'doc'", "error")
  T.eq(vtest({ { 'module = "wasi_snapshot_preview1"', 'module = "WASI"' } }),
    "vtest/abi.lua: wasi.module: must be an identifier ([a-z_][a-z0-9_]*)",
    "error")
  T.eq(vtest({ { 'results = { { name = "errno", type = "errno"',
    'results = { { name = "errno", type = "u32"' } }),
    "vtest/abi.lua: wasi function fd_write: a WASI function returns an errno "
      .. "or nothing", "error")
end

function tests.wasi_failures_and_extras()
  T.eq(vtest({ { 'doc = "WASI.",', 'doc = "WASI.", failures = { memory = '
    .. '"nope", fault = "badf" },' } }),
    "vtest/abi.lua: wasi.failures.fault: not a role (memory, argument, "
      .. "unimplemented)\nvtest/abi.lua: wasi.failures.memory: 'nope' is not "
      .. "a WASI errno", "error")
  T.eq(vtest({ { 'doc = "WASI.",', 'doc = "WASI.", extras = { { name = "x", '
    .. 'doc = "X.", params = { { name = "a", type = "errno", doc = "A." } }, '
    .. 'results = {} } },' } }),
    "vtest/abi.lua: wasi extra x.a: 'errno' is not a builtin type", "error")
end

function tests.wasi_semantics()
  T.eq(vtest({ { "fd_write = {", "fd_read = {" } }, "semantics.lua"),
    "vtest/semantics.lua: wasi function fd_read: dangling reference: not in "
      .. "abi.lua\nvtest/semantics.lua: wasi function fd_write: missing "
      .. "semantics", "error")
  T.eq(vtest({ { "badf = \"B.\"", "nope = \"B.\"" } }, "semantics.lua"),
    "vtest/semantics.lua: wasi function fd_write: status 'nope' is not a "
      .. "WASI errno", "error")
end

function tests.wasi_only_type_elsewhere()
  T.eq(broken({ { 'name = "period_millis", type = "u32"',
    'name = "period_millis", type = "bytes_out"' } }),
    "v1alpha/abi.lua: param proxy_set_tick_period_milliseconds.period_millis: "
      .. "'bytes_out' is a WASI-only type", "error")
end

function tests.new_words_checked()
  T.eq(vtest({ { 'guest_header = "list"', 'guest_header = "none"' } }),
    "vtest/abi.lua: modules.integration.guest_header: must be one of "
      .. "declare, list, not none", "error")
  T.eq(broken({ { '{ id = "E5", kind = "value",', '{ id = "E5", kind = "oops",' } }),
    "v1alpha/abi.lua: errata.E5.kind: must be one of toc, module, names, "
      .. "type, value, signature, values, precedence, divergence, omission, "
      .. "not oops", "error")
end

-- Inherited semantics follow renames: a code span naming a renamed
-- function names it by its new name, so no version restates an entry
-- only because a name changed.
function tests.inherited_semantics_follow_renames()
  local abi = require("pwabi.load").load(T.root .. "/spec", "v0_1_0")
  local s = abi.functions_by_name.proxy_get_configuration.sem
  T.ok(s.detail:find("`proxy_on_vm_start`", 1, true), "renamed in text")
  T.ok(not s.detail:find("`proxy_on_start`", 1, true), "old name gone")
end

-- A version's semantics.lua that repeats an entry it inherits unchanged
-- is refused, naming the file and the function.
function tests.restated_semantics_refused()
  local dir = T.scratch_spec()
  os.execute(('mkdir -p "%s/vr"'):format(dir))
  T.write(dir .. "/vr/abi.lua", [[return { version = "vr", title = "R",
    c_prefix = "pw_vr", extends = "v1alpha" }]])
  local base = dofile(dir .. "/v1alpha/semantics.lua").functions.proxy_log
  local function lua(v)
    if type(v) == "string" then return ("%q"):format(v) end
    local t = {}
    for k, x in pairs(v) do t[#t + 1] = ("[%q] = %s"):format(k, lua(x)) end
    return "{" .. table.concat(t, ", ") .. "}"
  end
  T.write(dir .. "/vr/semantics.lua", "return { functions = { proxy_log = "
    .. lua(base) .. " } }")
  local err = T.load_error(dir, "vr")
  os.execute(('rm -rf "%s"'):format(dir))
  T.ok(err and err:find("vr/semantics.lua: function proxy_log: repeats "
    .. "what it inherits from v1alpha", 1, true), tostring(err))
end

return tests
