return {
  title = "HTTP call response headers, trailers and body are gone after on_http_call_response",
  kind = "spec-mandated",
  class = "negative",
  abi = "all",
  steps = {
    { "http_open", ctx = "root", as = "s" },
    { "request_headers", ctx = "s",
      headers = { { ":method", "POST" }, { ":path", "/" } },
      expect = { ret = "continue", calls = { { "proxy_http_call", "ok" } } } },
    { "http_response", token = "last",
      headers = { { ":status", "201" } }, body = "made",
      trailers = { { "x-t", "1" } },
      expect = {
        callbacks = { "proxy_on_http_call_response" },
        calls = {
          { "proxy_get_header_map_value", "ok", out = { value = "201" } },
          { "proxy_get_header_map_value", "ok", out = { value = "1" } },
          { "proxy_get_buffer_bytes", "ok", out = { buf = "made", buf_len = 4 } },
        },
      } },
    { "request_body", ctx = "s", body = "x", eos = true,
      expect = {
        ret = "continue",
        calls = {
          { "proxy_get_header_map_value", "bad_argument" },
          { "proxy_get_header_map_value", "bad_argument" },
          { "proxy_get_buffer_bytes", "not_found" },
        },
      } },
  },
}
