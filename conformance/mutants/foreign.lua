-- Mutants of foreign functions (proxy_call_foreign_function,
-- on_foreign_function, buffer 8): runtimes/hosts/reference/foreign.c.
local F = "runtimes/hosts/reference/foreign.c"
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
