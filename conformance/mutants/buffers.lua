-- Mutants of the buffers (proxy_get_buffer_bytes, proxy_get_buffer_status,
-- proxy_set_buffer_bytes): runtimes/hosts/reference/buffers.c and the glue.
local F = "runtimes/hosts/reference/buffers.c"
add { id = "buffers-missing-empty-ok", area = "buffers", file = F,
  find = "  if (b == NULL)\n    return PW_WASM_RESULT_NOT_FOUND;\n  if (start >= b->n)",
  replace = "  if (b == NULL)\n    return OK;\n  if (start >= b->n)",
  why = "a buffer that does not exist reads as ok and empty" }
add { id = "buffers-range-not-clamped", area = "buffers", file = F,
  find = "  n = b->n - start < length ? b->n - start : length;",
  replace = "  n = length;\n  if (n > b->n - start) n = b->n - start + 1;",
  why = "a length past the end reads one byte too many" }
add { id = "buffers-start-ignored", area = "buffers", file = F,
  find = "  return ref_give(buf, b->p + start, n);", replace = "  return ref_give(buf, b->p, n);",
  why = "get_buffer_bytes ignores the start offset", sample = true }
add { id = "buffers-start-past-end-notfound", area = "buffers", file = F,
  find = "  if (start >= b->n)\n    return OK;",
  replace = "  if (start >= b->n)\n    return PW_WASM_RESULT_NOT_FOUND;",
  why = "a start at or past the end answers not_found instead of ok, empty" }
add { id = "buffers-status-len-off", area = "buffers", file = F,
  find = "  *len = b->n;", replace = "  *len = b->n ? b->n - 1 : 0;",
  why = "buffer status reports one byte less" }
add { id = "buffers-eos-flag-never", area = "buffers", file = F,
  find = "  *flags = eos && !h->o.eos_never ? PW_BUFFER_FLAGS_END_OF_STREAM : 0;",
  replace = "  *flags = 0;",
  why = "end_of_stream is never reported in the buffer flags" }
add { id = "buffers-eos-flag-always", area = "buffers", file = F,
  find = "  *flags = eos && !h->o.eos_never ? PW_BUFFER_FLAGS_END_OF_STREAM : 0;",
  replace = "  *flags = PW_BUFFER_FLAGS_END_OF_STREAM;",
  why = "end_of_stream is always reported" }
add { id = "buffers-body-outside-callback", area = "buffers", file = F,
  find = "  if (!in_cb(h, c, cb, d) && !c->body_hold[d])\n    return NULL;",
  replace = "  (void)cb, (void)h;",
  why = "body buffers are readable outside their callback, unheld" }
add { id = "buffers-body-hold-ignored", area = "buffers", file = F,
  find = "  if (!in_cb(h, c, cb, d) && !c->body_hold[d])",
  replace = "  if (!in_cb(h, c, cb, d))",
  why = "a body held with a buffering status is gone after its callback" }
add { id = "buffers-body-direction", area = "buffers", file = F,
  find = "  return t == PW_BUFFER_TYPE_HTTP_RESPONSE_BODY ||\n         t == PW_BUFFER_TYPE_NETWORK_UPSTREAM_DATA;",
  replace = "  return t == PW_BUFFER_TYPE_NETWORK_UPSTREAM_DATA;",
  why = "the response body is read from the request side" }
add { id = "buffers-callout-writable", area = "buffers", file = F,
  find = "  if (t >= REF_CB_BUFS)\n    return BAD;",
  replace = "  if (t >= REF_CB_BUFS)\n    return OK;",
  why = "set_buffer_bytes on a read-only buffer (callout, configuration) answers ok" }
add { id = "buffers-set-missing-bad", area = "buffers", file = F,
  find = "  if (b == NULL)\n    return PW_WASM_RESULT_NOT_FOUND;\n  return splice(",
  replace = "  if (b == NULL)\n    return BAD;\n  return splice(",
  why = "set_buffer_bytes on an absent stream buffer answers bad_argument, not not_found" }
add { id = "buffers-splice-append-past-end", area = "buffers", file = F,
  find = "  uint32_t at = start < b->n ? start : b->n, cut;",
  replace = "  uint32_t at = start < b->n ? start : 0, cut;",
  why = "a start past the end prepends instead of appending" }
add { id = "buffers-splice-cut-zero", area = "buffers", file = F,
  find = "  cut = b->n - at < length ? b->n - at : length;",
  replace = "  cut = 0;",
  why = "set_buffer_bytes inserts and never replaces" }
add { id = "buffers-splice-tail-lost", area = "buffers", file = F,
  find = "  if (tail > 0)\n    ref_append(&s, b->p + at + cut, tail);", replace = "  (void)tail;",
  why = "the bytes after the replaced range are dropped" }
add { id = "buffers-config-any-time", area = "buffers", file = F,
  find = "  if (r == NULL || r->dead || mode == REF_CFGBUF_CALLBACK)",
  replace = "  if (r == NULL || r->dead)",
  why = "configuration buffers 6/7 readable outside their callbacks under spec-strict" }
add { id = "buffers-data-outside-callback", area = "buffers", file = F,
  find = "  if (!in_cb(h, c, REF_CB_DATA, d) && !c->data_hold[d])\n    return NULL;",
  replace = "  (void)h;",
  why = "L4 data readable outside its callback, unheld" }
for _, v in ipairs({ "v0_1_0", "v0_2_0", "v0_2_1", "vnext" }) do
  add { id = "buffers-glue-" .. v .. "-set-bytes-length", area = "buffers", file = G[v],
    find = "  rc = ops->proxy_set_buffer_bytes(e->host, buffer_type, start, length, value);",
    replace = "  (void)length;\n  rc = ops->proxy_set_buffer_bytes(e->host, buffer_type, start, value.len, value);",
    why = v .. " glue: set_buffer_bytes passes the value's length as the length to replace" }
end
arg_unchecked("buffers", ALL, "proxy_get_buffer_bytes", "buffer_type", "buffer_type")
arg_unchecked("buffers", { "v0_1_0", "v0_2_1" }, "proxy_set_buffer_bytes", "buffer_type", "buffer_type",
  "the host refuses every type past the stream buffers itself (ref_set_buffer: bad_argument), the glue's status; the guest cannot tell which layer answered")
for _, v in ipairs({ "v1alpha", "v0_2_1" }) do
  add { id = "buffers-glue-" .. v .. "-flags-not-stored", area = "buffers", file = G[v],
    find = "    pw_store32(e, flags_ptr, flags);", replace = "    pw_store32(e, flags_ptr, 0);",
    why = v .. " glue: buffer status flags never reach the guest" }
end
