-- Mutants of gRPC calls and streams (proxy_grpc_call/stream/send/close/
-- cancel, the receive callbacks, v1alpha's create_initial_metadata vs the
-- initial_metadata argument of 0.1.0 and later): runtimes/hosts/reference/
-- {callout,answer}.c and the glue.
local C = "runtimes/hosts/reference/callout.c"
local A = "runtimes/hosts/reference/answer.c"
add { id = "grpc-empty-service-bad", area = "grpc", file = C,
  find = "  if (svc.len == 0)\n    return PW_WASM_RESULT_PARSE_FAILURE;",
  replace = "  if (svc.len == 0)\n    return BAD;",
  why = "an empty service answers bad_argument, not parse_failure" }
add { id = "grpc-no-client-ok", area = "grpc", file = C,
  find = "  if (named(svc, REF_NO_CLIENT_UPSTREAM) || ref_root_of(h, ref_eff(h)) == NULL)",
  replace = "  if (ref_root_of(h, ref_eff(h)) == NULL)",
  why = "a cluster without a client is accepted" }
add { id = "grpc-bad-metadata-ok", area = "grpc", file = C,
  find = "  if (rc == OK && pairs_in(h, md, m) != 0)\n    rc = BAD;",
  replace = "  if (rc == OK)\n    (void)pairs_in(h, md, m);",
  why = "malformed initial metadata pairs are accepted" }
add { id = "grpc-metadata-dropped", area = "grpc", file = C,
  find = "  ref_map_copy(&c->headers, md);", replace = "  (void)md;",
  why = "the initial metadata of a call is dropped" }
add { id = "grpc-token-bits", area = "grpc", file = C,
  find = "  c = callout_new(h, kind, *next | (kind == 'g' ? 1u : 2u));",
  replace = "  c = callout_new(h, kind, *next | 1u);",
  why = "streams get call tokens (send on a stream refused)" }
add { id = "grpc-send-on-call", area = "grpc", file = C,
  find = "  if ((token & 3) != 2 && (stream_only || (token & 3) != 1))",
  replace = "  if ((token & 3) != 2 && (token & 3) != 1)",
  why = "grpc_send on a unary call token is accepted" }
add { id = "grpc-closed-stream-send", area = "grpc", file = C,
  find = "  if (c == NULL || c->done || (stream_only && c->local_closed))",
  replace = "  if (c == NULL || c->done)",
  why = "sending on a half-closed stream is accepted" }
add { id = "grpc-cancel-noop", area = "grpc", file = C,
  find = "  c->done = c->local_closed = 1;", replace = "  c->local_closed = 1;",
  why = "a cancelled call still delivers its answer" }
add { id = "grpc-close-call-open", area = "grpc", file = C,
  find = "  if (c->kind == 'g')\n    c->done = 1;", replace = "",
  why = "closing a unary call does not end it" }
add { id = "grpc-send-end-ignored", area = "grpc", file = C,
  find = "  if (end_stream)\n    c->local_closed = 1;", replace = "",
  why = "end_stream on grpc_send does not half-close" }
add { id = "grpc-create-md-skipped", area = "grpc", file = C,
  find = "  if (c == NULL || c->done)\n    return PW_DRV_OK;\n",
  replace = "  if (1)\n    return PW_DRV_OK;\n",
  why = "v1alpha's proxy_on_grpc_create_initial_metadata is never called" }
add { id = "grpc-receive-md-not-offered", area = "grpc", file = A,
  find = "  offer_map(h, PW_HEADERS_TYPE_GRPC_RECEIVE_INITIAL_METADATA);", replace = "",
  why = "received initial metadata not readable in its callback" }
add { id = "grpc-receive-trailers-not-offered", area = "grpc", file = A,
  find = "  offer_map(h, PW_HEADERS_TYPE_GRPC_RECEIVE_TRAILING_METADATA);", replace = "",
  why = "received trailing metadata not readable in its callback" }
add { id = "grpc-message-not-offered", area = "grpc", file = A,
  find = "  offer_buf(h, PW_BUFFER_TYPE_GRPC_RECEIVE_BUFFER, c->kind == 'g');", replace = "",
  why = "the received message is not readable in on_grpc_receive" }
add { id = "grpc-unary-not-ended", area = "grpc", file = A,
  find = "  if (c->kind == 'g')\n    ref_callout_drop(h, c);", replace = "",
  why = "a unary call stays open after its message" }
add { id = "grpc-close-status-lost", area = "grpc", file = A,
  find = "  r->st_code = status;", replace = "  r->st_code = 0;",
  why = "proxy_get_status in on_grpc_close does not report the gRPC status" }
add { id = "grpc-close-status-arg", area = "grpc", file = A,
  find = "  rc = pw_call_proxy_on_grpc_close(h->env, root, token, status);",
  replace = "  rc = pw_call_proxy_on_grpc_close(h->env, root, token, 0);",
  why = "on_grpc_close gets status 0" }
-- 0.1.0 and later: initial metadata is the call's argument
for _, v in ipairs(NEW) do
  add { id = "grpc-glue-" .. v .. "-call-metadata-dropped", area = "grpc", file = G[v],
    find = "  rc = ops->proxy_grpc_call(e->host, service, service_name, method_name,\n      initial_metadata, request, timeout_ms, &token);",
    replace = "  rc = ops->proxy_grpc_call(e->host, service, service_name, method_name,\n      (pw_bytes)PW_BYTES_EMPTY, request, timeout_ms, &token);",
    why = v .. " glue: grpc_call drops its initial_metadata argument (v1alpha's 9-argument form)" }
end
for _, v in ipairs({ "v0_1_0", "v0_2_1" }) do
  add { id = "grpc-glue-" .. v .. "-stream-metadata-dropped", area = "grpc", file = G[v],
    find = "  rc = ops->proxy_grpc_stream(e->host, service, service_name, method_name,\n      initial_metadata, &token);",
    replace = "  rc = ops->proxy_grpc_stream(e->host, service, service_name, method_name,\n      (pw_bytes)PW_BYTES_EMPTY, &token);",
    why = v .. " glue: grpc_stream drops its initial_metadata argument" }
  mem_as_arg("grpc", { v }, "proxy_grpc_call.initial_metadata")
end
add { id = "grpc-glue-v1alpha-call-metadata-garbage", area = "grpc", file = G.v1alpha,
  find = "  rc = ops->proxy_grpc_call(e->host, service, service_name, method_name,\n      initial_metadata, request, timeout_ms, &token);",
  replace = "  (void)initial_metadata;\n  rc = ops->proxy_grpc_call(e->host, service, service_name, method_name,\n      request, request, timeout_ms, &token);",
  why = "v1alpha glue: the request bytes passed as initial metadata" }
mem_as_arg("grpc", { "v1alpha" }, "proxy_grpc_call.service")
