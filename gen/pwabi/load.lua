-- Load a spec version, check it against spec/schema.lua and normalise it.
-- Every defect is reported as `file: item: problem`; all of them are
-- collected before failing, so one run shows the whole list.
local util = require("pwabi.util")
local lower = require("pwabi.lower")

local M = {}

local BUILTINS = { u8 = 1, u16 = 2, u32 = 4, u64 = 8, s32 = 4, s64 = 8,
  char8 = 1 }
M.BUILTINS = BUILTINS

-- Errors ------------------------------------------------------------------

local function new_report(file)
  local r = { file = file, list = {} }
  function r.add(item, fmt, ...)
    r.list[#r.list + 1] = ("%s: %s: %s"):format(r.file, item, fmt:format(...))
  end
  return r
end

local function raise(reports)
  local all = {}
  for _, r in ipairs(reports) do
    for _, m in ipairs(r.list) do all[#all + 1] = m end
  end
  if #all > 0 then error(table.concat(all, "\n"), 0) end
end

-- Reading data files --------------------------------------------------------

-- Spec files are data: no globals, no require, no io.
local function read_data(path)
  local text, err = util.read_file(path)
  if not text then return nil, ("%s: cannot read: %s"):format(path, err) end
  local chunk, perr = load(text, "@" .. path, "t", {})
  if not chunk then return nil, perr end
  local ok, v = pcall(chunk)
  if not ok then return nil, ("%s: %s"):format(path, tostring(v)) end
  if type(v) ~= "table" then
    return nil, ("%s: (file): must return a table"):format(path)
  end
  return v
end
M.read_data = read_data

-- Shape checking against spec/schema.lua -------------------------------------

local SCALAR = {
  ident = function(v) return type(v) == "string" and v:match("^[a-z_][a-z0-9_]*$")
    ~= nil, "an identifier ([a-z_][a-z0-9_]*)" end,
  text = function(v) return type(v) == "string" and v:match("%S") ~= nil,
    "a non-empty string" end,
  errid = function(v) return type(v) == "string" and v:match("^E%d+$") ~= nil,
    "an erratum id (E<n>)" end,
  int = function(v) return math.type(v) == "integer" and v >= 0
    and v <= 0xFFFFFFFF, "an integer in 0..2^32-1" end,
  table = function(v) return type(v) == "table", "a table" end,
  strings = function(v)
    if type(v) ~= "table" or #v ~= util.count(v) then
      return false, "a list of strings"
    end
    for _, x in ipairs(v) do
      if type(x) ~= "string" or x == "" then return false, "a list of strings" end
    end
    return true
  end,
}

local check_record

local function join(item, k)
  return item == "" and k or (item .. "." .. k)
end

local function check_value(schema, r, item, spec, v)
  local kind, arg = spec:match("^(%a+):?(.*)$")
  if kind == "one" then
    for w in arg:gmatch("[^|]+") do if v == w then return end end
    return r.add(item, "must be one of %s, not %s", arg:gsub("|", ", "),
      tostring(v))
  elseif kind == "list" then
    if type(v) ~= "table" or #v ~= util.count(v) then
      return r.add(item, "must be a list")
    end
    for i, x in ipairs(v) do
      local label = type(x) == "table" and type(x.name or x.id) == "string"
        and (x.name or x.id) or ("[" .. i .. "]")
      check_record(schema, r, join(item, label), arg, x)
    end
  elseif kind == "map" then
    if type(v) ~= "table" then return r.add(item, "must be a table") end
    for _, k in ipairs(util.sorted_keys(v)) do
      if type(k) ~= "string" then
        r.add(item, "keys must be names")
      elseif arg == "text" then
        check_value(schema, r, join(item, k), "text", v[k])
      else
        check_record(schema, r, join(item, k), arg, v[k])
      end
    end
  elseif schema[spec] then
    check_record(schema, r, item, spec, v)
  else
    local ok, want = SCALAR[kind](v)
    if not ok then r.add(item, "must be %s", want) end
  end
end

function check_record(schema, r, item, shape_name, v)
  local shape = schema[shape_name]
  if type(v) ~= "table" then return r.add(item, "must be a table") end
  local here = item == "" and "(top)" or item
  for _, k in ipairs(util.sorted_keys(v)) do
    if shape[k] == nil then
      r.add(here, "unknown field '%s'", tostring(k))
    end
  end
  for _, k in ipairs(util.sorted_keys(shape)) do
    local spec, req = shape[k]:match("^(.-)([!?])$")
    if v[k] == nil then
      if req == "!" then r.add(here, "missing field '%s'", k) end
    else
      check_value(schema, r, join(item, k), spec, v[k])
    end
  end
end

-- Versions built on another one ------------------------------------------

local function index_by_name(list)
  local t = {}
  for i, x in ipairs(list or {}) do t[x.name or x.id] = i end
  return t
end

local function merge_list(base, extra)
  local out, at = util.deep_copy(base or {}), index_by_name(base)
  for _, x in ipairs(extra or {}) do
    local k = x.name or x.id
    if at[k] then out[at[k]] = x else out[#out + 1] = x end
  end
  return out
end

local function all_functions(abi)
  local fns = {}
  for _, m in ipairs(abi.modules) do
    for _, f in ipairs(m.functions) do fns[#fns + 1] = f end
  end
  return fns
end

-- Fields that describe one version and are never inherited from its base:
-- a version without a marker (or a source) has none, whatever its base says.
local OWN = { marker = true, source = true, provenance = true,
  not_found_ok = true }

local function apply_extends(base, abi, r)
  local out = util.deep_copy(base)
  for k in pairs(OWN) do out[k] = nil end
  for k, v in pairs(abi) do
    if k ~= "types" and k ~= "modules" and k ~= "errata" then out[k] = v end
  end
  for _, name in ipairs(abi.remove or {}) do
    local found = false
    for i = #out.errata, 1, -1 do
      if out.errata[i].id == name then table.remove(out.errata, i); found = true end
    end
    for _, m in ipairs(out.modules) do
      for i = #m.functions, 1, -1 do
        if m.functions[i].name == name then
          table.remove(m.functions, i); found = true
        end
      end
    end
    for i = #out.types, 1, -1 do
      if out.types[i].name == name then table.remove(out.types, i); found = true end
    end
    if not found then r.add("remove." .. name, "no such item in %s", base.version) end
  end
  for _, old in ipairs(util.sorted_keys(abi.rename or {})) do
    local hit
    for _, f in ipairs(all_functions(out)) do
      if f.name == old then f.name = abi.rename[old]; hit = true end
    end
    if not hit then r.add("rename." .. old, "no such function in %s", base.version) end
  end
  out.types = merge_list(out.types, abi.types)
  out.errata = merge_list(out.errata, abi.errata)
  for _, m in ipairs(abi.modules or {}) do
    local at = index_by_name(out.modules)
    if at[m.name] then
      -- the module's own fields (doc, wasm_module, ...) replace the base's
      local bm = out.modules[at[m.name]]
      local fns = merge_list(bm.functions, m.functions)
      for k, v in pairs(m) do bm[k] = v end
      bm.functions = fns
    else
      out.modules[#out.modules + 1] = m
    end
  end
  out.extends, out.remove, out.rename = abi.extends, nil, nil
  out.renamed = abi.rename or {}   -- this version's own renames, old = new
  out.depth = (base.depth or 0) + 1
  return out
end

-- Type expressions -------------------------------------------------------

-- Resolve a type expression to a descriptor, or nil and a reason.
local function resolve(types, expr)
  if BUILTINS[expr] then
    return { kind = "builtin", name = expr, repr = expr, size = BUILTINS[expr] }
  elseif expr == "string" then
    return { kind = "string", name = "string" }
  end
  local inner = expr:match("^ptr<(.+)>$")
  if inner then
    local t, why = resolve(types, inner)
    if not t then return nil, why end
    return { kind = "ptr", name = expr, to = t }
  end
  local t = types[expr]
  if not t then
    if M.WASI_ONLY[expr] or expr:match("^array<") then
      return nil, ("'%s' is a WASI-only type"):format(expr)
    end
    return nil, ("unknown type '%s'"):format(expr)
  end
  return t
end
M.resolve = resolve

-- The WASI-only type words (spec/schema.lua): how many core Wasm i32 values
-- each takes.  They describe WASI preview 1 calls and nothing else.
M.WASI_ONLY = { iovecs = 2, bytes_out = 2 }

-- Resolve a type expression of a WASI function: the proxy grammar over the
-- WASI types, plus iovecs, bytes_out and array<T>.
local function resolve_wasi(types, expr)
  if M.WASI_ONLY[expr] then
    return { kind = expr, name = expr, wasi = true }
  end
  local inner = expr:match("^array<(.+)>$")
  if inner then
    local t, why = resolve_wasi(types, inner)
    if not t then return nil, why end
    return { kind = "array", name = expr, of = t, wasi = true }
  end
  inner = expr:match("^ptr<(.+)>$")
  if inner then
    local t, why = resolve_wasi(types, inner)
    if not t then return nil, why end
    return { kind = "ptr", name = expr, to = t }
  end
  if expr == "string" then return nil, "'string' is not a WASI type" end
  if BUILTINS[expr] then return resolve(types, expr) end
  local t = types[expr]
  if not t then return nil, ("unknown type '%s'"):format(expr) end
  return t
end
M.resolve_wasi = resolve_wasi

local REPR_SIZE = { u8 = 1, u16 = 2, u32 = 4, u64 = 8, s32 = 4, s64 = 8 }

-- Semantic checks -------------------------------------------------------

local function check_types(abi, r, prefix)
  local by = {}
  prefix = prefix or ""
  for _, t in ipairs(abi.types or {}) do
    if by[t.name] or BUILTINS[t.name] or t.name == "string" then
      r.add(prefix .. "type " .. t.name, "duplicate name")
    end
    by[t.name] = t
    t.repr = t.repr or "u32"
    t.size = REPR_SIZE[t.repr]
    if t.kind == "enum" and not t.variants then
      r.add(prefix .. "type " .. t.name, "an enum needs 'variants'")
    elseif t.kind == "flags" and not t.flags then
      r.add(prefix .. "type " .. t.name, "a flags type needs 'flags'")
    end
    local seen_name, seen_value = {}, {}
    for i, v in ipairs(t.variants or t.flags or {}) do
      local item = ("%svariant %s.%s"):format(prefix, t.name, v.name)
      if t.kind == "flags" then v.value = v.value or (1 << (i - 1)) end
      v.value = v.value or (i - 1)
      if seen_name[v.name] then r.add(item, "duplicate name") end
      if seen_value[v.value] then
        r.add(item, "duplicate value %d (also %s)", v.value, seen_value[v.value])
      end
      if v.value >= (1 << (8 * t.size)) then
        r.add(item, "value %d does not fit %s", v.value, t.repr)
      end
      seen_name[v.name], seen_value[v.value] = true, v.name
    end
  end
  return by
end

local function check_param(abi, r, f, p, list, item)
  local t, why = resolve(abi.types_by_name, p.type)
  if not t then return r.add(item, "%s", why) end
  p.t = t
  if t.kind == "ptr" and p.dir ~= "out" then
    r.add(item, "a pointer parameter must be dir = \"out\"")
  elseif t.kind ~= "ptr" and p.dir == "out" then
    r.add(item, "dir = \"out\" needs a ptr<...> type")
  end
  if p.type == "ptr<ptr<char8>>" then
    local lp
    for _, q in ipairs(list) do if q.name == p.len then lp = q end end
    if not p.len then
      r.add(item, "a ptr<ptr<char8>> parameter needs 'len'")
    elseif not lp then
      r.add(item, "dangling reference: len '%s' is not a parameter", p.len)
    elseif not lp.type:match("^ptr<") then
      r.add(item, "len '%s' must be an out-pointer", p.len)
    else
      lp.len_of = p.name
    end
  elseif p.len then
    r.add(item, "'len' applies only to ptr<ptr<char8>>")
  end
  if p.erratum and not abi.errata_by_id[p.erratum] then
    r.add(item, "dangling reference: no erratum %s", p.erratum)
  end
end

local function check_function(abi, r, m, f)
  local item = "function " .. f.name
  local seen = {}
  for _, k in ipairs({ "params", "results" }) do
    for _, p in ipairs(f[k]) do
      local pitem = ("%s %s.%s"):format(k == "params" and "param" or "result",
        f.name, p.name)
      if seen[p.name] then r.add(pitem, "duplicate name") end
      seen[p.name] = true
      check_param(abi, r, f, p, f[k], pitem)
    end
  end
  if #f.results > 1 then r.add(item, "at most one result") end
  if m.side == "host" and (#f.results ~= 1 or f.results[1].type ~= "wasm_result") then
    r.add(item, "a host function returns one wasm_result")
  end
  local wr = abi.types_by_name.wasm_result
  for _, code in ipairs(f.returns or {}) do
    local ok = false
    for _, v in ipairs(wr and wr.variants or {}) do ok = ok or v.name == code end
    if not ok then r.add(item, "returns: '%s' is not a wasm_result", code) end
  end
  f.module, f.side = m, m.side
end

local function check_modules(abi, r)
  local fns = {}
  for _, m in ipairs(abi.modules or {}) do
    if m.side == "host" and not m.wasm_module then
      r.add("module " .. m.name, "a host module needs 'wasm_module'")
    end
    for _, f in ipairs(m.functions) do
      if fns[f.name] then r.add("function " .. f.name, "duplicate name") end
      fns[f.name] = f
      check_function(abi, r, m, f)
    end
  end
  return fns
end

-- WASI preview 1 (data only): its own types, functions over them.
local OUT_KINDS = { ptr = true, array = true, bytes_out = true }

-- wasi.failures: each role once, each an errno variant.
local FAILURE_ROLES = { memory = true, argument = true, unimplemented = true }

local function check_failures(w, r)
  local errno = w.types_by_name.errno
  for _, k in ipairs(util.sorted_keys(w.failures or {})) do
    local ok = false
    for _, v in ipairs(errno and errno.variants or {}) do
      ok = ok or v.name == w.failures[k]
    end
    if not FAILURE_ROLES[k] then
      r.add("wasi.failures." .. k,
        "not a role (memory, argument, unimplemented)")
    elseif not ok then
      r.add("wasi.failures." .. k, "'%s' is not a WASI errno", w.failures[k])
    end
  end
end

-- wasi.extras: env functions over builtin types, at most one result.
local function check_extras(w, r)
  for _, f in ipairs(w.extras or {}) do
    f.side, f.extra = "host", true
    for _, k in ipairs({ "params", "results" }) do
      for _, p in ipairs(f[k]) do
        if not BUILTINS[p.type] then
          r.add(("wasi extra %s.%s"):format(f.name, p.name),
            "'%s' is not a builtin type", p.type)
        end
        p.t = resolve({}, p.type)
      end
    end
    if #f.results > 1 then
      r.add("wasi extra " .. f.name, "at most one result")
    end
  end
end

local function check_wasi(abi, r)
  local w = abi.wasi
  if not w then return end
  w.types = w.types or {}
  w.types_by_name = check_types(w, r, "wasi ")
  w.functions_by_name = {}
  for _, f in ipairs(w.functions) do
    local item = "wasi function " .. f.name
    if w.functions_by_name[f.name] then r.add(item, "duplicate name") end
    w.functions_by_name[f.name] = f
    f.side, f.wasi = "host", true
    local seen = {}
    for _, k in ipairs({ "params", "results" }) do
      for _, p in ipairs(f[k]) do
        local pitem = ("wasi %s %s.%s"):format(k == "params" and "param"
          or "result", f.name, p.name)
        if seen[p.name] then r.add(pitem, "duplicate name") end
        seen[p.name] = true
        local t, why = resolve_wasi(w.types_by_name, p.type)
        if not t then
          r.add(pitem, "%s", why)
        else
          p.t = t
          if OUT_KINDS[t.kind] and p.dir ~= "out" then
            r.add(pitem, "a %s parameter must be dir = \"out\"", t.kind)
          elseif not OUT_KINDS[t.kind] and p.dir == "out" then
            r.add(pitem, "dir = \"out\" needs ptr<...>, array<...> or bytes_out")
          end
        end
        if p.len then r.add(pitem, "'len' does not apply to WASI parameters") end
        if p.encoding then r.add(pitem, "'encoding' does not apply to WASI parameters") end
      end
    end
    if #f.results > 1 then r.add(item, "at most one result") end
    if f.results[1] and f.results[1].type ~= "errno" then
      r.add(item, "a WASI function returns an errno or nothing")
    end
  end
  if #w.functions > 0 and not (w.types_by_name.errno
      and w.types_by_name.errno.kind == "enum") then
    r.add("wasi type errno", "missing (WASI functions return it)")
  end
  check_failures(w, r)
  check_extras(w, r)
end

-- The allocators and the marker name guest exports of this version;
-- not_found_ok names its host functions.
local function check_exports(abi, r)
  local function guest_fn(item, name, code)
    local f = abi.functions_by_name[name]
    if not f then return r.add(item, "no guest function '%s'", name) end
    if f.side ~= "guest" then
      return r.add(item, "'%s' is not a guest function", name)
    end
    local sig = lower.code(lower.lower_function(f))
    if sig ~= code then
      r.add(item, "'%s' has the core signature %s, not %s", name, sig, code)
    end
  end
  local seen = {}
  for i, name in ipairs(abi.allocators or {}) do
    if seen[name] then r.add("allocators", "'%s' is listed twice", name) end
    seen[name] = true
    guest_fn(("allocators[%d]"):format(i), name, "i:i")
  end
  if abi.marker then guest_fn("marker", abi.marker, ":") end
  for i, name in ipairs(abi.not_found_ok or {}) do
    local f = abi.functions_by_name[name]
    if not f or f.side ~= "host" then
      r.add(("not_found_ok[%d]"):format(i), "no host function '%s'", name)
    end
  end
end

local function check_errata(abi, r)
  local by = {}
  for _, e in ipairs(abi.errata or {}) do
    if by[e.id] then r.add("erratum " .. e.id, "duplicate id") end
    by[e.id] = e
    for _, name in ipairs(e.toc_omits or {}) do
      if not abi.functions_by_name[name] then
        r.add("erratum " .. e.id, "dangling reference: no function %s", name)
      end
    end
  end
  local function ref(item, x)
    if x.erratum and not by[x.erratum] then
      r.add(item, "dangling reference: no erratum %s", x.erratum)
    end
  end
  for _, t in ipairs(abi.types) do
    ref("type " .. t.name, t)
    for _, v in ipairs(t.variants or {}) do
      ref(("variant %s.%s"):format(t.name, v.name), v)
    end
  end
  for _, m in ipairs(abi.modules) do
    ref("module " .. m.name, m)
    for _, f in ipairs(m.functions) do ref("function " .. f.name, f) end
  end
  if abi.wasi then
    ref("wasi", abi.wasi)
    for _, t in ipairs(abi.wasi.types or {}) do ref("wasi type " .. t.name, t) end
    for _, f in ipairs(abi.wasi.extras or {}) do
      ref("wasi extra " .. f.name, f)
    end
    for _, f in ipairs(abi.wasi.functions) do
      ref("wasi function " .. f.name, f)
      for _, p in ipairs(f.params) do
        ref(("wasi param %s.%s"):format(f.name, p.name), p)
      end
    end
  end
  return by
end

-- One function's semantics entry s: params exactly the function's, a
-- result doc when it has one, status words of its status type (`codes`,
-- named `what` in messages), `status` required when `need` says so.
local function check_entry(f, s, item, codes, what, need, r)
  local names = {}
  f.sem = s
  for _, p in ipairs(f.params) do
    names[p.name] = true
    if not s.params[p.name] then r.add(item, "missing doc for param %s", p.name) end
  end
  for _, k in ipairs(util.sorted_keys(s.params)) do
    if not names[k] then r.add(item, "dangling reference: no param %s", k) end
  end
  if (#f.results > 0) ~= (s.result ~= nil) then
    r.add(item, #f.results > 0 and "missing doc for the result"
      or "'result' given for a function without one")
  end
  for _, k in ipairs(util.sorted_keys(s.status or {})) do
    if not codes[k] then r.add(item, "status '%s' is not a %s", k, what) end
  end
  if need and not s.status then r.add(item, "missing 'status'") end
end

local function variant_set(t)
  local codes = {}
  for _, v in ipairs(t and t.variants or {}) do codes[v.name] = true end
  return codes
end

-- Names an entry has that the spec does not.
local function dangling(entries, known, word, r)
  for _, name in ipairs(util.sorted_keys(entries)) do
    if not known[name] then
      r.add(word .. " " .. name, "dangling reference: not in abi.lua")
    end
  end
end

-- WASI functions: an entry each, `status` words from the WASI errno enum.
local function check_wasi_semantics(abi, sem, r)
  local w, ws = abi.wasi, sem.wasi or {}
  dangling(ws, w and w.functions_by_name or {}, "wasi function", r)
  if not w then return end
  local codes = variant_set(w.types_by_name.errno)
  for _, f in ipairs(w.functions) do
    local s, item = ws[f.name], "wasi function " .. f.name
    if not s then r.add(item, "missing semantics")
    else check_entry(f, s, item, codes, "WASI errno", #f.results > 0, r) end
  end
end

-- Semantics: one entry per function (a seed function with no words of its
-- own must have one), params exactly the function's.
local function check_semantics(abi, sem, r)
  check_wasi_semantics(abi, sem, r)
  dangling(sem.functions, abi.functions_by_name, "function", r)
  local codes = variant_set(abi.types_by_name.wasm_result)
  for _, f in ipairs(abi.functions) do
    local s, item = sem.functions[f.name], "function " .. f.name
    if not s then
      if f.doc == "TODO(docs)" then r.add(item, "missing doc") end
    else
      check_entry(f, s, item, codes, "wasm_result", f.side == "host", r)
    end
  end
end


-- Inherited semantics name functions as the base did: `old` in a code
-- span becomes `new` after a rename, so a version restates nothing just
-- because a name changed.
local function renamed_text(v, rename)
  if type(v) == "string" then
    return (v:gsub("`([%w_]+)([^`]*)`", function(name, rest)
      return "`" .. (rename[name] or name) .. rest .. "`"
    end))
  elseif type(v) ~= "table" then return v end
  local t = {}
  for k, x in pairs(v) do t[k] = renamed_text(x, rename) end
  return t
end

-- Semantics of a version: its own file over those of the versions it
-- extends, following renames.
local function load_semantics(dir, version, schema)
  local file = ("%s/%s/semantics.lua"):format(dir, version)
  local sr = new_report(file)
  local merged = { functions = {}, wasi = {} }
  local abi = read_data(("%s/%s/abi.lua"):format(dir, version))
  if abi and abi.extends then
    merged = load_semantics(dir, abi.extends, schema)
    for _, old in ipairs(util.sorted_keys(abi.rename or {})) do
      merged.functions[abi.rename[old]] = merged.functions[old]
      merged.functions[old] = nil
    end
    for _, name in ipairs(abi.remove or {}) do merged.functions[name] = nil end
    merged.functions = renamed_text(merged.functions, abi.rename or {})
  end
  local own = read_data(file)
  if own then
    check_record(schema, sr, "", "semantics", own)
    raise({ sr })
    for name, s in pairs(own.functions) do
      if merged.functions[name] and util.canon(merged.functions[name])
          == util.canon(s) then
        sr.add("function " .. name, "repeats what it inherits from %s",
          abi.extends)
      end
      merged.functions[name] = s
    end
    raise({ sr })
    for name, s in pairs(own.wasi or {}) do merged.wasi[name] = s end
  end
  return merged, sr
end

-- Entry points ----------------------------------------------------------

local function load_abi(dir, version, schema, seen)
  local file = ("%s/%s/abi.lua"):format(dir, version)
  local r = new_report(file)
  local abi, err = read_data(file)
  if not abi then error(err, 0) end
  check_record(schema, r, "", "abi", abi)
  if abi.version and abi.version ~= version then
    r.add("version", "says '%s' but the folder is '%s'", abi.version, version)
  end
  raise({ r })
  if abi.extends then
    if seen[abi.extends] then
      r.add("extends", "cycle through %s", abi.extends); raise({ r })
    end
    seen[version] = true
    abi = apply_extends(load_abi(dir, abi.extends, schema, seen), abi, r)
  else
    abi.types, abi.modules, abi.errata = abi.types or {}, abi.modules or {},
      abi.errata or {}
    abi.renamed, abi.depth = {}, 0
  end
  raise({ r })
  return abi, r
end

-- Load spec/<version>; returns the normalised model or raises.
function M.load(dir, version)
  local schema = assert(read_data(dir .. "/schema.lua"))
  local abi, r = load_abi(dir, version, schema, {})
  abi.dir = dir .. "/" .. version
  abi.types_by_name = check_types(abi, r)
  abi.functions = all_functions(abi)
  abi.functions_by_name = {}
  for _, f in ipairs(abi.functions) do abi.functions_by_name[f.name] = f end
  abi.errata_by_id = check_errata(abi, r)
  if not abi.types_by_name.wasm_result then
    r.add("type wasm_result", "missing (host functions return it)")
  end
  raise({ r })
  check_modules(abi, r)
  check_wasi(abi, r)
  raise({ r })
  check_exports(abi, r)
  raise({ r })
  local sem, sr = load_semantics(dir, version, schema)
  check_semantics(abi, sem, sr)
  raise({ r, sr })
  return abi
end

-- Versions present under dir, sorted.
function M.versions(dir)
  local list = {}
  local p = io.popen(('ls "%s"'):format(dir))
  for name in p:lines() do
    if util.read_file(("%s/%s/abi.lua"):format(dir, name)) then
      list[#list + 1] = name
    end
  end
  p:close()
  table.sort(list)
  return list
end

return M
