return {
  title = "body buffers are not_found outside their body callbacks",
  kind = "spec-mandated",
  abi = "all",
  class = "negative",
  steps = {
    { "http_open", ctx = "root", as = "s" },
    { "request_headers", ctx = "s",
      headers = { { ":method", "POST" }, { ":path", "/" } },
      expect = {
        ret = "continue",
        calls = {
          { "proxy_get_buffer_bytes", "not_found" },
          { "proxy_get_buffer_status", "not_found" },
        },
      } },
    { "request_body", ctx = "s", body = "req", eos = true,
      expect = { ret = "continue" } },
    { "response_headers", ctx = "s", headers = { { ":status", "200" } },
      expect = {
        ret = "continue",
        calls = {
          { "proxy_get_buffer_bytes", "not_found" },   -- request body
          { "proxy_get_buffer_status", "not_found" },
          { "proxy_get_buffer_bytes", "not_found" },   -- response body
          { "proxy_get_buffer_status", "not_found" },
        },
      } },
    { "response_body", ctx = "s", body = "resp", eos = true,
      expect = {
        ret = "continue",
        calls = {
          { "proxy_get_buffer_bytes", "not_found" },   -- request body
          { "proxy_get_buffer_status", "not_found" },
        },
      } },
  },
}
