-- Mutants of continue/close and send_local_response:
-- runtimes/hosts/reference/stream.c and the glue (continue_request /
-- continue_response of v1alpha and 0.1.0, continue_stream / close_stream of 0.2.x).
local S = "runtimes/hosts/reference/stream.c"
add { id = "local_response-no-stream-ok", area = "local_response", file = S,
  find = "  if (c == NULL || (bad && !h->o.bad_pairs_empty))\n    return BAD;",
  replace = "  if (c == NULL)\n    return OK;\n  if (bad && !h->o.bad_pairs_empty)\n    return BAD;",
  why = "a local response outside an HTTP stream answers ok" }
add { id = "local_response-bad-pairs-ok", area = "local_response", file = S,
  find = "  if (c == NULL || (bad && !h->o.bad_pairs_empty))\n    return BAD;",
  replace = "  if (c == NULL)\n    return BAD;",
  why = "malformed headers of a local response are accepted under spec-strict" }
add { id = "local_response-code-lost", area = "local_response", file = S,
  find = "  l->code = code;", replace = "  l->code = 200 + 0 * code;",
  why = "the status code of a local response is not kept" }
add { id = "local_response-body-lost", area = "local_response", file = S,
  find = "  ref_set(&l->body, body.ptr, body.len);", replace = "  ref_set(&l->body, body.ptr, 0);",
  why = "the body of a local response is dropped" }
add { id = "local_response-grpc-lost", area = "local_response", file = S,
  find = "  l->grpc_status = grpc;", replace = "  l->grpc_status = 0 * grpc;",
  why = "the gRPC status of a local response is not kept" }
add { id = "local_response-second-replaces-first", area = "local_response", file = S,
    equivalent = "only the option local_response=first reads this check; spec-strict runs local_response=last, where the mutant behaves the same",
  find = "  if (c->lresp.set && h->o.local_response == REF_LR_FIRST)\n    return OK;",
  replace = "",
  why = "a second local response overrides the first under the first-wins option" }
add { id = "local_response-continue-bad-type-ok", area = "local_response", file = S,
  find = "  if (t >= PW_STREAM_TYPE_LIMIT)\n    return BAD;\n  rc = l4_refusal(host, t);",
  replace = "  if (t >= PW_STREAM_TYPE_LIMIT)\n    return OK;\n  rc = l4_refusal(host, t);",
  equivalent = "every version's glue refuses a stream_type no variant names (bad_argument) before the host sees it; this check is defence in depth",
  why = "continue_stream with an unknown stream type answers ok" }
add { id = "local_response-close-bad-type-ok", area = "local_response", file = S,
  find = "  if (t >= PW_STREAM_TYPE_LIMIT)\n    return BAD;\n  return schedule(host, t, CLOSE, reset);",
  replace = "  if (t >= PW_STREAM_TYPE_LIMIT)\n    return OK;\n  return schedule(host, t, CLOSE, reset);",
  equivalent = "every version's glue refuses a stream_type no variant names (bad_argument) before the host sees it; this check is defence in depth",
  why = "close_stream with an unknown stream type answers ok" }
add { id = "local_response-continue-response-is-request", area = "local_response", file = S,
  find = "  return ref_continue_stream(host, PW_STREAM_TYPE_HTTP_RESPONSE);",
  replace = "  return ref_continue_stream(host, PW_STREAM_TYPE_HTTP_REQUEST);",
  why = "continue_response (v1alpha, 0.1.0) resumes the request side" }
add { id = "local_response-continue-not-released", area = "local_response", file = S,
  find = "    c->resp_released = c->resp_started;",
  replace = "    c->resp_released = 0;",
  why = "the response maps remain after continue_response" }
add { id = "local_response-close-not-while-closing", area = "local_response", file = S,
  find = "  if (c->closing)\n    return PW_DRV_OK;\n  return is_http(t)",
  replace = "  return is_http(t)",
  equivalent = "unreachable: a close asked for during a stream's end is deferred work, run after the driver's call returns (ref_drain), when finish has already killed the stream and run_one skips it (lifecycle/close_stream_while_closing shows the stream ends once)",
  why = "close_stream during the end of the stream ends it twice" }
arg_unchecked("local_response", { "v0_2_0", "v0_2_1", "vnext" }, "proxy_continue_stream", "stream_type", "stream_type",
  "the host refuses a stream_type past the last itself (bad_argument, stream.c), the glue's status; the guest cannot tell which layer answered")
arg_unchecked("local_response", { "v0_2_1" }, "proxy_close_stream", "stream_type", "stream_type",
  "the host refuses a stream_type past the last itself (bad_argument, stream.c), the glue's status; the guest cannot tell which layer answered")
for _, v in ipairs({ "v0_2_0", "v0_2_1" }) do
  add { id = "local_response-glue-" .. v .. "-close-is-continue", area = "local_response", file = G[v],
    find = "  rc = ops->proxy_close_stream(e->host, stream_type);",
    replace = "  rc = ops->proxy_continue_stream(e->host, stream_type);",
    why = v .. " glue: close_stream continues the stream instead" }
end
for _, v in ipairs({ "v1alpha", "v0_1_0" }) do
  add { id = "local_response-glue-" .. v .. "-continue-response-swapped", area = "local_response", file = G[v],
    find = "  rc = ops->proxy_continue_response(e->host);",
    replace = "  rc = ops->proxy_continue_request(e->host);",
    why = v .. " glue: continue_response calls the host's continue_request" }
end
mem_as_arg("local_response", { "v1alpha", "v0_2_1" }, "proxy_send_local_response.body")
