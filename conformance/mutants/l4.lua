-- Mutants of L4 (connections, data buffers 2/3, continue/close of the L4
-- sides): runtimes/hosts/reference/{stream,stream_drv}.c.
local S = "runtimes/hosts/reference/stream.c"
local D = "runtimes/hosts/reference/stream_drv.c"
add { id = "l4-data-hold-ignored", area = "l4", file = D,
  find = "  c->data_hold[d] = rc == PW_DRV_OK && v != 0;",
  replace = "  c->data_hold[d] = 0;",
  why = "stop_iteration on L4 data does not hold it" }
add { id = "l4-data-eos-lost", area = "l4", file = D,
  find = "  c->data_eos[d] = eos != 0;", replace = "  c->data_eos[d] = 0;",
  why = "the end of stream of L4 data is lost" }
add { id = "l4-closed-side-data", area = "l4", file = D,
  find = "  uint32_t v = 0;\n\n  if (c == NULL || c->side_closed[d])\n    return c == NULL ? rc : PW_DRV_USAGE;",
  replace = "  uint32_t v = 0;\n\n  if (c == NULL)\n    return rc;",
  equivalent = "only driver misuse reaches it: a proxy never hands data on a side it closed, and the driver refuses it (PW_DRV_USAGE), which a case cannot make (the executor treats misuse as an error of the case)",
  why = "data after a side closed is delivered" }
add { id = "l4-new-connection-skipped", area = "l4", file = D,
  find = "  rc = pw_call_proxy_on_new_connection(h->env, c->id, &v);",
  replace = "  rc = PW_CALL_OK;",
  why = "on_new_connection is never called" }
add { id = "l4-continue-upstream-release", area = "l4", file = S,
  find = "    c->data_hold[t - PW_STREAM_TYPE_DOWNSTREAM] = 0;",
  replace = "    c->data_hold[PW_STREAM_TYPE_UPSTREAM - t] = 0;",
  why = "continuing one L4 side releases the other" }
add { id = "l4-continue-refusal-spec", area = "l4", file = S,
  find = "  if (rule == REF_HOST_SPEC)\n    return OK;",
  replace = "  if (0)\n    return OK;",
  why = "continue_stream(upstream) answers unimplemented under spec-strict (Envoy's refusal forced)" }
add { id = "l4-close-connection-noop", area = "l4", file = S,
  find = "  return is_http(t) ? ref_http_end(h, c) : ref_tcp_end(h, c);",
  replace = "  return is_http(t) ? ref_http_end(h, c) : PW_DRV_OK;",
  why = "close_stream on an L4 side does not close the connection" }
add { id = "l4-stream-kind-any", area = "l4", file = S,
  find = "  return c != NULL && c->kind == kind && !c->dead ? c : NULL;",
  replace = "  (void)kind;\n  return c != NULL && !c->dead ? c : NULL;",
  why = "stream actions apply to a context of the wrong kind" }
