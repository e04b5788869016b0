-- Mutants of foreign functions (proxy_call_foreign_function,
-- on_foreign_function, buffer 8): runtimes/hosts/reference/foreign.c.
local F = "runtimes/hosts/reference/foreign.c"
local G = { v1alpha = "generated/v1alpha/pw_v1a_host.c",
  v0_1_0 = "generated/v0_1_0/pw_v010_host.c",
  v0_2_0 = "generated/v0_2_0/pw_v020_host.c",
  v0_2_1 = "generated/v0_2_1/pw_v021_host.c",
  vnext = "generated/vnext/pw_vnx_host.c" }
local P = { v1alpha = "v1a", v0_1_0 = "v010", v0_2_0 = "v020",
  v0_2_1 = "v021", vnext = "vnx" }
local ALL = { "v1alpha", "v0_1_0", "v0_2_0", "v0_2_1", "vnext" }
local NEW = { "v0_1_0", "v0_2_0", "v0_2_1", "vnext" }
local M = {}
local function add(t) M[#M + 1] = t end
-- The glue answers with the wrong status for a refused argument: a
-- pointer outside memory reported as bad_argument (or the reverse).
local function mem_as_arg(area, vs, item)
  for _, v in ipairs(vs) do
    add { id = area .. "-glue-" .. v .. "-" .. item:gsub("^proxy_", ""):gsub("[._]", "-"),
      area = area, file = G[v], find = "bad_mem(e, \"" .. item .. "\")",
      replace = "bad_arg(e, \"" .. item .. "\")",
      why = v .. " glue: " .. item .. " outside memory answered bad_argument, not invalid_memory_access" }
  end
end
local function arg_unchecked(area, vs, fn, arg, ty)
  for _, v in ipairs(vs) do
    add { id = area .. "-glue-" .. v .. "-" .. fn:gsub("^proxy_", ""):gsub("_", "-") .. "-unchecked",
      area = area, file = G[v],
      find = "  if (!pw_" .. P[v] .. "_" .. ty .. "_valid(" .. arg .. "))\n    return guest_status(bad_arg(e, \"" .. fn .. "." .. arg .. "\"));",
      replace = "",
      why = v .. " glue: " .. fn .. " passes an out-of-range " .. arg .. " to the host unchecked" }
  end
end
add { id = "foreign-unknown-ok", area = "foreign", file = F,
  find = "  }\n  return PW_WASM_RESULT_NOT_FOUND;\n}",
  replace = "  }\n  return OK;\n}",
  why = "an unknown foreign function answers ok" }
add { id = "foreign-echo-empty", area = "foreign", file = F,
  find = "  return ref_give(res, args.ptr, args.len);", replace = "  return ref_give(res, args.ptr, 0);",
  why = "a foreign function's results are lost" }
add { id = "foreign-fail-ok", area = "foreign", file = F,
  find = "  (void)h, (void)args, (void)res;\n  return PW_WASM_RESULT_INTERNAL_FAILURE;",
  replace = "  (void)h, (void)args, (void)res;\n  return OK;",
  why = "a failing foreign function's status is not passed on" }
add { id = "foreign-prefix-match", area = "foreign", file = F,
  find = "    if (name.len == n && memcmp(name.ptr, FUNCS[i].name, n) == 0) {",
  replace = "    if (name.len >= n && memcmp(name.ptr, FUNCS[i].name, n) == 0) {",
  why = "a name that only starts with a known one is accepted" }
add { id = "foreign-args-not-offered", area = "foreign", file = F,
  find = "  h->cbbuf[t] = &h->last_buf[t];", replace = "",
  why = "buffer 8 (the arguments) is not readable in on_foreign_function" }
add { id = "foreign-callback-len", area = "foreign", file = F,
  find = "  rc = pw_call_proxy_on_foreign_function(h->env, r->id, fn, args.len);",
  replace = "  rc = pw_call_proxy_on_foreign_function(h->env, r->id, fn, 0);",
  why = "on_foreign_function gets a length of 0" }
add { id = "foreign-defer-not-run", area = "foreign", file = F,
  find = "  ref_defer_add(h, deferred, r->id, p->id);", replace = "  (void)deferred;",
  why = "a deferring foreign function never calls back" }
mem_as_arg("foreign", { "v0_1_0", "v0_2_1", "vnext" }, "proxy_call_foreign_function.arguments")
return M
