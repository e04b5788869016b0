local BAD = { "proxy_set_buffer_bytes", "invalid_memory_access" }
return {
  title = "set_buffer_bytes with a value outside memory is invalid_memory_access and changes nothing",
  kind = "spec-mandated",
  abi = { "v0_1_0", "v0_2_0", "v0_2_1", "vnext" },
  class = "negative",
  steps = {
    { "http_open", ctx = "root", as = "s" },
    { "request_headers", ctx = "s",
      headers = { { ":method", "POST" }, { ":path", "/" } },
      expect = { ret = "continue" } },
    { "request_body", ctx = "s", body = "body", eos = true, expect = {
      ret = "continue",
      calls = { BAD, BAD, BAD,
                { "proxy_get_buffer_bytes", "ok", out = { buf = "body", buf_len = 4 } } },
      buffer = { ctx = "s", type = "http_request_body", bytes = "body" } } },
  },
}
