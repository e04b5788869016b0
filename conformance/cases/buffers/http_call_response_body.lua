return {
  title = "the HTTP call response body is readable in on_http_call_response",
  kind = "spec-mandated",
  abi = "all",
  class = "positive",
  setup = "none",
  steps = {
    { "vm_start", as = "root", expect = { ret = 1 } },
    { "configure", ctx = "root", expect = {
      ret = 1, calls = { { "proxy_http_call", "ok" } } } },
    { "http_response", token = "last", headers = { { ":status", "200" } },
      body = "response!", trailers = {},
      expect = {
        callbacks = { "proxy_on_http_call_response" },
        calls = {
          -- length = the callback's body_size argument
          { "proxy_get_buffer_bytes", "ok", out = { buf = "response!", buf_len = 9 } },
          { "proxy_get_buffer_bytes", "ok", out = { buf = "nse!", buf_len = 4 } },
        },
      } },
  },
}
