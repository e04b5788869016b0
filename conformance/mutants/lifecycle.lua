-- Mutants of the lifecycle: contexts, start-up/configure verdicts,
-- on_done/proxy_done, set_effective_context, deferred work, stream end:
-- runtimes/hosts/reference/{context,driver,env,stream_drv}.c and the glue.
local D = "runtimes/hosts/reference/driver.c"
local C = "runtimes/hosts/reference/context.c"
local E = "runtimes/hosts/reference/env.c"
local S = "runtimes/hosts/reference/stream_drv.c"
add { id = "lifecycle-verdict-ignored", area = "lifecycle", file = D,
  find = "  return rc == PW_DRV_OK && v == 0 ? PW_DRV_REJECTED : rc;",
  replace = "  (void)v;\n  return rc;",
  why = "a false from on_vm_start / on_configure does not reject", sample = true }
add { id = "lifecycle-missing-start-rejects", area = "lifecycle", file = D,
  find = "  rc = ref_leave(h, rc, \"proxy_on_start\", &v, 1);",
  replace = "  rc = ref_leave(h, rc, \"proxy_on_start\", &v, 0);",
  why = "a module without on_vm_start is rejected (every callback is optional)" }
add { id = "lifecycle-vm-config-lost", area = "lifecycle", file = D,
  find = "  r->vm_cfg = ref_dup(vm_config.ptr, vm_config.len);",
  replace = "  r->vm_cfg = ref_dup(vm_config.ptr, 0);",
  why = "the VM configuration never reaches the root" }
add { id = "lifecycle-root-plugin-name", area = "lifecycle", file = D,
  find = "  ref_prop_put_str(&r->props, \"plugin_root_id\", name, strlen(name));",
  replace = "",
  why = "the plugin_root_id property is missing" }
add { id = "lifecycle-missing-callback-abi", area = "lifecycle", file = C,
  find = "  case PW_CALL_MISSING:\n    if (ret != NULL)\n      *ret = dflt;",
  replace = "  case PW_CALL_MISSING:\n    snprintf(h->err, sizeof h->err, \"missing\");\n    return PW_DRV_ABI;\n    if (ret != NULL)\n      *ret = dflt;",
  why = "a callback the module does not export is an error instead of not called" }
add { id = "lifecycle-bad-result-ok", area = "lifecycle", file = C,
  find = "  case PW_CALL_BAD_RESULT:\n", replace = "  case PW_CALL_BAD_RESULT:\n    return PW_DRV_OK;\n",
  why = "an out-of-range callback result is accepted" }
add { id = "lifecycle-trap-not-failed", area = "lifecycle", file = C,
  find = "  default:\n    h->failed = 1;", replace = "  default:\n    h->failed = 0;",
  why = "a trap does not fail the VM (later calls still run)" }
add { id = "lifecycle-ids-reused", area = "lifecycle", file = C,
  find = "  c->id = ++h->nctx;", replace = "  c->id = ++h->nctx;\n  if (c->id > 2 && ref_ctx_get(h, c->id - 1) == NULL) c->id = --h->nctx;",
  why = "the id of a deleted context is reused" }
add { id = "lifecycle-drain-first-failure-lost", area = "lifecycle", file = C,
  find = "    if (rc == PW_DRV_OK)\n      rc = r;\n  }\n  return rc;\n}\n\n/* Finish",
  replace = "    (void)r;\n  }\n  return rc;\n}\n\n/* Finish",
  why = "a deferred callback's failure is not reported" }
add { id = "lifecycle-failed-vm-runs", area = "lifecycle", file = C,
  find = "  return h->failed ? PW_DRV_FAILED : PW_DRV_OK;", replace = "  return 0 * h->failed + PW_DRV_OK;",
  why = "a VM that trapped keeps running callbacks" }
add { id = "lifecycle-effective-any-id", area = "lifecycle", file = E,
  find = "  if (ref_ctx_live(h, id) == NULL)\n    return BAD;",
  replace = "  if (ref_ctx_live(h, id) == NULL)\n    return OK;",
  why = "set_effective_context accepts an unknown id" }
add { id = "lifecycle-effective-ignored", area = "lifecycle", file = E,
  find = "  h->eff = id;\n  return OK;", replace = "  return OK;",
  why = "set_effective_context answers ok but does not switch" }
add { id = "lifecycle-done-not-pending", area = "lifecycle", file = E,
  find = "  if (r == NULL || r->dead || !r->pending)",
  replace = "  if (r == NULL || r->dead)",
  why = "proxy_done deletes a root that was not waiting" }
add { id = "lifecycle-done-no-delete", area = "lifecycle", file = E,
  find = "  ref_defer_add(h, delete_root, r->id, 0);", replace = "  (void)delete_root;",
  why = "proxy_done never deletes the pending root" }
add { id = "lifecycle-log-before-done", area = "lifecycle", file = S,
  find = "  return finish(h, c, h->o.log_first ? \"ldx\" : \"dlx\");",
  replace = "  return finish(h, c, \"ldx\");",
  why = "on_log runs before on_done under spec-strict" }
add { id = "lifecycle-no-on-log", area = "lifecycle", file = S,
  find = "  return finish(h, c, h->o.log_first ? \"ldx\" : \"dlx\");",
  replace = "  return finish(h, c, h->o.log_first ? \"dx\" : \"dx\");",
  why = "on_log is never called at the end of a stream" }
add { id = "lifecycle-create-twice", area = "lifecycle", file = S,
  find = "  if (c->created)\n    return PW_DRV_OK;", replace = "",
  why = "on_context_create runs again for every callback of a stream" }
add { id = "lifecycle-body-hold-watermark", area = "lifecycle", file = S,
  find = "  c->body_hold[d] = rc == PW_DRV_OK && (v == 1 || v == 2);",
  replace = "  c->body_hold[d] = rc == PW_DRV_OK && v == 1;",
  why = "stop_iteration_and_watermark does not hold the body" }
for _, v in ipairs({ "v0_2_1", "v1alpha" }) do
  add { id = "lifecycle-glue-" .. v .. "-headers-status-unchecked", area = "lifecycle", file = G[v],
    find = "  if (!pw_" .. P[v] .. "_filter_headers_status_valid((uint32_t)r[0]))\n    return PW_CALL_BAD_RESULT;\n  return PW_CALL_OK;\n}\n\nstatic int call_proxy_on_request_body(",
    replace = "  return PW_CALL_OK;\n}\n\nstatic int call_proxy_on_request_body(",
    why = v .. " glue: an out-of-range on_request_headers result is not caught" }
end
