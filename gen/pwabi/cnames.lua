-- How spec items are spelled in C, for every C emitter.  N is a naming:
-- { p = prefix, P = PREFIX, result = status C type }; a version's naming
-- comes from its c_prefix (M.names), the canonical one is "pw".
local util = require("pwabi.util")

local M = {}

local CTYPE = { u8 = "uint32_t", u16 = "uint32_t", u32 = "uint32_t",
  s32 = "int32_t", u64 = "uint64_t", s64 = "int64_t", char8 = "uint32_t" }
M.RAW = { i32 = "uint32_t", i64 = "uint64_t" }

function M.names(abi)
  local p = abi.c_prefix
  return { p = p, P = p:upper(), result = p .. "_wasm_result_t" }
end

-- The canonical naming (gen/pwabi/union.lua).
M.CANON = { p = "pw", P = "PW", result = "pw_wasm_result_t" }

-- C type of a resolved non-pointer spec type.
function M.ctype(N, t)
  if t.kind == "builtin" then return CTYPE[t.repr] end
  return ("%s_%s_t"):format(N.p, t.name)
end

-- The C type a declared type is stored in.
function M.storage(t)
  if t.kind == "builtin" then return CTYPE[t.repr] end
  return t.repr == "u64" and "uint64_t" or "uint32_t"
end

function M.const(N, tname, vname)
  return ("%s_%s_%s"):format(N.P, tname:upper(), vname:upper())
end

-- The C type a status type is returned in; void for none.
function M.status(N, status)
  return status and ("%s_%s_t"):format(N.p, status) or "void"
end

-- The C parameter a host op receives for one lowered argument.
local OP_TYPE = { bytes_in = "pw_bytes ", out_bytes = "pw_out *",
  iovecs = "pw_iovecs ", fill = "pw_span ", array = "pw_out *" }

function M.op_param(N, a)
  local n = a.param.name
  if OP_TYPE[a.class] then return OP_TYPE[a.class] .. n end
  if a.class == "out_scalar" then
    return ("%s *%s"):format(M.ctype(N, a.type.to), n)
  end
  return ("%s %s"):format(M.ctype(N, a.type), n)
end

-- The raw core Wasm parameters of a glue function.
function M.raw_params(L)
  local ps = { "pw_env *e" }
  for _, a in ipairs(L.args) do
    for i, w in ipairs(a.wasm) do
      ps[#ps + 1] = ("%s %s"):format(M.RAW[w], a.names[i])
    end
  end
  return ps
end

-- The same parameters' names, for a call that passes them on.
function M.raw_names(L)
  local ns = { "e" }
  for _, a in ipairs(L.args) do
    for i in ipairs(a.wasm) do ns[#ns + 1] = a.names[i] end
  end
  return ns
end

-- A C declaration, wrapped at 80 columns after commas.
function M.wrap(head, list, tail, indent)
  local line, out = head, {}
  for i, item in ipairs(list) do
    local piece = item .. (i < #list and "," or tail)
    if #line + #piece + 1 > 79 and line:match("[,(]$") then
      out[#out + 1] = line
      line = indent .. piece
    else
      line = line .. ((line:match("%($") or line == indent) and "" or " ")
        .. piece
    end
  end
  if #list == 0 then line = line .. "void" .. tail end
  out[#out + 1] = line
  return table.concat(out, "\n")
end

-- An ops-table member for a (lowered or canonical) host function.
function M.op_decl(N, f)
  local ps = { "void *host" }
  for _, a in ipairs(f.args) do ps[#ps + 1] = M.op_param(N, a) end
  local ret = f.mode == "value" and M.ctype(N, f.result.type)
    or M.status(N, f.status)
  return M.wrap(("  %s (*%s)("):format(ret, f.name), ps, ");", "      ")
end

-- The parameters of a caller of a guest export.
function M.caller_params(N, f)
  local ps = { "pw_env *e" }
  for _, a in ipairs(f.args) do ps[#ps + 1] = M.op_param(N, a) end
  if f.result then
    ps[#ps + 1] = ("%s *%s"):format(M.ctype(N, f.result.type),
      f.result.param.name)
  end
  return ps
end

-- The start of a generated header: banner, what it is, include guard.
function M.header_start(b, version, what, guard)
  b.line("/* %s */", util.banner("", version))
  b.line("/* %s */", what)
  b.line("#ifndef %s", guard)
  b.line("#define %s", guard)
  b.line("")
end

return M
