-- C host glue for one ABI version: <prefix>_host.c.
--   entries  lift raw Wasm arguments, validate every pointer, length and
--            enum in this version's terms, translate wire values to the
--            canonical ones (gen/pwabi/union.lua) by variant name, call the
--            shared op (pw_host_ops), write out-params, and return the
--            status in this version's numbering
--   callers  canonical signatures (pw_callers): translate arguments to
--            wire values, call the export, check and translate its result
-- The glue never does host work before every argument is valid.
local util = require("pwabi.util")
local union = require("pwabi.union")
local C = require("pwabi.cnames")

local M = {}
local CANON = C.CANON

-- translations ------------------------------------------------------------

-- Per enum type of the version: does it need translating to canonical
-- values (names numbered otherwise) or back (also: canonical values the
-- version lacks)?
local function plans(U, abi)
  local P = {}
  for _, t in ipairs(abi.types) do
    if t.kind == "enum" then
      local same = union.same_numbering(U, t)
      local full = #U.type_by_name[t.name].variants == #t.variants
      P[t.name] = { canon = not same, wire = not (same and full), t = t }
    end
  end
  return P
end

-- What a canonical value the version lacks becomes: the status type falls
-- back to internal_failure, other types to a value no variant has.
local function fallback(N, t)
  if t.name == "wasm_result" then
    return C.const(N, "wasm_result", "internal_failure")
  end
  return "UINT32_MAX"
end

local function translators(N, U, P, b)
  for _, name in ipairs(util.sorted_keys(P)) do
    local p = P[name]
    if p.canon then
      b.line("")
      b.line("static inline uint32_t canon_%s(uint32_t v)", name)
      b.line("{")
      b.line("  switch (v) {")
      for _, v in ipairs(p.t.variants) do
        b.line("  case %s:", C.const(N, name, v.name))
        b.line("    return %s;", C.const(CANON, name, v.name))
      end
      b.line("  }")
      b.line("  return v;   /* validated before: not reached */")
      b.line("}")
    end
    if p.wire then
      local have = {}
      for _, v in ipairs(p.t.variants) do have[v.name] = true end
      b.line("")
      b.line("static inline uint32_t wire_%s(uint32_t v)", name)
      b.line("{")
      b.line("  switch (v) {")
      for _, v in ipairs(U.type_by_name[name].variants) do
        if have[v.name] then
          b.line("  case %s:", C.const(CANON, name, v.name))
          b.line("    return %s;", C.const(N, name, v.name))
        end
      end
      b.line("  }")
      b.line("  return %s;", fallback(N, p.t))
      b.line("}")
    end
  end
end

-- Expressions translating x of type t (nil: not an enum).
local function to_canon(P, t, x)
  local p = t and P[t.name]
  return (p and p.canon) and ("canon_%s(%s)"):format(t.name, x) or x
end

local function to_wire(P, t, x)
  local p = t and P[t.name]
  return (p and p.wire) and ("wire_%s(%s)"):format(t.name, x) or x
end

-- The status the guest sees: translated, or checked, so that a host
-- returning no status of the version gives the guest internal_failure.
local function status_expr(N, P)
  if P.wasm_result.wire then return "wire_wasm_result(rc)" end
  return ("%s_wasm_result_valid(rc) ? rc : %s"):format(N.p,
    C.const(N, "wasm_result", "internal_failure"))
end

-- The names of the arguments version function L has.
local function own(L)
  local mine = {}
  for _, a in ipairs(L.args) do mine[a.param.name] = a end
  return mine
end

-- Values the guest reads (out-params, callback arguments) are translated
-- only where the version numbers the names otherwise; a value the version
-- lacks passes as is (get_status's code is typed wasm_result but carries
-- gRPC statuses).
local function renumbered(P, t, x)
  local p = t and P[t.name]
  return (p and p.canon) and ("wire_%s(%s)"):format(t.name, x) or x
end

-- glue ----------------------------------------------------------------------

local function validate(N, L, b)
  local fn = L.name
  for _, a in ipairs(L.args) do
    local n, item = a.param.name, util.c_string(fn .. "." .. a.param.name)
    if a.class == "enum" or a.class == "flags" then
      b.line("  if (!%s_%s_valid(%s))", N.p, a.type.name, n)
      b.line("    return guest_status(bad_arg(e, %s));", item)
    elseif a.class == "bytes_in" then
      b.line("  if (pw_lift_bytes(e, %s, %s, &%s))", a.names[1], a.names[2], n)
      b.line("    return guest_status(bad_mem(e, %s));", item)
    elseif a.class == "out_scalar" then
      b.line("  if (pw_check_out(e, %s, %d))", a.names[1], a.size)
      b.line("    return guest_status(bad_mem(e, %s));", item)
    elseif a.class == "out_bytes" then
      for i = 1, 2 do
        b.line("  if (pw_check_out(e, %s, 4))", a.names[i])
        b.line("    return guest_status(bad_mem(e, %s));", util.c_string(fn .. "."
          .. (i == 1 and a.param.name or a.len_param.name)))
      end
    end
  end
end

-- Locals: the version's lifted arguments, and stand-ins for the canonical
-- out-params and bytes the version lacks.
local function locals(f, L, b)
  local mine = own(L)
  for _, a in ipairs(f.args) do
    local n, own = a.param.name, mine[a.param.name]
    if a.class == "bytes_in" then
      b.line("  pw_bytes %s%s;", n, own and "" or " = PW_BYTES_EMPTY")
    elseif a.class == "out_bytes" then
      b.line("  pw_out %s = PW_OUT_INIT;", n)
    elseif a.class == "out_scalar" then
      b.line("  %s %s = 0;", C.ctype(CANON, a.type.to), n)
    end
  end
  b.line("  const pw_host_ops *ops = e->ops;")
  b.line("  pw_wasm_result_t rc;")
end

-- The op's arguments: canonical order; what the version lacks is zero.
local function op_args(f, L, P)
  local mine, as = own(L), { "e->host" }
  for _, a in ipairs(f.args) do
    local n, own = a.param.name, mine[a.param.name]
    if a.class == "out_bytes" or a.class == "out_scalar" then n = "&" .. n
    elseif a.class == "bytes_in" then n = n
    elseif not own then n = "0"
    elseif a.class == "enum" then n = to_canon(P, a.type, n)
    elseif a.repr == "s64" then n = "(int64_t)" .. n
    elseif a.repr == "s32" then n = "(int32_t)" .. n
    end
    as[#as + 1] = n
  end
  return as
end

local function writes(L, P, b)
  local outs = {}
  for _, a in ipairs(L.args) do
    if a.class == "out_scalar" or a.class == "out_bytes" then
      outs[#outs + 1] = a
    end
  end
  if #outs == 0 then return end
  b.line("  if (rc == PW_WASM_RESULT_OK) {")
  for _, a in ipairs(outs) do
    if a.class == "out_scalar" then
      b.line("    pw_store%d(e, %s, %s);", a.size * 8, a.names[1],
        renumbered(P, a.type.to, a.param.name))
    end
  end
  for _, a in ipairs(outs) do
    if a.class == "out_bytes" then
      b.line("    rc = place(e, %s, &%s, %s, %s);", util.c_string(L.name),
        a.param.name, a.names[1], a.names[2])
    end
  end
  b.line("  }")
end

-- The version's rule that a not_found reaches its guests as ok with empty
-- out-bytes (spec: not_found_ok).
local function not_found_ok(L, abi, b)
  for _, name in ipairs(abi.not_found_ok or {}) do
    if name == L.name then
      b.line("  if (rc == PW_WASM_RESULT_NOT_FOUND) {   /* %s: ok, empty */",
        abi.version)
      b.line("    rc = PW_WASM_RESULT_OK;")
      for _, a in ipairs(L.args) do
        if a.class == "out_bytes" then b.line("    %s.len = 0;", a.param.name) end
      end
      b.line("  }")
    end
  end
end

local function glue(N, f, L, P, b, abi)
  b.line("")
  b.line("%s", C.wrap(("uint32_t %s_%s("):format(N.p, L.name),
    C.raw_params(L), ")", "    "))
  b.line("{")
  locals(f, L, b)
  b.line("")
  b.line("  if (ops->%s == NULL)", f.name)
  b.line("    return guest_status(unimplemented(e, %s));", util.c_string(L.name))
  validate(N, L, b)
  b.line("%s", C.wrap(("  rc = ops->%s("):format(f.name), op_args(f, L, P),
    ");", "      "))
  not_found_ok(L, abi, b)
  writes(L, P, b)
  for _, a in ipairs(f.args) do
    if a.class == "out_bytes" then b.line("  pw_out_free(&%s);", a.param.name) end
  end
  b.line("  return guest_status(rc);")
  b.line("}")
end

local function entry(N, L, b)
  local as, i = { "e" }, 0
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
  b.line("%s", C.wrap(("      %s_%s("):format(N.p, L.name), as, "));",
    "          "))
  b.line("}")
end

-- Are an enum's values exactly 0 .. n-1?  Then a compare validates it.
local function dense(t)
  local seen = {}
  for _, v in ipairs(t.variants) do seen[v.value] = true end
  for i = 0, #t.variants - 1 do
    if not seen[i] then return false end
  end
  return true
end

local function validators(N, abi, b)
  for _, t in ipairs(abi.types) do
    b.line("")
    if t.kind == "enum" and dense(t) then
      b.line("int %s_%s_valid(uint32_t v)", N.p, t.name)
      b.line("{")
      b.line("  return v < UINT32_C(%d);   /* values 0 .. %d */", #t.variants,
        #t.variants - 1)
      b.line("}")
    elseif t.kind == "enum" then
      b.line("int %s_%s_valid(uint32_t v)", N.p, t.name)
      b.line("{")
      b.line("  switch (v) {")
      for _, v in ipairs(t.variants) do
        b.line("  case %s:", C.const(N, t.name, v.name))
      end
      b.line("    return 1;")
      b.line("  }")
      b.line("  return 0;")
      b.line("}")
    elseif t.kind == "flags" then
      local mask = 0
      for _, v in ipairs(t.flags) do mask = mask | v.value end
      b.line("int %s_%s_valid(uint32_t v)", N.p, t.name)
      b.line("{")
      b.line("  return (v & ~UINT32_C(0x%x)) == 0;", mask)
      b.line("}")
    end
  end
end

-- callers -------------------------------------------------------------------

local function unused(f, L, b)
  local mine = own(L)
  for _, a in ipairs(f.args) do
    if not mine[a.param.name] then b.line("  (void)%s;", a.param.name) end
  end
end

local function call_result(N, f, L, P, b)
  local rn, t = f.result.param.name, L.result.type
  b.line("  if (rc != PW_CALL_OK)")
  b.line("    return rc;")
  b.line("  *%s = (%s)r[0];", rn, C.ctype(CANON, f.result.type))
  if L.result.class == "enum" then
    b.line("  if (!%s_%s_valid((uint32_t)r[0]))", N.p, t.name)
    b.line("    return PW_CALL_BAD_RESULT;")
    if P[t.name] and P[t.name].canon then
      b.line("  *%s = %s;", rn, to_canon(P, t, "(uint32_t)r[0]"))
    end
  end
  b.line("  return PW_CALL_OK;")
end

local function caller(N, f, L, P, b)
  b.line("")
  b.line("%s", C.wrap(("static int call_%s("):format(f.name),
    C.caller_params(CANON, f), ")", "    "))
  b.line("{")
  local vals = {}
  for _, a in ipairs(L.args) do
    vals[#vals + 1] = renumbered(P, a.class == "enum" and a.type,
      a.param.name)
  end
  if #vals > 0 then
    b.line("%s", C.wrap(("  const uint64_t a[%d] = {"):format(#vals), vals,
      "};", "      "))
  else
    b.line("  const uint64_t *a = NULL;")
  end
  b.line("  uint64_t r[1] = {0};")
  b.line("  int rc = e->eng->call(e->eng_ctx, %s_X_%s, a, r);", N.P,
    L.name:upper())
  b.line("")
  unused(f, L, b)
  if L.result then call_result(N, f, L, P, b) else b.line("  return rc;") end
  b.line("}")
end

local function callers(N, U, abi, low, P, b)
  local list = {}
  for _, L in ipairs(low.guest) do
    local f = U.guest_by_name[U.lineage[abi.version][L.name]]
    caller(N, f, L, P, b)
    list[#list + 1] = ("  .%s = call_%s,"):format(f.name, f.name)
  end
  b.line("")
  b.line("const pw_callers %s_callers = {", N.p)
  for _, l in ipairs(list) do b.line("%s", l) end
  b.line("};")
end

-- the file ------------------------------------------------------------------

local PRELUDE = [[

/* The status the guest sees, in this version's numbering (status_expr). */
static inline uint32_t guest_status(pw_wasm_result_t rc)
{
  return %s;
}

/* A pointer outside memory: the status code, or a trap if so configured. */
static pw_wasm_result_t bad_mem(pw_env *e, const char *item)
{
  e->rejected = item;
  if (e->opts.trap_on_bad_memory)
    pw_set_trap(e, item, "pointer or length outside linear memory");
  return PW_WASM_RESULT_INVALID_MEMORY_ACCESS;
}

/* Not a value of the argument's type. */
static pw_wasm_result_t bad_arg(pw_env *e, const char *item)
{
  e->rejected = item;
  return PW_WASM_RESULT_BAD_ARGUMENT;
}

static pw_wasm_result_t unimplemented(pw_env *e, const char *fn)
{
  pw_set_trap(e, fn, "not implemented by this host");
  return PW_WASM_RESULT_INTERNAL_FAILURE;
}

/* Copy out-bytes into the guest; allocator failure is a memory error. */
static pw_wasm_result_t place(pw_env *e, const char *fn, const pw_out *o,
    uint32_t ptr_out, uint32_t len_out)
{
  int rc = pw_place_bytes(e, fn, o, ptr_out, len_out);

  if (rc == -2)
    return bad_mem(e, fn);
  return rc == 0 ? PW_WASM_RESULT_OK : PW_WASM_RESULT_INTERNAL_FAILURE;
}
]]

local function tables(N, abi, b)
  b.line("")
  b.line("const pw_variant %s_variants[] = {", N.p)
  b.line("#define PW_VARIANT(t, n, v) {#t, #n, v},")
  b.line('#include "%s_abi.def"', N.p)
  b.line("};")
  b.line("const size_t %s_nvariants =", N.p)
  b.line("    sizeof %s_variants / sizeof %s_variants[0];", N.p, N.p)
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
  if abi.allocators then
    local names = {}
    for i, a in ipairs(abi.allocators) do names[i] = util.c_string(a) end
    names[#names + 1] = "NULL"
    b.line("")
    b.line("static const char *const allocators[] = { %s };",
      table.concat(names, ", "))
  end
  b.line("")
  b.line("const pw_abi %s_abi = {", N.p)
  b.line("  %s, %s, %s,", util.c_string(abi.version), util.c_string(abi.title),
    util.c_string("wasm_result"))
  b.line("  %s_imports, %s_NIMPORTS, %s_exports, %s_NEXPORTS,", N.p, N.P, N.p,
    N.P)
  b.line("  %s_variants, sizeof %s_variants / sizeof %s_variants[0],", N.p,
    N.p, N.p)
  b.line("  &%s_callers, %s, %s", N.p, util.c_string(abi.marker or ""),
    abi.allocators and "allocators" or "NULL")
  b.line("};")
end

-- Only the translators the body calls (clang warns of unused ones).
local function used_translators(N, U, P, body)
  local t = util.buffer(util.C_WIDTH)
  local used = {}
  for name, p in pairs(P) do
    used[name] = { t = p.t, canon = p.canon and body:find("canon_" .. name
      .. "(", 1, true) ~= nil, wire = p.wire and body:find("wire_" .. name
      .. "(", 1, true) ~= nil }
  end
  translators(N, U, used, t)
  return t.text()
end

function M.source(abi, low, U)
  local N = C.names(abi)
  local P = plans(U, abi)
  local b = util.buffer(util.C_WIDTH)
  b.raw(PRELUDE:format(status_expr(N, P)))
  validators(N, abi, b)
  for _, L in ipairs(low.host) do
    glue(N, U.host_by_name[U.lineage[abi.version][L.name]], L, P, b, abi)
  end
  for _, L in ipairs(low.host) do entry(N, L, b) end
  callers(N, U, abi, low, P, b)
  tables(N, abi, b)
  return ("/* %s */\n#include \"%s_host.h\"\n"):format(
    util.banner("", abi.version), N.p) .. used_translators(N, U, P, b.text())
    .. b.text()
end

function M.files(abi, low, U)
  return { [C.names(abi).p .. "_host.c"] = M.source(abi, low, U) }
end

return M
