-- Mutants of the header maps: runtimes/hosts/reference/maps.c and the
-- glue's map-type validation and renumbering (v1alpha numbers the maps
-- differently), 0.1.0's missing-header-is-ok, the header callbacks'
-- end_of_stream arity.
local F = "runtimes/hosts/reference/maps.c"

add { id = "headers-add-readonly", area = "headers", file = F,
  find = "  if (access(host, t, &m) != RW)\n    return BAD;\n  ref_map_add(",
  replace = "  if (access(host, t, &m) == NONE)\n    return BAD;\n  ref_map_add(",
  why = "adding to a read-only map is accepted" }
add { id = "headers-replace-readonly", area = "headers", file = F,
  find = "  if (access(host, t, &m) != RW)\n    return BAD;\n  ref_map_replace(",
  replace = "  if (access(host, t, &m) == NONE)\n    return BAD;\n  ref_map_replace(",
  why = "replacing in a read-only map is accepted" }
add { id = "headers-remove-readonly", area = "headers", file = F,
  find = "  if (access(host, t, &m) != RW)\n    return BAD;\n  ref_map_remove(",
  replace = "  if (access(host, t, &m) == NONE)\n    return BAD;\n  ref_map_remove(",
  why = "removing from a read-only map is accepted" }
add { id = "headers-add-replaces", area = "headers", file = F,
  find = "  ref_map_add(m, key.ptr, key.len, value.ptr, value.len);",
  replace = "  ref_map_replace(m, key.ptr, key.len, value.ptr, value.len);",
  why = "add overwrites an existing header instead of adding a second value", sample = true }
add { id = "headers-replace-adds", area = "headers", file = F,
  find = "  ref_map_replace(m, key.ptr, key.len, value.ptr, value.len);",
  replace = "  ref_map_add(m, key.ptr, key.len, value.ptr, value.len);",
  why = "replace appends a second value instead of replacing" }
add { id = "headers-remove-noop", area = "headers", file = F,
  find = "  ref_map_remove(m, key.ptr, key.len);", replace = "  (void)key;",
  why = "remove returns ok but removes nothing" }
add { id = "headers-get-missing-ok", area = "headers", file = F,
  find = "  if (e == NULL)\n    return PW_WASM_RESULT_NOT_FOUND;\n  return ref_give(value, e->v.p, e->v.n);",
  replace = "  if (e == NULL)\n    return ref_give(value, NULL, 0);\n  return ref_give(value, e->v.p, e->v.n);",
  why = "a missing header reads as ok and empty in every version (0.1.0's rule applied everywhere)" }
add { id = "headers-get-on-log-bad", area = "headers", file = F,
  find = "    return h->cb == REF_CB_LOG ? PW_WASM_RESULT_NOT_FOUND : BAD;",
  replace = "    return BAD;",
  why = "a map gone by on_log answers bad_argument instead of not_found" }
add { id = "headers-size-bytes", area = "headers", file = F,
  find = "  *len = (uint32_t)m->n;", replace = "  *len = (uint32_t)m->n + 1;",
  why = "the map size is off by one" }
add { id = "headers-set-pairs-keeps", area = "headers", file = F,
  find = "  ref_map_clear(m);\n  *m = tmp;", replace = "  for (size_t i = 0; i < tmp.n; i++)\n    ref_map_add(m, tmp.e[i].k.p, tmp.e[i].k.n, tmp.e[i].v.p, tmp.e[i].v.n);\n  ref_map_clear(&tmp);",
  why = "set_header_map_pairs merges into the map instead of replacing it" }
add { id = "headers-set-pairs-bad-accepted", area = "headers", file = F,
  find = "  if (ref_pairs_decode(buf, &tmp) != 0 && !h->o.bad_pairs_empty)\n    return BAD;",
  replace = "  (void)ref_pairs_decode(buf, &tmp);",
  why = "malformed pairs are accepted as an empty map under spec-strict" }
add { id = "headers-request-writable-after-response", area = "headers", file = F,
  find = "    return c->closing || c->resp_started ? RO : RW;",
  replace = "    return c->closing ? RO : RW;",
  why = "request headers stay writable once the response has started" }
add { id = "headers-released-readable", area = "headers", file = F,
  find = "  if (c->resp_released)\n    return NONE;",
  replace = "  if (c->resp_released && 0)\n    return NONE;",
  why = "response maps remain after continue_response" }
add { id = "headers-grpc-create-readonly", area = "headers", file = F,
  find = "    return t == PW_HEADERS_TYPE_GRPC_CREATE_INITIAL_METADATA ? RW : RO;",
  replace = "    return RO;",
  why = "the gRPC initial metadata being created is read-only" }
add { id = "headers-callback-maps-writable", area = "headers", file = F,
  find = "    return t == PW_HEADERS_TYPE_GRPC_CREATE_INITIAL_METADATA ? RW : RO;",
  replace = "    return RW;",
  why = "http call response headers and gRPC metadata are writable" }
add { id = "headers-pairs-empty-count0", area = "headers", file = F,
  find = "  return ref_status(ref_pairs_encode(m, h->o.empty_map_count0, buf));",
  replace = "  return ref_status(ref_pairs_encode(m, !h->o.empty_map_count0, buf));",
  why = "an empty map is serialized as count 0 instead of no bytes (option inverted)" }
add { id = "headers-trailers-at-end", area = "headers", file = F,
  find = "(c->closing && t == ref_trailers(PW_DIR_REQUEST))",
  replace = "(0 && t == ref_trailers(PW_DIR_REQUEST))",
  why = "request trailers survive to the end of the stream" }
-- glue: the map type is checked in every version
for _, v in ipairs(ALL) do
  add { id = "headers-glue-" .. v .. "-maptype-bound", area = "headers", file = G[v],
    find = "int pw_" .. P[v] .. "_headers_type_valid(uint32_t v)\n{\n  return v < UINT32_C(",
    replace = "int pw_" .. P[v] .. "_headers_type_valid(uint32_t v)\n{\n  return v < 1 + UINT32_C(",
    why = v .. " glue: the map type one past the last is accepted" }
end
arg_unchecked("headers", ALL, "proxy_get_header_map_value", "headers_type", "headers_type")
arg_unchecked("headers", { "v1alpha", "v0_2_1" }, "proxy_add_header_map_value", "headers_type", "headers_type")
arg_unchecked("headers", { "v1alpha", "v0_1_0" }, "proxy_get_header_map_pairs", "headers_type", "headers_type")
mem_as_arg("headers", { "v1alpha", "v0_2_1" }, "proxy_get_header_map_value.key")
-- v1alpha renumbering
add { id = "headers-glue-v1alpha-canon-create-md", area = "headers", file = G.v1alpha,
  find = "  case PW_V1A_HEADERS_TYPE_GRPC_CREATE_INITIAL_METADATA:\n    return PW_HEADERS_TYPE_GRPC_CREATE_INITIAL_METADATA;",
  replace = "  case PW_V1A_HEADERS_TYPE_GRPC_CREATE_INITIAL_METADATA:\n    return PW_HEADERS_TYPE_GRPC_RECEIVE_INITIAL_METADATA;",
  why = "v1alpha glue: map 4 (create metadata) renumbered to the receive map" }
add { id = "headers-glue-v1alpha-canon-identity", area = "headers", file = G.v1alpha,
  find = "  case PW_V1A_HEADERS_TYPE_HTTP_CALL_RESPONSE_HEADERS:\n    return PW_HEADERS_TYPE_HTTP_CALL_RESPONSE_HEADERS;",
  replace = "  case PW_V1A_HEADERS_TYPE_HTTP_CALL_RESPONSE_HEADERS:\n    return PW_V1A_HEADERS_TYPE_HTTP_CALL_RESPONSE_HEADERS;",
  why = "v1alpha glue: the http call response headers passed in v1alpha numbering (no renumbering)" }
add { id = "headers-glue-v1alpha-canon-trailers", area = "headers", file = G.v1alpha,
  find = "  case PW_V1A_HEADERS_TYPE_RESPONSE_TRAILERS:\n    return PW_HEADERS_TYPE_RESPONSE_TRAILERS;",
  replace = "  case PW_V1A_HEADERS_TYPE_RESPONSE_TRAILERS:\n    return PW_HEADERS_TYPE_RESPONSE_HEADERS;",
  why = "v1alpha glue: response trailers read the response headers" }
-- 0.1.0: a missing header is ok and empty
add { id = "headers-glue-v0_1_0-missing-not-found", area = "headers", file = G.v0_1_0,
  find = "  if (rc == PW_WASM_RESULT_NOT_FOUND) {   /* v0_1_0: ok, empty */\n    rc = PW_WASM_RESULT_OK;",
  replace = "  if (rc == PW_WASM_RESULT_NOT_FOUND && 0) {\n    rc = PW_WASM_RESULT_OK;",
  why = "0.1.0 glue: a missing header answers not_found (0.1.0 hosts say ok, empty)" }
add { id = "headers-glue-v0_1_0-missing-stale-len", area = "headers", file = G.v0_1_0,
  find = "    rc = PW_WASM_RESULT_OK;\n    value.len = 0;",
  replace = "    rc = PW_WASM_RESULT_OK;\n    value.len = 1;",
  why = "0.1.0 glue: a missing header reads as one byte, not empty" }
add { id = "headers-glue-v0_2_1-missing-ok", area = "headers", file = G.v0_2_1,
  find = "  rc = ops->proxy_get_header_map_value(e->host, headers_type, key, &value);\n",
  replace = "  rc = ops->proxy_get_header_map_value(e->host, headers_type, key, &value);\n  if (rc == PW_WASM_RESULT_NOT_FOUND) { rc = PW_WASM_RESULT_OK; value.len = 0; }\n",
  why = "0.2.1 glue: 0.1.0's missing-header-is-ok leaks into 0.2.1" }
-- end_of_stream of the header callbacks (0.1.0: 2 params; later 3)
for _, v in ipairs({ "v0_2_0", "v0_2_1", "vnext" }) do
  add { id = "headers-glue-" .. v .. "-request-eos-dropped", area = "headers", file = G[v],
    find = "  const uint64_t a[3] = { context_id, headers_count, end_of_stream};\n  uint64_t r[1] = {0};\n  int rc = e->eng->call(e->eng_ctx, PW_" .. P[v]:upper() .. "_X_PROXY_ON_REQUEST_HEADERS,",
    replace = "  (void)end_of_stream;\n  const uint64_t a[3] = { context_id, headers_count, 0};\n  uint64_t r[1] = {0};\n  int rc = e->eng->call(e->eng_ctx, PW_" .. P[v]:upper() .. "_X_PROXY_ON_REQUEST_HEADERS,",
    why = v .. " glue: on_request_headers always gets end_of_stream 0" }
end
add { id = "headers-glue-v0_2_1-response-eos-inverted", area = "headers", file = G.v0_2_1,
  find = "  const uint64_t a[3] = { context_id, headers_count, end_of_stream};\n  uint64_t r[1] = {0};\n  int rc = e->eng->call(e->eng_ctx, PW_V021_X_PROXY_ON_RESPONSE_HEADERS,",
  replace = "  const uint64_t a[3] = { context_id, headers_count, !end_of_stream};\n  uint64_t r[1] = {0};\n  int rc = e->eng->call(e->eng_ctx, PW_V021_X_PROXY_ON_RESPONSE_HEADERS,",
  why = "0.2.1 glue: on_response_headers gets end_of_stream inverted" }
add { id = "headers-glue-v0_1_0-request-count", area = "headers", file = G.v0_1_0,
  find = "  const uint64_t a[2] = { context_id, headers_count};\n  uint64_t r[1] = {0};\n  int rc = e->eng->call(e->eng_ctx, PW_V010_X_PROXY_ON_REQUEST_HEADERS,",
  replace = "  const uint64_t a[2] = { context_id, headers_count + 1};\n  uint64_t r[1] = {0};\n  int rc = e->eng->call(e->eng_ctx, PW_V010_X_PROXY_ON_REQUEST_HEADERS,",
  why = "0.1.0 glue: on_request_headers gets a wrong header count" }
-- the memory view after the guest's allocator ran (runtimes/core)
add { id = "headers-rt-view-stale-after-alloc", area = "headers",
  file = "runtimes/core/pwabi_rt.h",
  find = "    pw_view_memory(e);                       /* memory may have grown */\n",
  replace = "",
  why = "runtime: bytes are placed through the view taken before the allocator grew memory" }
