-- C host bindings for one ABI version:
--   <prefix>_abi.def  data only: types, variants, functions, params (X-macros)
--   <prefix>_host.h   constants, the host ops table a host fills in, glue
--                     entry points, export callers, import/export tables
--   <prefix>_host.c   glue: lift raw Wasm arguments, validate every pointer,
--                     length and enum, call the op, write out-params
-- The glue never does host work before every argument is valid.
local util = require("pwabi.util")
local lower = require("pwabi.lower")

local M = {}

local CTYPE = { u8 = "uint32_t", u16 = "uint32_t", u32 = "uint32_t",
  s32 = "int32_t", u64 = "uint64_t", s64 = "int64_t", char8 = "uint32_t" }
local RAW = { i32 = "uint32_t", i64 = "uint64_t" }

local function names(abi)
  local p = abi.c_prefix
  return { p = p, P = p:upper(), result = p .. "_wasm_result_t" }
end

-- C type of a resolved non-pointer spec type.
local function ctype(N, t)
  if t.kind == "builtin" then return CTYPE[t.repr] end
  return ("%s_%s_t"):format(N.p, t.name)
end

local function const(N, tname, vname)
  return ("%s_%s_%s"):format(N.P, tname:upper(), vname:upper())
end

-- The C parameters a host op receives for one lowered argument.
local function op_param(N, a)
  local n = a.param.name
  if a.class == "bytes_in" then return "pw_bytes " .. n end
  if a.class == "out_bytes" then return "pw_out *" .. n end
  if a.class == "out_scalar" then
    return ("%s *%s"):format(ctype(N, a.type.to), n)
  end
  return ("%s %s"):format(ctype(N, a.type), n)
end

local function raw_params(L)
  local ps = { "pw_env *e" }
  for _, a in ipairs(L.args) do
    for i, w in ipairs(a.wasm) do
      ps[#ps + 1] = ("%s %s"):format(RAW[w], a.names[i])
    end
  end
  return table.concat(ps, ", ")
end

-- Wrap a C declaration at 80 columns after commas.
local function wrap(head, list, tail, indent)
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

local function split_params(s)
  local t = {}
  for x in s:gmatch("[^,]+") do t[#t + 1] = x:match("^%s*(.-)%s*$") end
  return t
end

-- .def --------------------------------------------------------------------

local DEF_MACROS = { "PW_TYPE(n, k, r)", "PW_VARIANT(t, n, v)",
  "PW_HOSTFN(n, m, s, a, c)", "PW_GUESTFN(n, s, a, c, r)",
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

local function def_functions(b, low)
  local at = 0
  for _, L in ipairs(low.host) do
    local rows = lower.rows(L)
    b.line("PW_HOSTFN(%s, %s, %s, %d, %d)", L.name, util.c_string(L.module),
      util.c_string(lower.code(L)), at, #rows)
    at = arg_rows(b, L, rows, at)
  end
  for _, L in ipairs(low.guest) do
    local rows, res = lower.rows(L)
    b.line("PW_GUESTFN(%s, %s, %d, %d, %d)", L.name,
      util.c_string(lower.code(L)), at, #rows, res and at + #rows or -1)
    at = arg_rows(b, L, rows, at)
    if res then at = arg_rows(b, L, { res }, at) end
  end
end

function M.def(abi, low)
  local b = util.buffer(util.C_WIDTH)
  b.line("/* %s */", util.banner("", abi.version))
  b.line("/*")
  b.line(" * Data only: define the macros you need, then include this file.")
  b.line(" *   PW_TYPE(name, kind, repr)")
  b.line(" *   PW_VARIANT(type, name, value)")
  b.line(" *   PW_HOSTFN(name, module, sig, first, count)")
  b.line(" *   PW_GUESTFN(name, sig, first, count, result)")
  b.line(" *   PW_ARG(function, name, kind, width, size, type, len)")
  b.line(" *   PW_PARAM(function, name, type, dir)")
  b.line(" * sig: core Wasm params \":\" results, i=i32 I=i64.  A function's")
  b.line(" * arguments are the PW_ARG rows first .. first+count-1, counted")
  b.line(" * from 0 in file order; result: the row of a callback's result, or")
  b.line(" * -1.  PW_ARG rows are the lowering (gen/pwabi/lower.lua, M.row):")
  b.line(" * kind is a pw_arg_kind without PW_ARG_, width the Wasm values.")
  b.line(" * PW_PARAM rows are the spec's parameters as written.")
  b.line(" */")
  for _, m in ipairs(DEF_MACROS) do
    local name = m:match("^([%w_]+)")
    b.line("#ifndef %s", name)
    b.line("#define %s", m)
    b.line("#endif")
  end
  for _, t in ipairs(abi.types) do
    b.line("PW_TYPE(%s, %s, %s)", t.name, t.kind, t.repr)
    for _, v in ipairs(t.variants or t.flags or {}) do
      b.line("PW_VARIANT(%s, %s, 0x%08xu)", t.name, v.name, v.value)
    end
  end
  def_functions(b, low)
  for _, f in ipairs(abi.functions) do
    for _, p in ipairs(f.params) do
      b.line("PW_PARAM(%s, %s, %s, %s)", f.name, p.name,
        p.type:gsub("[<>]", "_"):gsub("_+$", ""), p.dir or "in")
    end
  end
  for _, m in ipairs(DEF_MACROS) do
    b.line("#undef %s", m:match("^([%w_]+)"))
  end
  return b.text()
end

-- header ------------------------------------------------------------------

local function doc_comment(b, text, indent)
  indent = indent or ""
  b.line("%s/* %s */", indent, util.c_comment(text))
end

local function types_h(N, abi, b)
  for _, t in ipairs(abi.types) do
    local s = t.kind == "builtin" and CTYPE[t.repr] or
      (t.repr == "u64" and "uint64_t" or "uint32_t")
    b.line("")
    doc_comment(b, ("%s: %s"):format(t.name, t.doc:gsub("\n", " ")))
    b.line("typedef %s %s_%s_t;", s, N.p, t.name)
    for _, v in ipairs(t.variants or t.flags or {}) do
      b.line("#define %s UINT32_C(0x%x)", const(N, t.name, v.name), v.value)
    end
    if t.variants or t.flags then
      b.line("int %s_%s_valid(uint32_t v);", N.p, t.name)
    end
  end
end

local function op_decl(N, L)
  local ps = { "void *host" }
  for _, a in ipairs(L.args) do ps[#ps + 1] = op_param(N, a) end
  return wrap(("  %s (*%s)("):format(N.result, L.name), ps, ");", "      ")
end

local function caller_params(N, L)
  local ps = { "pw_env *e" }
  for _, a in ipairs(L.args) do ps[#ps + 1] = op_param(N, a) end
  if L.result then
    ps[#ps + 1] = ("%s *%s"):format(ctype(N, L.result.type),
      L.result.param.name)
  end
  return ps
end

function M.header(abi, low)
  local N = names(abi)
  local guard = N.P .. "_HOST_H"
  local b = util.buffer(util.C_WIDTH)
  b.line("/* %s */", util.banner("", abi.version))
  b.line("/* %s: host bindings. */", abi.title)
  b.line("#ifndef %s", guard)
  b.line("#define %s", guard)
  b.line("")
  b.line('#include "pwabi_rt.h"')
  types_h(N, abi, b)
  b.line("")
  b.line("extern const pw_variant %s_variants[];", N.p)
  b.line("extern const size_t %s_nvariants;", N.p)
  b.line("")
  b.line("/*")
  b.line(" * What a host implements.  Strings arrive as checked byte slices,")
  b.line(" * out-values are written through typed pointers (bytes with")
  b.line(" * pw_out_set), and nothing is written to the guest unless the op")
  b.line(" * returns ok.  An op must not call into the guest.  A NULL op")
  b.line(" * traps when the guest calls it.")
  b.line(" */")
  b.line("typedef struct %s_host_ops {", N.p)
  for _, L in ipairs(low.host) do
    local s = L.spec.sem
    if s then doc_comment(b, s.summary, "  ") end
    b.line("%s", op_decl(N, L))
  end
  b.line("} %s_host_ops;", N.p)
  b.line("")
  b.line("/* Glue: one function per import, raw core Wasm arguments. */")
  for _, L in ipairs(low.host) do
    b.line("%s", wrap(("uint32_t %s_%s("):format(N.p, L.name),
      split_params(raw_params(L)), ");", "    "))
  end
  b.line("")
  b.line("/* Every import, for engines to register. */")
  b.line("#define %s_NIMPORTS %d", N.P, #low.host)
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
  b.line("")
  b.line("/* The whole version for runtimes: tables and names. */")
  b.line("#define %s_VERSION %s", N.P, util.c_string(abi.version))
  b.line("extern const pw_abi %s_abi;", N.p)
  b.line("")
  b.line("/* Typed callers: PW_CALL_*; a result outside its type is")
  b.line("   PW_CALL_BAD_RESULT with the raw value still stored. */")
  for _, L in ipairs(low.guest) do
    b.line("%s", wrap(("int %s_call_%s("):format(N.p, L.name),
      caller_params(N, L), ");", "    "))
  end
  b.line("")
  b.line("#endif /* %s */", guard)
  return b.text()
end

-- glue --------------------------------------------------------------------

local function validate_enum(N, b, t, expr, item)
  b.line("  if (!%s_%s_valid(%s))", N.p, t.name, expr)
  b.line("    return bad_arg(e, %s);", util.c_string(item))
end

local function glue_checks(N, L, b)
  local fn = L.name
  for _, a in ipairs(L.args) do
    local n, item = a.param.name, fn .. "." .. a.param.name
    if a.class == "enum" or a.class == "flags" then
      validate_enum(N, b, a.type, n, item)
    elseif a.class == "bytes_in" then
      b.line("  if (pw_lift_bytes(e, %s, %s, &%s))", a.names[1], a.names[2], n)
      b.line("    return bad_mem(e, %s);", util.c_string(item))
    elseif a.class == "out_scalar" then
      b.line("  if (pw_check_out(e, %s, %d))", a.names[1], a.size)
      b.line("    return bad_mem(e, %s);", util.c_string(item))
    elseif a.class == "out_bytes" then
      for i = 1, 2 do
        b.line("  if (pw_check_out(e, %s, 4))", a.names[i])
        b.line("    return bad_mem(e, %s);", util.c_string(fn .. "." ..
          (i == 1 and n or a.len_param.name)))
      end
    end
  end
end

local function glue_locals(N, L, b)
  for _, a in ipairs(L.args) do
    local n = a.param.name
    if a.class == "bytes_in" then
      b.line("  pw_bytes %s;", n)
    elseif a.class == "out_bytes" then
      b.line("  pw_out %s = PW_OUT_INIT;", n)
    elseif a.class == "out_scalar" then
      b.line("  %s %s = 0;", ctype(N, a.type.to), n)
    end
  end
  b.line("  const %s_host_ops *ops = e->ops;", N.p)
  b.line("  %s rc;", N.result)
end

local function call_args(L)
  local as = { "e->host" }
  for _, a in ipairs(L.args) do
    local n = a.param.name
    if a.class == "out_bytes" or a.class == "out_scalar" then n = "&" .. n end
    if a.class == "scalar" and a.repr == "s64" then n = "(int64_t)" .. n end
    if a.class == "scalar" and a.repr == "s32" then n = "(int32_t)" .. n end
    as[#as + 1] = n
  end
  return as
end

local function glue_writes(N, L, b)
  local any = false
  for _, a in ipairs(L.args) do
    if a.class == "out_scalar" or a.class == "out_bytes" then any = true end
  end
  if not any then return end
  b.line("  if (rc == %s) {", const(N, "wasm_result", "ok"))
  for _, a in ipairs(L.args) do
    if a.class == "out_scalar" then
      b.line("    pw_store%d(e, %s, %s);", a.size * 8, a.names[1], a.param.name)
    end
  end
  for _, a in ipairs(L.args) do
    if a.class == "out_bytes" then
      b.line("    rc = place(e, %s, &%s, %s, %s);", util.c_string(L.name),
        a.param.name, a.names[1], a.names[2])
    end
  end
  b.line("  }")
end

local function glue(N, L, b)
  b.line("")
  b.line("%s", wrap(("uint32_t %s_%s("):format(N.p, L.name),
    split_params(raw_params(L)), ")", "    "))
  b.line("{")
  glue_locals(N, L, b)
  b.line("")
  b.line("  if (ops->%s == NULL)", L.name)
  b.line("    return unimplemented(e, %s);", util.c_string(L.name))
  glue_checks(N, L, b)
  b.line("%s", wrap(("  rc = ops->%s("):format(L.name), call_args(L), ");",
    "      "))
  glue_writes(N, L, b)
  for _, a in ipairs(L.args) do
    if a.class == "out_bytes" then b.line("  pw_out_free(&%s);", a.param.name) end
  end
  b.line("  return rc;")
  b.line("}")
end

local function entry(N, L, b)
  local as = { "e" }
  local i = 0
  for _, a in ipairs(L.args) do
    for _, w in ipairs(a.wasm) do
      as[#as + 1] = ("%sargs[%d]"):format(w == "i32" and "(uint32_t)" or "", i)
      i = i + 1
    end
  end
  b.line("")
  b.line("static uint32_t entry_%s(pw_env *e, const uint64_t *args)", L.name)
  b.line("{")
  b.line("  return pw_observed(e, %d, args,", L.index)
  b.line("%s", wrap(("      %s_%s("):format(N.p, L.name), as, "));", "          "))
  b.line("}")
end

local function validators(N, abi, b)
  for _, t in ipairs(abi.types) do
    if t.kind == "enum" then
      b.line("")
      b.line("int %s_%s_valid(uint32_t v)", N.p, t.name)
      b.line("{")
      b.line("  switch (v) {")
      for _, v in ipairs(t.variants) do
        b.line("  case %s:", const(N, t.name, v.name))
      end
      b.line("    return 1;")
      b.line("  }")
      b.line("  return 0;")
      b.line("}")
    elseif t.kind == "flags" then
      local mask = 0
      for _, v in ipairs(t.flags) do mask = mask | v.value end
      b.line("")
      b.line("int %s_%s_valid(uint32_t v)", N.p, t.name)
      b.line("{")
      b.line("  return (v & ~UINT32_C(0x%x)) == 0;", mask)
      b.line("}")
    end
  end
end

local function caller(N, L, b)
  local ps = caller_params(N, L)
  b.line("")
  b.line("%s", wrap(("int %s_call_%s("):format(N.p, L.name), ps, ")", "    "))
  b.line("{")
  local vals = {}
  for _, a in ipairs(L.args) do vals[#vals + 1] = a.param.name end
  if #vals > 0 then
    b.line("%s", wrap(("  const uint64_t a[%d] = {"):format(#vals), vals,
      "};", "      "))
  else
    b.line("  const uint64_t *a = NULL;")
  end
  b.line("  uint64_t r[1] = {0};")
  b.line("  int rc = e->eng->call(e->eng_ctx, %s_X_%s, a, r);", N.P,
    L.name:upper())
  b.line("")
  if not L.result then
    b.line("  return rc;")
  else
    local rn = L.result.param.name
    b.line("  if (rc != PW_CALL_OK)")
    b.line("    return rc;")
    b.line("  *%s = (%s)r[0];", rn, ctype(N, L.result.type))
    if L.result.class == "enum" then
      b.line("  if (!%s_%s_valid(*%s))", N.p, L.result.type.name, rn)
      b.line("    return PW_CALL_BAD_RESULT;")
    end
    b.line("  return PW_CALL_OK;")
  end
  b.line("}")
end

local PRELUDE = [[

/* A pointer outside memory: the status code, or a trap if so configured. */
static %s bad_mem(pw_env *e, const char *item)
{
  e->rejected = item;
  if (e->opts.trap_on_bad_memory)
    pw_set_trap(e, item, "pointer or length outside linear memory");
  return %s;
}

/* Not a value of the argument's type. */
static %s bad_arg(pw_env *e, const char *item)
{
  e->rejected = item;
  return %s;
}

static %s unimplemented(pw_env *e, const char *fn)
{
  pw_set_trap(e, fn, "not implemented by this host");
  return %s;
}

/* Copy out-bytes into the guest; allocator failure is a memory error. */
static %s place(pw_env *e, const char *fn, const pw_out *o,
    uint32_t ptr_out, uint32_t len_out)
{
  int rc = pw_place_bytes(e, fn, o, ptr_out, len_out);

  if (rc == -2)
    return bad_mem(e, fn);
  return rc == 0 ? %s : %s;
}
]]

function M.source(abi, low)
  local N = names(abi)
  local b = util.buffer(util.C_WIDTH)
  local ok = const(N, "wasm_result", "ok")
  local mem = const(N, "wasm_result", "invalid_memory_access")
  local bad = const(N, "wasm_result", "bad_argument")
  local fail = const(N, "wasm_result", "internal_failure")
  b.line("/* %s */", util.banner("", abi.version))
  b.line('#include "%s_host.h"', N.p)
  b.raw(PRELUDE:format(N.result, mem, N.result, bad, N.result, fail,
    N.result, ok, fail))
  validators(N, abi, b)
  b.line("")
  b.line("const pw_variant %s_variants[] = {", N.p)
  b.line("#define PW_VARIANT(t, n, v) {#t, #n, v},")
  b.line('#include "%s_abi.def"', N.p)
  b.line("};")
  b.line("const size_t %s_nvariants =", N.p)
  b.line("    sizeof %s_variants / sizeof %s_variants[0];", N.p, N.p)
  for _, L in ipairs(low.host) do glue(N, L, b) end
  for _, L in ipairs(low.host) do entry(N, L, b) end
  b.line("")
  b.line("static const pw_arg args[] = {")
  b.line("#define PW_ARG(f, n, k, w, s, t, l) {#n, PW_ARG_##k, w, s, t, l},")
  b.line('#include "%s_abi.def"', N.p)
  b.line("};")
  b.line("")
  b.line("const pw_import %s_imports[%s_NIMPORTS] = {", N.p, N.P)
  b.line("#define PW_HOSTFN(n, m, s, a, c) {m, #n, s, entry_##n, args + a, c},")
  b.line('#include "%s_abi.def"', N.p)
  b.line("};")
  b.line("")
  b.line("#define RESULT(r) ((r) < 0 ? NULL : args + (r))")
  b.line("const pw_export %s_exports[%s_NEXPORTS] = {", N.p, N.P)
  b.line("#define PW_GUESTFN(n, s, a, c, r) {#n, s, args + a, c, RESULT(r)},")
  b.line('#include "%s_abi.def"', N.p)
  b.line("};")
  b.line("#undef RESULT")
  b.line("")
  b.line("const pw_abi %s_abi = {", N.p)
  b.line("  %s, %s, %s,", util.c_string(abi.version), util.c_string(abi.title),
    util.c_string("wasm_result"))
  b.line("  %s_imports, %s_NIMPORTS, %s_exports, %s_NEXPORTS,", N.p, N.P, N.p,
    N.P)
  b.line("  %s_variants, sizeof %s_variants / sizeof %s_variants[0]", N.p, N.p,
    N.p)
  b.line("};")
  for _, L in ipairs(low.guest) do caller(N, L, b) end
  return b.text()
end

function M.files(abi, low)
  local p = names(abi).p
  return {
    [p .. "_abi.def"] = M.def(abi, low),
    [p .. "_host.h"] = M.header(abi, low),
    [p .. "_host.c"] = M.source(abi, low),
  }
end

M.names = names
M.ctype = ctype
M.wrap = wrap
return M
