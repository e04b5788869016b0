-- Every version in spec/ against the facts of
-- ../shared/reference/abi-semantics.md §2 (2.2 integration exports, 2.3 host
-- functions, 2.4 callbacks, 2.5 enumerations, 2.6 the diff seed -> 0.1.0 ->
-- 0.2.0 -> 0.2.1 -> vNEXT): which functions each version has, by name, and
-- their core signatures (lower.code), the enumerations, the markers.
local T = require("t")
local load = require("pwabi.load")
local lower = require("pwabi.lower")

local VERSIONS = { "v1alpha", "v0_1_0", "v0_2_0", "v0_2_1", "vnext" }
local RANK = { v1alpha = 0, v0_1_0 = 1, v0_2_0 = 2, v0_2_1 = 3, vnext = 4 }

local cache = {}
local function abi(v)
  if not cache[v] then cache[v] = load.load(T.root .. "/spec", v) end
  return cache[v]
end

local function i(n) return ("i"):rep(n) end

-- §2.3: host function -> { core signature, first version, last version }.
-- The seed's grpc_call/grpc_stream signatures are checked separately.
local HOST = {
  proxy_log = { "iii:i", 0, 4 },
  proxy_get_log_level = { "i:i", 3, 4 },
  proxy_get_current_time_nanoseconds = { "i:i", 0, 4 },
  proxy_set_tick_period_milliseconds = { "i:i", 0, 4 },
  proxy_get_configuration = { "ii:i", 0, 1 },
  proxy_get_status = { "iii:i", 0, 4 },
  proxy_get_property = { "iiii:i", 0, 4 },
  proxy_set_property = { "iiii:i", 0, 4 },
  proxy_set_effective_context = { "i:i", 0, 4 },
  proxy_done = { ":i", 0, 4 },
  proxy_call_foreign_function = { "iiiiii:i", 1, 4 },
  proxy_define_metric = { "iiii:i", 0, 4 },
  proxy_increment_metric = { "iI:i", 0, 4 },
  proxy_record_metric = { "iI:i", 0, 4 },
  proxy_get_metric = { "ii:i", 0, 4 },
  proxy_continue_request = { ":i", 0, 1 },
  proxy_continue_response = { ":i", 0, 1 },
  proxy_clear_route_cache = { ":i", 0, 1 },
  proxy_continue_stream = { "i:i", 2, 4 },
  proxy_close_stream = { "i:i", 2, 4 },
  proxy_send_local_response = { i(8) .. ":i", 0, 4 },
  proxy_get_shared_data = { "iiiii:i", 0, 4 },
  proxy_set_shared_data = { "iiiii:i", 0, 4 },
  proxy_register_shared_queue = { "iii:i", 0, 4 },
  proxy_resolve_shared_queue = { "iiiii:i", 0, 4 },
  proxy_dequeue_shared_queue = { "iii:i", 0, 4 },
  proxy_enqueue_shared_queue = { "iii:i", 0, 4 },
  proxy_get_header_map_size = { "ii:i", 0, 4 },
  proxy_get_header_map_pairs = { "iii:i", 0, 4 },
  proxy_set_header_map_pairs = { "iii:i", 0, 4 },
  proxy_get_header_map_value = { "iiiii:i", 0, 4 },
  proxy_add_header_map_value = { "iiiii:i", 0, 4 },
  proxy_replace_header_map_value = { "iiiii:i", 0, 4 },
  proxy_remove_header_map_value = { "iii:i", 0, 4 },
  proxy_get_buffer_bytes = { "iiiii:i", 0, 4 },
  proxy_get_buffer_status = { "iii:i", 0, 4 },
  proxy_set_buffer_bytes = { "iiiii:i", 1, 4 },
  proxy_http_call = { i(10) .. ":i", 0, 4 },
  proxy_grpc_call = { i(12) .. ":i", 0, 4 },
  proxy_grpc_stream = { i(9) .. ":i", 0, 4 },
  proxy_grpc_send = { "iiii:i", 0, 4 },
  proxy_grpc_cancel = { "i:i", 0, 4 },
  proxy_grpc_close = { "i:i", 0, 4 },
}
local SEED_SIG = { proxy_grpc_call = i(10) .. ":i", proxy_grpc_stream = i(7) .. ":i" }

-- §2.4: callback -> { core signature, first, last }.  The header callbacks'
-- arity is checked separately.
local CALLBACK = {
  proxy_on_start = { "ii:i", 0, 0 },
  proxy_on_vm_start = { "ii:i", 1, 4 },
  proxy_validate_configuration = { "ii:i", 0, 4 },
  proxy_on_configure = { "ii:i", 0, 4 },
  proxy_on_tick = { "i:", 0, 4 },
  proxy_on_queue_ready = { "ii:", 0, 4 },
  proxy_on_create = { "ii:", 0, 0 },
  proxy_on_context_create = { "ii:", 1, 4 },
  proxy_on_new_connection = { "i:i", 0, 4 },
  proxy_on_downstream_data = { "iii:i", 0, 4 },
  proxy_on_upstream_data = { "iii:i", 0, 4 },
  proxy_on_downstream_connection_close = { "ii:", 0, 4 },
  proxy_on_upstream_connection_close = { "ii:", 0, 4 },
  proxy_on_request_headers = { nil, 0, 4 },
  proxy_on_response_headers = { nil, 0, 4 },
  proxy_on_request_body = { "iii:i", 0, 4 },
  proxy_on_response_body = { "iii:i", 0, 4 },
  proxy_on_request_trailers = { "ii:i", 0, 4 },
  proxy_on_response_trailers = { "ii:i", 0, 4 },
  proxy_on_request_metadata = { "ii:i", 0, 4 },
  proxy_on_response_metadata = { "ii:i", 0, 4 },
  proxy_on_done = { "i:i", 0, 4 },
  proxy_on_log = { "i:", 0, 4 },
  proxy_on_delete = { "i:", 0, 4 },
  proxy_on_http_call_response = { "iiiii:", 0, 4 },
  proxy_on_grpc_create_initial_metadata = { "iii:", 0, 0 },
  proxy_on_grpc_receive_initial_metadata = { "iii:", 0, 4 },
  proxy_on_grpc_trailing_metadata = { "iii:", 0, 0 },
  proxy_on_grpc_receive_trailing_metadata = { "iii:", 1, 4 },
  proxy_on_grpc_receive = { "iii:", 0, 4 },
  proxy_on_grpc_close = { "iii:", 0, 4 },
  proxy_on_foreign_function = { "iii:", 2, 4 },
}

-- §2.2: the integration and memory exports of 0.1.0 and later.
local INTEGRATION = { _initialize = ":", _start = ":", main = "ii:i",
  proxy_on_memory_allocate = "i:i", malloc = "i:i" }
local MARKER = { v0_1_0 = "proxy_abi_version_0_1_0",
  v0_2_0 = "proxy_abi_version_0_2_0", v0_2_1 = "proxy_abi_version_0_2_1",
  vnext = "proxy_abi_version_0_x_x" }

local function code(f) return lower.code(lower.lower_function(f)) end

-- { name = code } of one side; guest functions split into callbacks and
-- the `integration` module.
local function functions(a, side, integration)
  local out = {}
  for _, f in ipairs(a.functions) do
    if f.side == side and (side == "host"
        or (f.module.name == "integration") == (integration or false)) then
      out[f.name] = code(f)
    end
  end
  return out
end

local function check_set(v, got, want_table, what)
  local r = RANK[v]
  for name, w in pairs(want_table) do
    local present = r >= w[2] and r <= w[3]
    T.eq(got[name] ~= nil, present, ("%s: %s %s present"):format(v, what, name))
  end
  for name in pairs(got) do
    T.ok(want_table[name], ("%s: unexpected %s %s"):format(v, what, name))
  end
end

local tests = {}

function tests.host_functions_by_version()
  for _, v in ipairs(VERSIONS) do
    local got = functions(abi(v), "host")
    check_set(v, got, HOST, "host function")
    for name, c in pairs(got) do
      local want = (v == "v1alpha" and SEED_SIG[name]) or HOST[name][1]
      T.eq(c, want, ("%s: %s core signature"):format(v, name))
    end
  end
end

function tests.callbacks_by_version()
  for _, v in ipairs(VERSIONS) do
    local got = functions(abi(v), "guest")
    check_set(v, got, CALLBACK, "callback")
    for name, c in pairs(got) do
      local want = CALLBACK[name][1]
      if name == "proxy_on_request_headers" or name == "proxy_on_response_headers" then
        want = RANK[v] >= 2 and "iii:i" or "ii:i"
      end
      T.eq(c, want, ("%s: %s core signature"):format(v, name))
    end
  end
end

function tests.header_callbacks_arity()
  for _, v in ipairs(VERSIONS) do
    for _, name in ipairs({ "proxy_on_request_headers", "proxy_on_response_headers" }) do
      local f = abi(v).functions_by_name[name]
      T.eq(#f.params, RANK[v] >= 2 and 3 or 2, v .. ": " .. name .. " arity")
      if RANK[v] >= 2 then T.eq(f.params[3].name, "end_of_stream", v .. ": eos") end
    end
  end
end

function tests.integration_exports_and_markers()
  T.eq(abi("v1alpha").marker, nil, "v1alpha has no marker")
  T.eq(abi("v1alpha").allocators, nil, "v1alpha has no allocators")
  T.eq(abi("v1alpha").wasi, nil, "v1alpha has no WASI")
  T.eq(next(functions(abi("v1alpha"), "guest", true)), nil, "v1alpha integration")
  for _, v in ipairs(VERSIONS) do
    if v ~= "v1alpha" then
      local a = abi(v)
      T.eq(a.marker, MARKER[v], v .. " marker")
      local got = functions(a, "guest", true)
      for name, c in pairs(INTEGRATION) do T.eq(got[name], c, v .. ": " .. name) end
      T.eq(got[MARKER[v]], ":", v .. ": marker export")
      local n = 0
      for _ in pairs(got) do n = n + 1 end
      T.eq(n, 6, v .. ": integration export count (one marker only)")
      T.eq(table.concat(a.allocators, ","), "malloc,proxy_on_memory_allocate",
        v .. " allocator order")
    end
  end
end

local function values(a, tname)
  local t = a.types_by_name[tname]
  if not t then return nil end
  local out = {}
  for _, x in ipairs(t.variants) do out[#out + 1] = x.name .. "=" .. x.value end
  return table.concat(out, " ")
end

function tests.map_types()
  T.eq(values(abi("v1alpha"), "headers_type"), "request_headers=0 "
    .. "request_trailers=1 response_headers=2 response_trailers=3 "
    .. "grpc_create_initial_metadata=4 grpc_receive_initial_metadata=5 "
    .. "grpc_receive_trailing_metadata=6 http_call_response_headers=7 "
    .. "http_call_response_trailers=8", "seed map types")
  local renumbered = "request_headers=0 request_trailers=1 response_headers=2 "
    .. "response_trailers=3 grpc_receive_initial_metadata=4 "
    .. "grpc_receive_trailing_metadata=5 http_call_response_headers=6 "
    .. "http_call_response_trailers=7"
  for _, v in ipairs({ "v0_1_0", "v0_2_0", "v0_2_1", "vnext" }) do
    T.eq(values(abi(v), "headers_type"), renumbered, v .. " map types")
  end
end

function tests.buffer_and_stream_types()
  local base = "http_request_body=0 http_response_body=1 "
    .. "network_downstream_data=2 network_upstream_data=3 "
    .. "http_call_response_body=4 grpc_receive_buffer=5"
  for _, v in ipairs(VERSIONS) do
    local want = RANK[v] >= 2 and (base .. " vm_configuration=6 "
      .. "plugin_configuration=7 foreign_function_arguments=8") or base
    T.eq(values(abi(v), "buffer_type"), want, v .. " buffer types")
    T.eq(values(abi(v), "stream_type"), RANK[v] >= 2 and ("http_request=0 "
      .. "http_response=1 downstream=2 upstream=3") or nil, v .. " stream_type")
  end
end

function tests.status_values()
  T.eq(#abi("v1alpha").types_by_name.wasm_result.variants, 12, "seed 0..11")
  for _, v in ipairs({ "v0_1_0", "v0_2_0", "v0_2_1", "vnext" }) do
    local wr = abi(v).types_by_name.wasm_result.variants
    T.eq(#wr, 13, v .. " wasm_result count")
    for k, x in ipairs(wr) do T.eq(x.value, k - 1, v .. " " .. x.name) end
    T.eq(wr[13].name, "unimplemented", v .. " value 12")
  end
  for _, v in ipairs(VERSIONS) do
    T.eq(values(abi(v), "log_level"), "trace=0 debug=1 info=2 warn=3 error=4 "
      .. "critical=5", v .. " log levels")
    T.eq(values(abi(v), "peer_type"), "unknown=0 local=1 remote=2", v .. " peers")
    T.eq(values(abi(v), "metric_type"), "counter=0 gauge=1 histogram=2",
      v .. " metrics")
  end
end

-- WASI core signatures from the lowering, by name.
local function wasi_codes(a)
  local out = {}
  for _, L in ipairs(lower.lower(a).wasi) do out[L.name] = lower.code(L) end
  return out
end

function tests.wasi()
  local want = { fd_write = "iiii:i", clock_time_get = "iIi:i",
    random_get = "ii:i", environ_sizes_get = "ii:i", environ_get = "ii:i",
    args_sizes_get = "ii:i", args_get = "ii:i", proc_exit = "i:",
    fd_close = "i:i", fd_seek = "iIii:i", fd_fdstat_get = "ii:i",
    fd_prestat_get = "ii:i", fd_prestat_dir_name = "iii:i",
    sched_yield = ":i", poll_oneoff = "iiii:i" }
  for _, v in ipairs({ "v0_1_0", "v0_2_0", "v0_2_1", "vnext" }) do
    local w = abi(v).wasi
    T.eq(w.module, "wasi_snapshot_preview1", v .. " WASI module")
    T.eq(#w.functions, 15, v .. " WASI function count")
    T.eq(w.aliases[1], "wasi_unstable", v .. " WASI alias")
    T.eq(#w.extras, 2, v .. " env extras")
    local codes = wasi_codes(abi(v))
    for _, f in ipairs(w.functions) do
      T.eq(codes[f.name], want[f.name], v .. " WASI " .. f.name)
      T.ok(f.sem, v .. " WASI semantics for " .. f.name)
    end
    local errno = values({ types_by_name = w.types_by_name }, "errno")
    for _, e in ipairs({ "success=0", "badf=8", "fault=21", "inval=28",
        "nosys=52", "notsup=58" }) do
      T.ok((" " .. errno .. " "):find(" " .. e .. " ", 1, true), v .. " errno " .. e)
    end
  end
end

-- Everything that generated code or a host table could see.
local function shape(a)
  local out = {}
  for _, t in ipairs(a.types) do
    out[#out + 1] = "type " .. t.name .. " " .. t.kind .. " " .. t.repr
    for _, x in ipairs(t.variants or t.flags or {}) do
      out[#out + 1] = ("  %s=%d"):format(x.name, x.value)
    end
  end
  for _, f in ipairs(a.functions) do
    local ps = {}
    for _, p in ipairs(f.params) do ps[#ps + 1] = p.name .. ":" .. p.type end
    out[#out + 1] = ("%s %s %s %s(%s)"):format(f.side, f.module.name, f.name,
      code(f), table.concat(ps, ","))
  end
  for _, e in ipairs(a.errata) do out[#out + 1] = "erratum " .. e.id end
  local codes = a.wasi and wasi_codes(a) or {}
  for _, f in ipairs(a.wasi and a.wasi.functions or {}) do
    out[#out + 1] = "wasi " .. f.name .. " " .. codes[f.name]
  end
  out[#out + 1] = "allocators " .. table.concat(a.allocators or {}, ",")
  return table.concat(out, "\n")
end

function tests.vnext_is_0_2_1_but_marker_and_title()
  local a, b = abi("v0_2_1"), abi("vnext")
  T.eq(shape(b):gsub("proxy_abi_version_0_x_x", "proxy_abi_version_0_2_1"),
    shape(a), "vnext vs 0.2.1")
  T.ok(a.title ~= b.title, "titles differ")
  T.eq(b.title, "Proxy-Wasm ABI vNEXT (work in progress)", "vnext title")
end

function tests.titles_and_prefixes()
  local want = { v0_1_0 = { "Proxy-Wasm ABI 0.1.0", "pw_v010" },
    v0_2_0 = { "Proxy-Wasm ABI 0.2.0", "pw_v020" },
    v0_2_1 = { "Proxy-Wasm ABI 0.2.1", "pw_v021" },
    vnext = { "Proxy-Wasm ABI vNEXT (work in progress)", "pw_vnx" } }
  for v, w in pairs(want) do
    T.eq(abi(v).title, w[1], v .. " title")
    T.eq(abi(v).c_prefix, w[2], v .. " prefix")
  end
end

function tests.registry_lists_five()
  local mk = T.read(T.root .. "/generated/versions.mk")
  T.ok(mk:find("PW_VERSIONS := v0_1_0 v0_2_0 v0_2_1 v1alpha vnext\n", 1, true),
    "versions.mk: " .. mk)
end

return tests
