-- C host bindings for one ABI version, the data and the header:
--   <prefix>_abi.def  data only: types, variants, functions, arguments,
--                     params (X-macros)
--   <prefix>_host.h   the version's wire types and values, glue entry
--                     points, import/export tables, its pw_abi and callers
-- The glue itself is emit_glue.lua's; the ops table a host fills is
-- shared by every version (emit_union.lua, pw_host.h).
local util = require("pwabi.util")
local lower = require("pwabi.lower")
local C = require("pwabi.cnames")

local M = {}

-- .def --------------------------------------------------------------------

local DEF_MACROS = { "PW_TYPE(n, k, r)", "PW_VARIANT(t, n, v)",
  "PW_HOSTFN(n, m, s, a, c, x, st)", "PW_GUESTFN(n, s, a, c, r, l)",
  "PW_ARG(f, n, k, w, s, t, l)", "PW_PARAM(f, n, t, d)" }

local function c_or_null(s)
  return s and util.c_string(s) or "NULL"
end

-- One PW_ARG row per lowered argument (lower.rows); returns the next index.
local function arg_rows(b, L, rows, at)
  for _, r in ipairs(rows) do
    b.line("PW_ARG(%s, %s, %s, %d, %d, %s, %s)", L.name, r.name, r.kind,
      r.width, r.size, c_or_null(r.type), c_or_null(r.len))
    at = at + 1
  end
  return at
end

-- One PW_HOSTFN per import row (lower.import_rows): an alias row shares
-- the arguments of its function's first row.
local function def_functions(b, low, lineage)
  local at, first = 0, {}
  for _, r in ipairs(lower.import_rows(low)) do
    local L, rows = r.L, lower.rows(r.L)
    first[L] = first[L] or at
    b.line("PW_HOSTFN(%s, %s, %s, %d, %d, %s, %s)", L.name,
      util.c_string(r.module), util.c_string(lower.code(L)), first[L], #rows,
      r.entry, c_or_null(L.status))
    if first[L] == at then at = arg_rows(b, L, rows, at) end
  end
  for _, L in ipairs(low.guest) do
    local rows, res = lower.rows(L)
    b.line("PW_GUESTFN(%s, %s, %d, %d, %d, %s)", L.name,
      util.c_string(lower.code(L)), at, #rows, res and at + #rows or -1,
      lineage[L.name] or L.name)
    at = arg_rows(b, L, rows, at)
    if res then at = arg_rows(b, L, { res }, at) end
  end
end

function M.def(abi, low, U)
  local b = util.buffer(util.C_WIDTH)
  b.line("/* %s */", util.banner("", abi.version))
  b.line("/*")
  b.line(" * Data only: define the macros you need, then include this file.")
  b.line(" *   PW_TYPE(name, kind, repr)")
  b.line(" *   PW_VARIANT(type, name, value)")
  b.line(" *   PW_HOSTFN(name, module, sig, first, count, entry, status)")
  b.line(" *   PW_GUESTFN(name, sig, first, count, result, lineage)")
  b.line(" *   PW_ARG(function, name, kind, width, size, type, len)")
  b.line(" *   PW_PARAM(function, name, type, dir)")
  b.line(" * sig: core Wasm params \":\" results, i=i32 I=i64.  A function's")
  b.line(" * arguments are the PW_ARG rows first .. first+count-1, counted")
  b.line(" * from 0 in file order; result: the row of a callback's result, or")
  b.line(" * -1; lineage: its name in the newest version (gen/pwabi/union.lua).")
  b.line(" * PW_ARG rows are the lowering (gen/pwabi/lower.lua, M.row):")
  b.line(" * kind is a pw_arg_kind without PW_ARG_, width the Wasm values.")
  b.line(" * PW_PARAM rows are the spec's parameters as written.  An import")
  b.line(" * has a PW_HOSTFN row per module it is served under (WASI's")
  b.line(" * aliases); entry names its glue entry, status the type it returns")
  b.line(" * (NULL: none).")
  b.line(" */")
  for _, m in ipairs(DEF_MACROS) do
    local name = m:match("^([%w_]+)")
    b.line("#ifndef %s", name)
    b.line("#define %s", m)
    b.line("#endif")
  end
  for _, t in ipairs(low.types) do
    b.line("PW_TYPE(%s, %s, %s)", t.name, t.kind, t.repr)
    for _, v in ipairs(t.variants or t.flags or {}) do
      b.line("PW_VARIANT(%s, %s, 0x%08xu)", t.name, v.name, v.value)
    end
  end
  def_functions(b, low, U.lineage[abi.version])
  for _, list in ipairs({ abi.functions, abi.wasi and abi.wasi.functions
      or {} }) do
    for _, f in ipairs(list) do
      for _, p in ipairs(f.params) do
        b.line("PW_PARAM(%s, %s, %s, %s)", f.name, p.name,
          p.type:gsub("[<>]", "_"):gsub("_+$", ""), p.dir or "in")
      end
    end
  end
  for _, m in ipairs(DEF_MACROS) do
    b.line("#undef %s", m:match("^([%w_]+)"))
  end
  return b.text()
end

-- header ------------------------------------------------------------------

local function doc_comment(b, text)
  b.line("/* %s */", util.c_comment(text))
end

local function types_h(N, low, b)
  for _, t in ipairs(low.types) do
    b.line("")
    doc_comment(b, ("%s: %s"):format(t.name, t.doc:gsub("\n", " ")))
    b.line("typedef %s %s_%s_t;", C.storage(t), N.p, t.name)
    for _, v in ipairs(t.variants or t.flags or {}) do
      b.line("#define %s UINT32_C(0x%x)", C.const(N, t.name, v.name), v.value)
    end
    if t.variants or t.flags then
      b.line("int %s_%s_valid(uint32_t v);", N.p, t.name)
    end
  end
end

local function tables_h(N, low, b)
  b.line("")
  b.line("/* Every import, for engines to register. */")
  b.line("#define %s_NIMPORTS %d", N.P, #lower.import_rows(low))
  b.line("extern const pw_import %s_imports[%s_NIMPORTS];", N.p, N.P)
  b.line("")
  b.line("/* Guest exports, by id. */")
  b.line("enum {")
  for _, L in ipairs(low.guest) do
    b.line("  %s_X_%s,", N.P, L.name:upper())
  end
  b.line("  %s_NEXPORTS", N.P)
  b.line("};")
  b.line("extern const pw_export %s_exports[%s_NEXPORTS];", N.p, N.P)
end

function M.header(abi, low)
  local N = C.names(abi)
  local guard = N.P .. "_HOST_H"
  local b = util.buffer(util.C_WIDTH)
  C.header_start(b, abi.version, abi.title
    .. ": host bindings (wire values; pw_host.h has the ops).", guard)
  b.line('#include "pw_host.h"')
  types_h(N, low, b)
  b.line("")
  b.line("extern const pw_variant %s_variants[];", N.p)
  b.line("extern const size_t %s_nvariants;", N.p)
  b.line("")
  b.line("/* Glue: one function per import, raw core Wasm arguments, the")
  b.line("   status in this version's numbering (0 when none). */")
  for _, L in ipairs(low.imports) do
    b.line("%s", C.wrap(("uint32_t %s_%s("):format(N.p, L.name),
      C.raw_params(L), ");", "    "))
  end
  tables_h(N, low, b)
  b.line("")
  b.line("/* The whole version for runtimes: tables, names and callers. */")
  b.line("#define %s_VERSION %s", N.P, util.c_string(abi.version))
  b.line("extern const pw_abi %s_abi;", N.p)
  b.line("extern const pw_callers %s_callers;", N.p)
  b.line("")
  b.line("#endif /* %s */", guard)
  return b.text()
end

function M.files(abi, low, U)
  local p = C.names(abi).p
  return {
    [p .. "_abi.def"] = M.def(abi, low, U),
    [p .. "_host.h"] = M.header(abi, low),
  }
end

return M
