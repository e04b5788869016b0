-- Guest C header: raw imports (import_module/import_name), export
-- prototypes (export_name), constants and layout assertions.  Compiles with
-- clang --target=wasm32-unknown-unknown -nostdlib and --target=wasm32-wasi.
local util = require("pwabi.util")
local C = require("pwabi.cnames")
local lower = require("pwabi.lower")

local M = {}

-- The C parameters a guest passes for one lowered argument.
local function params(N, a)
  local n = a.param.name
  if a.class == "bytes_in" then
    return { "const char *" .. n, "uint32_t " .. n .. "_len" }
  elseif a.class == "out_bytes" then
    return { "char **" .. n, "uint32_t *" .. a.len_param.name }
  elseif a.class == "out_scalar" then
    return { ("%s *%s"):format(C.ctype(N, a.type.to), n) }
  end
  return { ("%s %s"):format(C.ctype(N, a.type), n) }
end

-- The C parameters of a guest's declaration of L.
function M.c_params(N, L)
  local ps = {}
  for _, a in ipairs(L.args) do
    for _, x in ipairs(params(N, a)) do ps[#ps + 1] = x end
  end
  return ps
end

local function prototype(N, L)
  local ret = L.result and C.ctype(N, L.result.type) or "void"
  return C.wrap(("%s %s("):format(ret, L.name), M.c_params(N, L), ");",
    "    ")
end

local function types(N, abi, b)
  for _, t in ipairs(abi.types) do
    local c = t.kind == "builtin" and C.ctype(N, t) or
      (t.repr == "u64" and "uint64_t" or "uint32_t")
    b.line("typedef %s %s_%s_t;", c, N.p, t.name)
    for _, v in ipairs(t.variants or t.flags or {}) do
      b.line("#define %s_%s_%s UINT32_C(0x%x)", N.P, t.name:upper(),
        v.name:upper(), v.value)
    end
    b.line("_Static_assert(sizeof(%s_%s_t) == %d, %s);", N.p, t.name, t.size,
      util.c_string(t.name .. " is " .. t.repr))
  end
end

-- The one line a guest writes to declare its version: it defines the
-- marker export hosts look for.
local function marker(N, abi, b)
  if not abi.marker then return end
  b.line("")
  b.line("/* Declare the module's ABI version: write %s_ABI_VERSION() once,",
    N.P)
  b.line("   at file scope in one source file (no semicolon after it). */")
  b.line("#define %s_ABI_VERSION() \\", N.P)
  b.line("  __attribute__((export_name(%s))) \\", util.c_string(abi.marker))
  b.line("  void %s(void) {}", abi.marker)
end

function M.header(abi, low)
  local N = C.names(abi)
  local guard = N.P .. "_GUEST_H"
  local b = util.buffer(util.C_WIDTH)
  C.header_start(b, abi.version, abi.title
    .. ": guest declarations.  Define the callbacks you export.", guard)
  b.line("#include <stdint.h>")
  b.line("")
  b.line("#if !defined(__wasm32__)")
  b.line("#error \"this header describes the wasm32 ABI\"")
  b.line("#endif")
  b.line("_Static_assert(sizeof(void *) == 4, \"wasm32 pointers are 32 bits\");")
  b.line("_Static_assert(sizeof(char *) == sizeof(uint32_t), "
    .. "\"a guest address is a u32\");")
  b.line("")
  types(N, abi, b)
  for _, m in ipairs(abi.modules) do
    b.line("")
    b.line("/* Module %s: %s */", m.name, util.c_comment(m.doc))
    local list = m.side == "host" and low.host or low.guest
    if m.guest_header == "list" then
      -- provided by the toolchain, libc or SDK: listed, not declared
      b.line("/* Exports of this module (core Wasm types):")
      for _, L in ipairs(list) do
        if L.spec.module == m then
          b.line(" *   %s %s", L.name, lower.signature(L))
        end
      end
      b.line(" */")
    end
    for _, L in ipairs(list) do
      if L.spec.module == m and m.guest_header ~= "list" then
        b.line("")
        if L.spec.sem then b.line("/* %s */", util.c_comment(L.spec.sem.summary)) end
        if m.side == "host" then
          b.line("__attribute__((import_module(%s), import_name(%s)))",
            util.c_string(L.module), util.c_string(L.name))
        else
          b.line("__attribute__((export_name(%s)))", util.c_string(L.name))
        end
        b.line("%s", prototype(N, L))
      end
    end
  end
  marker(N, abi, b)
  b.line("")
  b.line("#endif /* %s */", guard)
  return b.text()
end

function M.files(abi, low)
  return { [C.names(abi).p .. "_guest.h"] = M.header(abi, low) }
end

return M
