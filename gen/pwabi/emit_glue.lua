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
local lower = require("pwabi.lower")
local C = require("pwabi.cnames")

local M = {}
local CANON = C.CANON

-- translations ------------------------------------------------------------

-- Per enum type of the version: does it need translating to canonical
-- values (names numbered otherwise) or back (also: canonical values the
-- version lacks)?
local function plans(U, low)
  local P = {}
  for _, t in ipairs(low.types) do
    if t.kind == "enum" then
      local same = union.same_numbering(U, t)
      local full = #U.type_by_name[t.name].variants == #t.variants
      P[t.name] = { canon = not same, wire = not (same and full), t = t }
    end
  end
  return P
end

-- The status types import glue returns, and what it answers when it
-- refuses an argument (memory, argument), finds no op (unimplemented;
-- it traps too) or gets no value of the type from the host (unimplemented
-- too).  wasm_result's words are the ABI's; WASI's are its data
-- (wasi.failures).  ok: the variant valued 0.
local function statuses(abi)
  local S = { wasm_result = { type = "wasm_result", pre = "",
    memory = "invalid_memory_access", argument = "bad_argument",
    unimplemented = "internal_failure" } }
  local f = abi.wasi and abi.wasi.failures
  if f then
    S.wasi_errno = { type = "wasi_errno", pre = "wasi_", memory = f.memory,
      argument = f.argument, unimplemented = f.unimplemented }
  end
  for _, st in pairs(S) do
    local t = st.type == "wasm_result" and abi.types_by_name.wasm_result
      or abi.wasi.types_by_name.errno
    for _, v in ipairs(t.variants) do
      if v.value == 0 then st.ok = v.name end
    end
  end
  return S
end

-- The status plan of an import; error() when the spec gives no words.
local function status_of(S, L)
  return S[L.status] or error(("%s: no failure words for status type %s "
    .. "(wasi.failures)"):format(L.name, L.status))
end

-- What a canonical value the version lacks becomes: a status type falls
-- back to its unimplemented word, other types to a value no variant has.
local function fallback(N, S, t)
  if S[t.name] then
    return C.const(N, t.name, S[t.name].unimplemented)
  end
  return "UINT32_MAX"
end

local function translators(N, U, P, S, b)
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
      b.line("  return %s;", fallback(N, S, p.t))
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
-- returning no status of the version gives the guest its unimplemented
-- word (internal_failure).
local function status_expr(N, P, st)
  if P[st.type].wire then return ("wire_%s(rc)"):format(st.type) end
  return ("%s_%s_valid(rc)\n      ? rc : %s"):format(N.p, st.type,
    C.const(N, st.type, st.unimplemented))
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

-- The checks of one argument of each class that has them: a list of
-- { C condition true when it fails, the failure (bad_mem or bad_arg), the
-- parameter it names }.
local function check1(cond, fail, name) return { { cond, fail, name } } end

local CHECKS = {
  enum = function(N, a) return check1(("!%s_%s_valid(%s)"):format(N.p,
    a.type.name, a.param.name), "bad_arg", a.param.name) end,
  bytes_in = function(_, a) return check1(("pw_lift_bytes(e, %s, %s, &%s)")
    :format(a.names[1], a.names[2], a.param.name), "bad_mem", a.param.name)
  end,
  out_scalar = function(_, a) return check1(("pw_check_out(e, %s, %d)")
    :format(a.names[1], a.size), "bad_mem", a.param.name) end,
  out_bytes = function(_, a) return {   -- the address, then the length
    { ("pw_check_out(e, %s, 4)"):format(a.names[1]), "bad_mem",
      a.param.name },
    { ("pw_check_out(e, %s, 4)"):format(a.names[2]), "bad_mem",
      a.len_param.name } } end,
  iovecs = function(_, a) return check1(("pw_lift_iovecs(e, %s, %s, &%s)")
    :format(a.names[1], a.names[2], a.param.name), "bad_mem", a.param.name)
  end,
  fill = function(_, a) return check1(("pw_lift_span(e, %s, %s, &%s)")
    :format(a.names[1], a.names[2], a.param.name), "bad_mem", a.param.name)
  end,
  array = function(_, a) return check1(("pw_check_array(e, %s)")
    :format(a.names[1]), "bad_mem", a.param.name) end,
}
CHECKS.flags = CHECKS.enum

-- Does a check read memory?  Then the typed function takes the view
-- (pw_view_memory) before anything else: only e and the raw arguments
-- are live across the engine call then.  Entries have it from the engine
-- (engine.h pw_import_call).
local NO_MEMORY = { enum = true, flags = true }

local function reads_memory(L)
  for _, a in ipairs(L.args) do
    if CHECKS[a.class] and not NO_MEMORY[a.class] then return true end
  end
  return false
end

local function validate(N, L, st, b)
  for _, a in ipairs(L.args) do
    local check = CHECKS[a.class]
    if check and not st then
      error(("%s: a function without a result cannot refuse %s"):format(
        L.name, a.param.name))
    end
    for _, c in ipairs(check and check(N, a) or {}) do
      b.line("  if (%s)", c[1])
      b.line("    return %sguest_status(%s%s(e, %s));", st.pre, st.pre, c[2],
        util.c_string(L.name .. "." .. c[3]))
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
    elseif a.class == "out_bytes" or a.class == "array" then
      b.line("  pw_out %s = PW_OUT_INIT;", n)
    elseif a.class == "out_scalar" then
      b.line("  %s %s = 0;", C.ctype(CANON, a.type.to), n)
    elseif a.class == "iovecs" then
      b.line("  pw_iovecs %s;", n)
    elseif a.class == "fill" then
      b.line("  pw_span %s;", n)
    end
  end
  b.line("  const pw_host_ops *ops = e->ops;")
  if L.status then b.line("  %s rc;", C.status(CANON, L.status)) end
end

-- The op's arguments: canonical order; what the version lacks is zero.
local function op_args(f, L, P)
  local mine, as = own(L), { "e->host" }
  for _, a in ipairs(f.args) do
    local n, own = a.param.name, mine[a.param.name]
    if a.class == "out_bytes" or a.class == "out_scalar"
        or a.class == "array" then n = "&" .. n
    elseif a.class == "bytes_in" or a.class == "iovecs"
        or a.class == "fill" then n = n
    elseif not own then n = "0"
    elseif a.class == "enum" then n = to_canon(P, a.type, n)
    elseif a.repr == "s64" then n = "(int64_t)" .. n
    elseif a.repr == "s32" then n = "(int32_t)" .. n
    end
    as[#as + 1] = n
  end
  return as
end

local OUT_CLASS = { out_scalar = true, out_bytes = true, array = true }

local function writes(L, P, st, b)
  local outs = {}
  for _, a in ipairs(L.args) do
    if OUT_CLASS[a.class] then outs[#outs + 1] = a end
  end
  if #outs == 0 then return end
  b.line("  if (rc == %s) {", C.const(CANON, st.type, st.ok))
  b.line("    pw_view_memory(e);   /* the op may have run guest code */")
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
    elseif a.class == "array" then
      b.line("    if (pw_put_array(e, %s, &%s))", a.names[1], a.param.name)
      b.line("      rc = %sbad_mem(e, %s);", st.pre,
        util.c_string(L.name .. "." .. a.param.name))
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

-- A function without a result does not return (WASI proc_exit): the op
-- runs, then the call traps naming its arguments.
local function no_return(f, L, b)
  local fmt, vals = {}, {}
  for _, a in ipairs(L.args) do
    fmt[#fmt + 1] = a.param.name .. "=%llu"
    vals[#vals + 1] = "(unsigned long long)" .. a.names[1]
  end
  b.line("  char why[96];")
  b.line("")
  b.line("  if (ops->%s == NULL) {", f.name)
  b.line("    pw_set_trap(e, %s, \"not implemented by this host\");",
    util.c_string(L.name))
  b.line("    return 0;")
  b.line("  }")
  b.line("%s", C.wrap(("  ops->%s("):format(f.name), op_args(f, L, {}), ");",
    "      "))
  b.line("%s", C.wrap("  snprintf(", { "why", "sizeof why",
    util.c_string("does not return (" .. table.concat(fmt, ", ") .. ")"),
    table.unpack(vals) }, ");", "      "))
  b.line("  pw_set_trap(e, %s, why);", util.c_string(L.name))
  b.line("  return 0;")
end

-- An extra (wasi.extras): the op's plain value, or nothing, returned as
-- is; its arguments are builtin scalars, so nothing is refused.
local function plain(f, L, b)
  b.line("")
  b.line("  if (ops->%s == NULL) {", f.name)
  b.line("    pw_set_trap(e, %s, \"not implemented by this host\");",
    util.c_string(L.name))
  b.line("    return 0;")
  b.line("  }")
  local call = C.wrap(("ops->%s("):format(f.name), op_args(f, L, {}), ")",
    "      ")
  if L.mode == "value" then
    b.line("  return %s;", call)
  else
    b.line("  %s;", call)
    b.line("  return 0;")
  end
end

-- The public typed function: the body, which entries inline (a call
-- level less on every host call).
local function typed(N, L, b)
  b.line("")
  b.line("%s", C.wrap(("uint32_t %s_%s("):format(N.p, L.name),
    C.raw_params(L), ")", "    "))
  b.line("{")
  if reads_memory(L) then b.line("  pw_view_memory(e);") end
  b.line("%s", C.wrap(("  return glue_%s("):format(L.name), C.raw_names(L),
    ");", "      "))
  b.line("}")
end

local function glue_body(N, f, L, P, S, b, abi)
  b.line("")
  b.line("%s", C.wrap(("static inline uint32_t glue_%s("):format(L.name),
    C.raw_params(L), ")", "    "))
  b.line("{")
  locals(f, L, b)
  if not L.status then
    validate(N, L, nil, b)
    if L.mode == "noreturn" then no_return(f, L, b) else plain(f, L, b) end
    b.line("}")
    return
  end
  local st = status_of(S, L)
  b.line("")
  b.line("  if (ops->%s == NULL)", f.name)
  b.line("    return %sguest_status(%sunimplemented(e, %s));", st.pre, st.pre,
    util.c_string(L.name))
  validate(N, L, st, b)
  -- out-buffers are the env's spare one, taken once nothing can refuse
  -- the call and given back after it (pwabi_rt.h pw_out_take)
  local bufs = {}
  for _, a in ipairs(f.args) do
    if a.class == "out_bytes" or a.class == "array" then
      bufs[#bufs + 1] = a.param.name
    end
  end
  for _, n in ipairs(bufs) do b.line("  %s = pw_out_take(e);", n) end
  b.line("%s", C.wrap(("  rc = ops->%s("):format(f.name), op_args(f, L, P),
    ");", "      "))
  not_found_ok(L, abi, b)
  writes(L, P, st, b)
  for _, n in ipairs(bufs) do b.line("  pw_out_give(e, &%s);", n) end
  b.line("  return %sguest_status(rc);", st.pre)
  b.line("}")
end

local function glue(N, f, L, P, S, b, abi)
  glue_body(N, f, L, P, S, b, abi)
  typed(N, L, b)
end

-- One entry per import row (lower.import_rows): raw values in, with the
-- memory view the engine handed over.
local function entry(N, r, b)
  local L, as, i = r.L, { "e" }, 0
  for _, a in ipairs(L.args) do
    for _, w in ipairs(a.wasm) do
      as[#as + 1] = ("%sargs[%d]"):format(w == "i32" and "(uint32_t)" or "", i)
      i = i + 1
    end
  end
  b.line("")
  b.line("static uint32_t entry_%s(pw_env *e, const uint64_t *args)", r.entry)
  b.line("{")
  if #as == 1 then b.line("  (void)args;") end
  b.line("%s", C.wrap(("  return glue_%s("):format(L.name), as, ");",
    "      "))
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

local function validators(N, low, b)
  for _, t in ipairs(low.types) do
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

/* A refused argument, for the env's hook; a pointer outside memory
   traps too if so configured. */
static void refused(pw_env *e, const char *item, int memory)
{
  e->rejected = item;
  if (memory && e->opts.trap_on_bad_memory)
    pw_set_trap(e, item, "pointer or length outside linear memory");
}
]]

-- The helpers of one status type (statuses), each emitted only if the
-- glue calls it: $p its prefix, $t its C type, $g the guest's value of rc
-- (status_expr), $m $a $u its failure words.
local STATUS_HELPERS = {
  { "guest_status(", [[

/* The $t the guest sees, in this version's numbering. */
static inline uint32_t $pguest_status($t rc)
{
  return $g;
}
]] },
  { "bad_mem(", [[

/* A pointer outside memory. */
static PW_COLD $t $pbad_mem(pw_env *e, const char *item)
{
  refused(e, item, 1);
  return $m;
}
]] },
  { "bad_arg(", [[

/* Not a value of the argument's type. */
static PW_COLD $t $pbad_arg(pw_env *e, const char *item)
{
  refused(e, item, 0);
  return $a;
}
]] },
  { "unimplemented(", [[

static PW_COLD $t $punimplemented(pw_env *e, const char *fn)
{
  pw_set_trap(e, fn, "not implemented by this host");
  return $u;
}
]] },
}

local function helpers(N, P, S, body)
  local out = {}
  for _, name in ipairs(util.sorted_keys(S)) do
    local st = S[name]
    local sub = { p = st.pre, t = C.status(CANON, st.type),
      g = status_expr(N, P, st), m = C.const(CANON, st.type, st.memory),
      a = C.const(CANON, st.type, st.argument),
      u = C.const(CANON, st.type, st.unimplemented) }
    for _, h in ipairs(STATUS_HELPERS) do
      if body:find(st.pre .. h[1], 1, true) then
        out[#out + 1] = (h[2]:gsub("%$(%a)", sub))
      end
    end
  end
  return table.concat(out)
end

local PLACE = [[

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
  b.line("#define PW_HOSTFN(n, m, s, a, c, x, st) \\")
  b.line("  {m, #n, s, entry_##x, args + a, c, st},")
  b.line('#include "%s_abi.def"', N.p)
  b.line("};")
  b.line("")
  b.line("#define RESULT(r) ((r) < 0 ? NULL : args + (r))")
  b.line("const pw_export %s_exports[%s_NEXPORTS] = {", N.p, N.P)
  b.line("#define PW_GUESTFN(n, s, a, c, r, l) \\")
  b.line("  {#n, s, args + a, c, RESULT(r), #l},")
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
  b.line("  &%s_callers, %s", N.p, abi.allocators and "allocators" or "NULL")
  b.line("};")
end

-- Only the translators the body calls (clang warns of unused ones).
local function used_translators(N, U, P, S, body)
  local t = util.buffer(util.C_WIDTH)
  local used = {}
  for name, p in pairs(P) do
    used[name] = { t = p.t, canon = p.canon and body:find("canon_" .. name
      .. "(", 1, true) ~= nil, wire = p.wire and body:find("wire_" .. name
      .. "(", 1, true) ~= nil }
  end
  translators(N, U, used, S, t)
  return t.text()
end

function M.source(abi, low, U)
  local N = C.names(abi)
  local P, S = plans(U, low), statuses(abi)
  local b = util.buffer(util.C_WIDTH)
  validators(N, low, b)
  for _, L in ipairs(low.imports) do
    glue(N, U.host_by_name[union.lineage_of(U, abi.version, L)], L, P, S, b,
      abi)
  end
  for _, r in ipairs(lower.import_rows(low)) do entry(N, r, b) end
  callers(N, U, abi, low, P, b)
  tables(N, abi, b)
  local body = PLACE .. b.text()
  local head = PRELUDE .. helpers(N, P, S, body)
  return ("/* %s */\n#include \"%s_host.h\"\n"):format(
    util.banner("", abi.version), N.p)
    .. used_translators(N, U, P, S, head .. body) .. head .. body
end

function M.files(abi, low, U)
  return { [C.names(abi).p .. "_host.c"] = M.source(abi, low, U) }
end

return M
