-- Mutants of proxy_http_call and its response (callback, maps 6/7,
-- buffer 4, proxy_get_status after a failure):
-- runtimes/hosts/reference/{callout,answer,env}.c and the glue.
local C = "runtimes/hosts/reference/callout.c"
local A = "runtimes/hosts/reference/answer.c"
local E = "runtimes/hosts/reference/env.c"
add { id = "http_call-missing-pseudo-ok", area = "http_call", file = C,
  find = "  return has(hdr, \":method\") && has(hdr, \":path\") && has(hdr, \":authority\")\n      ? 0 : -1;",
  replace = "  return has(hdr, \":method\") && has(hdr, \":path\")\n      ? 0 : -1;",
  why = "a call without :authority is accepted" }
add { id = "http_call-bad-trailers-ok", area = "http_call", file = C,
  find = "  if (bad || pairs_in(h, hp, hdr) != 0 || timeout > INT32_MAX ||",
  replace = "  if ((bad & 0) || pairs_in(h, hp, hdr) != 0 || timeout > INT32_MAX ||",
  why = "malformed trailer pairs are accepted" }
add { id = "http_call-empty-uri-ok", area = "http_call", file = C,
  find = "      uri.len == 0 || ref_root_of(h, ref_eff(h)) == NULL)",
  replace = "      (uri.len & 0) || ref_root_of(h, ref_eff(h)) == NULL)",
  why = "an empty upstream is accepted" }
add { id = "http_call-down-ok", area = "http_call", file = C,
  find = "      ? BAD : down(uri) ? PW_WASM_RESULT_INTERNAL_FAILURE : OK;",
  replace = "      ? BAD : OK;",
  why = "a call to a cluster that cannot be reached answers ok" }
add { id = "http_call-token-zero", area = "http_call", file = C,
  find = "  h->next_http += 4;", replace = "  h->next_http += 0;",
  why = "every call gets the same token" }
add { id = "http_call-no-content-length", area = "http_call", file = C,
  find = "  if (body.len > 0 && !has(&hdr, \"content-length\")) {",
  replace = "  if (0) {",
  why = "a call with a body gets no content-length header" }
add { id = "http_call-response-not-offered", area = "http_call", file = A,
  find = "    offer_buf(h, PW_BUFFER_TYPE_HTTP_CALL_RESPONSE_BODY, 1);",
  replace = "",
  why = "the response body is not readable in on_http_call_response", sample = true }
add { id = "http_call-headers-not-offered", area = "http_call", file = A,
  find = "    offer_map(h, PW_HEADERS_TYPE_HTTP_CALL_RESPONSE_HEADERS);", replace = "",
  why = "the response headers are not readable in on_http_call_response" }
add { id = "http_call-counts-swapped", area = "http_call", file = A,
  find = "  rc = pw_call_proxy_on_http_call_response(h->env, root, token, nh,\n                                               nbody, nt);",
  replace = "  rc = pw_call_proxy_on_http_call_response(h->env, root, token, nt,\n                                               nbody, nh);",
  why = "on_http_call_response gets headers and trailers counts swapped" }
add { id = "http_call-token-kept", area = "http_call", file = A,
  find = "  ref_callout_drop(h, c);\n  rc = pw_call_proxy_on_http_call_response(",
  replace = "  rc = pw_call_proxy_on_http_call_response(",
  why = "an answered call stays pending (a second answer is delivered)" }
add { id = "http_call-failure-status", area = "http_call", file = A,
  find = "  r->st_code = PW_WASM_RESULT_BROKEN_CONNECTION;",
  replace = "  r->st_code = PW_WASM_RESULT_INTERNAL_FAILURE;",
  why = "a failed call's status is internal_failure, not broken_connection" }
add { id = "http_call-get-status-code-lost", area = "http_call", file = E,
  find = "  *code = r ? r->st_code : 0;", replace = "  *code = 0;",
  why = "proxy_get_status always reports ok" }
add { id = "http_call-get-status-message-lost", area = "http_call", file = E,
  find = "  if (r == NULL || r->st_msg.n == 0)\n    return OK;",
  replace = "  if (1)\n    return OK;",
  why = "proxy_get_status never reports the message" }
for _, v in ipairs({ "v1alpha", "v0_2_1" }) do
  add { id = "http_call-glue-" .. v .. "-token-not-stored", area = "http_call", file = G[v],
    find = "  rc = ops->proxy_http_call(e->host, uri, header_pairs, body, trailer_pairs,",
    replace = "  token = 0;\n  rc = ops->proxy_http_call(e->host, uri, header_pairs, body, trailer_pairs,",
    equivalent = "the host op writes the token after, so clearing it before changes nothing",
    why = v .. " glue: the token is cleared before the call" }
  mem_as_arg("http_call", { v }, "proxy_http_call.uri")
end
for _, v in ipairs({ "v0_1_0", "v0_2_1" }) do
  add { id = "http_call-glue-" .. v .. "-status-code", area = "http_call", file = G[v],
    find = "    pw_store32(e, code_ptr, code);", replace = "    pw_store32(e, code_ptr, 0);",
    why = v .. " glue: proxy_get_status never stores the code" }
end
