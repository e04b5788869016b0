-- ABI lowering: how each function's source parameters become core Wasm
-- values.  Every emitter consumes this, never the raw parameter list.
--
-- A lowered function:
--   name, side ("host" | "guest"), module (Wasm import module or nil)
--   wasm_params  list of "i32" | "i64"
--   wasm_results list of "i32" | "i64" (0 or 1)
--   args  one per source parameter that reaches the callee, in order:
--     { class = CLASS, param = <spec param>, wasm = { i, ... }, names = {...},
--       type = <resolved type>, len_param = <param> (out_bytes only) }
--   result  { class = CLASS, param = <spec result>, type = ... } or nil
-- CLASS is one of
--   scalar     an integer that arrives as one Wasm value
--   enum       an enum value; must be one of its variants
--   flags      a flags value
--   bytes_in   (ptr, len) of bytes the host reads
--   out_scalar a pointer the host writes a 4- or 8-byte value through
--   out_bytes  (ptr to u32 address, ptr to u32 length): bytes the host places
--              in a guest buffer from the guest's allocator
-- and, for WASI functions only (spec/schema.lua's WASI-only words):
--   iovecs     (ptr, count) of 8-byte (address, length) pieces the host reads
--   fill       (ptr, len) of guest memory the host fills (WASI bytes_out)
--   array      the address of a guest array the host fills; its length is
--              whatever the host writes (WASI array<T>)
--
-- WASI functions (abi.wasi) lower like host functions into their own list
-- (low.wasi); their types live in C's `wasi_` namespace (errno is
-- wasi_errno), their op is wasi_<name> (L.key), and each is imported under
-- the WASI module and every alias.  L.status: the type the function returns
-- (wasm_result, wasi_errno) or nil when it returns nothing.  The env
-- extras C toolchains import (wasi.extras) lower with them: op env_<name>,
-- module env.  L.mode says what the glue returns: "status" (a status type;
-- nil mode means the same), "noreturn" (WASI without a result: proc_exit),
-- "void" (an extra without a result: returns normally), "value" (an
-- extra's plain result, passed through).
local M = {}

local WASM_OF = { u8 = "i32", u16 = "i32", u32 = "i32", s32 = "i32",
  u64 = "i64", s64 = "i64", char8 = "i32" }

-- Scalar facts of a resolved non-pointer type.
function M.scalar(t)
  if t.kind == "builtin" then
    return { class = "scalar", repr = t.repr, wasm = WASM_OF[t.repr] }
  elseif t.kind == "handle" then
    return { class = "scalar", repr = "u32", wasm = "i32" }
  end
  return { class = t.kind, repr = t.repr, wasm = WASM_OF[t.repr] }
end

-- The WASI-only words: class and the names of their Wasm values.
local WASI_CLASS = { iovecs = { "iovecs", "_ptr", "_len" },
  bytes_out = { "fill", "_ptr", "_len" }, array = { "array", "_ptr" } }

local function lower_arg(f, p, absorbed)
  local t, a = p.t, { param = p, type = p.t, wasm = {}, names = {} }
  local function add(w, n)
    a.wasm[#a.wasm + 1] = w
    a.names[#a.names + 1] = n
  end
  if WASI_CLASS[t.kind] then
    local c = WASI_CLASS[t.kind]
    a.class = c[1]
    for i = 2, #c do add("i32", p.name .. c[i]) end
  elseif t.kind == "string" then
    a.class = "bytes_in"
    add("i32", p.name .. "_ptr"); add("i32", p.name .. "_len")
  elseif t.kind == "ptr" and p.len then
    a.class, a.len_param = "out_bytes", nil
    for _, q in ipairs(f.params) do if q.name == p.len then a.len_param = q end end
    absorbed[p.len] = true
    add("i32", p.name .. "_ptr"); add("i32", p.len .. "_ptr")
  elseif t.kind == "ptr" then
    local to = t.to
    if to.kind == "ptr" then
      error(("%s.%s: pointer to pointer needs 'len'"):format(f.name, p.name))
    end
    local s = M.scalar(to)
    a.class, a.pointee = "out_scalar", s
    a.size = to.size or (s.wasm == "i64" and 8 or 4)
    add("i32", p.name .. "_ptr")
  else
    local s = M.scalar(t)
    a.class, a.repr = s.class, s.repr
    add(s.wasm, p.name)
  end
  return a
end

function M.lower_function(f)
  local L = { name = f.name, key = f.name, side = f.side, spec = f,
    module = f.side == "host" and f.module and f.module.wasm_module or nil,
    wasm_params = {}, wasm_results = {}, args = {} }
  local absorbed = {}
  for _, p in ipairs(f.params) do
    if p.len then absorbed[p.len] = true end
  end
  for _, p in ipairs(f.params) do
    if not absorbed[p.name] then
      local a = lower_arg(f, p, absorbed)
      a.first = #L.wasm_params + 1
      for _, w in ipairs(a.wasm) do L.wasm_params[#L.wasm_params + 1] = w end
      L.args[#L.args + 1] = a
    end
  end
  local r = f.results[1]
  if r then
    local s = M.scalar(r.t)
    L.result = { class = s.class, param = r, type = r.t, repr = s.repr }
    L.wasm_results[1] = s.wasm
    L.status = f.side == "host" and r.t.name or nil
  end
  return L
end

-- The signature as wasm-objdump prints it: "(i32, i32) -> i32".
function M.signature(L)
  local res = L.wasm_results[1] or "nil"
  return ("(%s) -> %s"):format(table.concat(L.wasm_params, ", "), res)
end

-- The compact code engines use: params, then ":", then results, e.g. "iiI:i".
function M.code(L)
  local function c(list)
    local s = {}
    for i, w in ipairs(list) do s[i] = w == "i64" and "I" or "i" end
    return table.concat(s)
  end
  return c(L.wasm_params) .. ":" .. c(L.wasm_results)
end

-- How each lowered argument reads, for tools that decode raw calls
-- (transcripts, coverage): one row per argument,
--   { name, kind, width, size, type, len }
-- kind one of
--   U32 S32 U64 S64   a scalar of that representation
--   ENUM FLAGS        a value of enum / flags `type`
--   BYTES PAIRS PATH  bytes in (ptr, len): raw, pairs-encoded, NUL-separated
--   OUT               out-pointer to a `size`-byte value of `type`
--   OUT_BYTES         (ptr to address, ptr to length `len`): out bytes
--   IOVECS FILL ARRAY the WASI classes above
-- width: the Wasm values it takes (1 or 2); type: the spec type, pointers
-- stripped; size 0 and len nil where they do not apply.
local SCALAR_KIND = { u8 = "U32", u16 = "U32", u32 = "U32", char8 = "U32",
  s32 = "S32", u64 = "U64", s64 = "S64" }
local BYTES_KIND = { pairs = "PAIRS", path = "PATH" }

local CLASS_KIND = { iovecs = "IOVECS", fill = "FILL", array = "ARRAY",
  out_bytes = "OUT_BYTES", out_scalar = "OUT" }

local function arg_kind(a)
  if CLASS_KIND[a.class] then return CLASS_KIND[a.class]
  elseif a.class == "bytes_in" then
    return BYTES_KIND[a.param.encoding] or "BYTES"
  elseif a.class == "enum" or a.class == "flags" then
    return a.class:upper()
  end
  return SCALAR_KIND[a.repr] or error(("%s: no argument kind for repr %s")
    :format(a.param.name, tostring(a.repr)))
end

local function stripped(t)
  while t.kind == "ptr" or t.kind == "array" do t = t.to or t.of end
  return t.name
end

function M.row(a)
  return { name = a.param.name, kind = arg_kind(a), width = #(a.wasm or { 1 }),
    size = a.size or 0, type = stripped(a.type),
    len = a.len_param and a.len_param.name or nil }
end

-- The rows of a function's arguments, then of its result (nil if none).
function M.rows(L)
  local rows = {}
  for i, a in ipairs(L.args) do rows[i] = M.row(a) end
  return rows, L.result and M.row(L.result) or nil
end

-- WASI types as C sees them: copies named wasi_<name>, so that errno or
-- size never meet the ABI's own types.  { list, by = { [orig] = copy } }.
local function wasi_types(w)
  local list, by = {}, {}
  for _, t in ipairs(w.types) do
    local c = {}
    for k, v in pairs(t) do c[k] = v end
    c.name, c.wasi_name = "wasi_" .. t.name, t.name
    list[#list + 1], by[t] = c, c
  end
  return list, by
end

-- A WASI type descriptor with its declared types renamed (wasi_types).
local function renamed(t, by)
  if by[t] then return by[t] end
  if t.kind == "ptr" then
    return { kind = "ptr", name = t.name, to = renamed(t.to, by) }
  elseif t.kind == "array" then
    return { kind = "array", name = t.name, of = renamed(t.of, by) }
  end
  return t
end

local function lower_wasi(abi, out)
  local w = abi.wasi
  local by
  out.types_wasi, by = wasi_types(w)
  for _, f in ipairs(w.functions) do
    local L = M.lower_function(f)
    L.key, L.module, L.aliases, L.wasi = "wasi_" .. f.name, w.module,
      w.aliases or {}, true
    for _, a in ipairs(L.args) do a.type = renamed(a.type, by) end
    if L.result then
      L.result.type = renamed(L.result.type, by)
      L.status = L.result.type.name
    end
    L.mode = L.result and "status" or "noreturn"
    out.wasi[#out.wasi + 1] = L
  end
  for _, f in ipairs(w.extras or {}) do
    local L = M.lower_function(f)
    L.key, L.module, L.aliases, L.wasi = "env_" .. f.name, "env", {}, true
    L.mode, L.status = L.result and "value" or "void", nil
    out.wasi[#out.wasi + 1] = L
  end
end

-- Lower a whole loaded spec:
--   host, guest  the ABI's functions by side; by_name: those by name
--   wasi         WASI's functions (lower_wasi); types_wasi: its C types
--   imports      host then wasi: what the host serves, L.index in order
--   types        the ABI's types then types_wasi: every type C sees
function M.lower(abi)
  local out = { host = {}, guest = {}, by_name = {}, abi = abi, wasi = {},
    types_wasi = {}, imports = {}, types = {} }
  for _, f in ipairs(abi.functions) do
    local L = M.lower_function(f)
    local list = out[f.side]
    list[#list + 1] = L
    L.index = #list - 1
    out.by_name[f.name] = L
  end
  if abi.wasi then lower_wasi(abi, out) end
  for _, list in ipairs({ out.host, out.wasi }) do
    for _, L in ipairs(list) do
      out.imports[#out.imports + 1] = L
      L.index = #out.imports - 1
    end
  end
  for _, list in ipairs({ abi.types, out.types_wasi }) do
    for _, t in ipairs(list) do out.types[#out.types + 1] = t end
  end
  return out
end

-- The import table's rows: each import under its module, then the WASI
-- ones again under each alias.  { L, module, entry (C suffix) }.
function M.import_rows(low)
  local rows = {}
  for _, L in ipairs(low.imports) do
    rows[#rows + 1] = { L = L, module = L.module, entry = L.name }
  end
  for _, L in ipairs(low.imports) do
    for _, m in ipairs(L.aliases or {}) do
      rows[#rows + 1] = { L = L, module = m, entry = L.name .. "_" .. m }
    end
  end
  return rows
end

return M
