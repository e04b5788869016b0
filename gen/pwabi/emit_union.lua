-- The host contract of every version at once (gen/pwabi/union.lua):
--   pw_host.h  canonical types and values, the one host ops table a host
--              fills (pw_host_ops), and callers of guest exports that work
--              for a module of any version (pw_call_<callback>)
--   pw_host.c  the canonical values as data (pw_canonical)
-- Each version's glue (emit_glue.lua) translates between its wire values
-- and these.
local util = require("pwabi.util")
local C = require("pwabi.cnames")

local M = {}


local function types_h(U, b)
  for _, t in ipairs(U.types) do
    b.line("")
    b.line("/* %s */", util.c_comment(("%s: %s"):format(t.name,
      t.doc:gsub("\n", " "))))
    b.line("typedef %s pw_%s_t;", C.storage(t), t.name)
    local limit = -1
    for _, v in ipairs(t.variants) do
      b.line("#define %s UINT32_C(0x%x)", C.const(C.CANON, t.name, v.name),
        v.value)
      if v.value > limit then limit = v.value end
    end
    if t.kind == "enum" then   -- sizes arrays indexed by the type
      b.line("#define %s_LIMIT UINT32_C(%d)   /* one past the largest */",
        C.const(C.CANON, t.name, ""):gsub("_$", ""), limit + 1)
    end
  end
end

local function ops_h(U, b)
  b.line("")
  b.line("/*")
  b.line(" * What a host implements, once for every version.  Strings arrive")
  b.line(" * as checked byte slices, out-values are written through typed")
  b.line(" * pointers (bytes with pw_out_set), and nothing is written to the")
  b.line(" * guest unless the op returns ok.  Values are canonical: each")
  b.line(" * version's glue translates its own numbering, and passes a zero")
  b.line(" * value for a parameter the version lacks.  An op must not call")
  b.line(" * into the guest.  A NULL op traps when the guest calls it.")
  b.line(" */")
  b.line("typedef struct pw_host_ops {")
  for _, f in ipairs(U.host) do
    if f.spec.sem then
      b.line("  /* %s */", util.c_comment(f.spec.sem.summary))
    end
    b.line("%s", C.op_decl(C.CANON, f))
  end
  b.line("} pw_host_ops;")
end

local function callers_h(U, b)
  b.line("")
  b.line("/* Each version's callers of guest exports (<prefix>_callers). */")
  b.line("typedef struct pw_callers {")
  for _, f in ipairs(U.guest) do
    b.line("%s", C.wrap(("  int (*%s)("):format(f.name),
      C.caller_params(C.CANON, f), ");", "      "))
  end
  b.line("} pw_callers;")
end

local function call_args(f)
  local as = { "e" }
  for _, a in ipairs(f.args) do as[#as + 1] = a.param.name end
  if f.result then as[#as + 1] = f.result.param.name end
  return as
end

-- pw_call_<callback>: PW_CALL_* and, for a callback with a result, the
-- canonical value; PW_CALL_MISSING when the module's version lacks it.
local function caller(f, b)
  b.line("")
  b.line("%s", C.wrap(("static inline int pw_call_%s("):format(f.name),
    C.caller_params(C.CANON, f), ")", "    "))
  b.line("{")
  b.line("  if (e->callers == NULL || e->callers->%s == NULL)", f.name)
  b.line("    return PW_CALL_MISSING;")
  b.line("%s", C.wrap(("  return e->callers->%s("):format(f.name),
    call_args(f), ");", "      "))
  b.line("}")
end

function M.header(U)
  local b = util.buffer(util.C_WIDTH)
  C.header_start(b, "", "The host contract of every ABI version: one ops "
    .. "table, one set of callers (gen/pwabi/union.lua says how versions "
    .. "merge).", "PW_HOST_OPS_H")
  b.line('#include "pwabi_rt.h"')
  types_h(U, b)
  ops_h(U, b)
  callers_h(U, b)
  b.line("")
  b.line("/* The canonical values by name (pw_variant_name, pw_host.c). */")
  b.line("extern const pw_abi pw_canonical;")
  b.line("")
  b.line("/* Callers that serve a module of any version: PW_CALL_*, and")
  b.line("   PW_CALL_MISSING when its version has no such export. */")
  for _, f in ipairs(U.guest) do caller(f, b) end
  b.line("")
  b.line("#endif /* PW_HOST_OPS_H */")
  return b.text()
end

-- pw_host.c: the canonical values as data, for tools that name them
-- (drivers, dumps): pw_canonical is a pw_abi with variants only.
function M.source(U)
  local b = util.buffer(util.C_WIDTH)
  b.line("/* %s */", util.banner("", "", ""))
  b.line('#include "pw_host.h"')
  b.line("")
  b.line("static const pw_variant variants[] = {")
  for _, t in ipairs(U.types) do
    for _, v in ipairs(t.variants) do
      b.line("  {%s, %s, %s},", util.c_string(t.name), util.c_string(v.name),
        C.const(C.CANON, t.name, v.name))
    end
  end
  b.line("};")
  b.line("")
  b.line("const pw_abi pw_canonical = {")
  b.line('  "canonical", "every version, canonical values", "wasm_result",')
  b.line("  NULL, 0, NULL, 0, variants, sizeof variants / sizeof variants[0],")
  b.line("  NULL, NULL")
  b.line("};")
  return b.text()
end

function M.files(U)
  return { ["pw_host.h"] = M.header(U), ["pw_host.c"] = M.source(U) }
end

return M
