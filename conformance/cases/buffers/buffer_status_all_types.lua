-- flags are checked (0) only where the stream has not ended; whether a
-- complete HTTP call body has END_OF_STREAM set is
-- host-defined (buffer_eos_flag).
return {
  title = "get_buffer_status gives the length of each of the five stream and callout-body buffers in its callback",
  kind = "spec-mandated",
  abi = "all",
  class = "positive",
  setup = "none",
  steps = {
    { "vm_start", as = "root", expect = { ret = 1 } },
    { "configure", ctx = "root", expect = {
      ret = 1,
      calls = { { "proxy_http_call", "ok" } },
    } },
    { "http_response", token = "last", headers = { { ":status", "200" } },
      body = "answer", trailers = {},
      expect = { calls = { { "proxy_get_buffer_status", "ok", out = { len = 6 } } } } },
    { "http_open", ctx = "root", as = "s" },
    { "request_headers", ctx = "s",
      headers = { { ":method", "POST" }, { ":path", "/" } },
      expect = { ret = "continue" } },
    { "request_body", ctx = "s", body = "request", eos = false,
      expect = {
        ret = "continue",
        calls = { { "proxy_get_buffer_status", "ok", out = { len = 7, flags = 0 } } },
      } },
    { "response_headers", ctx = "s", headers = { { ":status", "200" } },
      expect = { ret = "continue" } },
    { "response_body", ctx = "s", body = "response", eos = false,
      expect = {
        ret = "continue",
        calls = { { "proxy_get_buffer_status", "ok", out = { len = 8, flags = 0 } } },
      } },
    { "tcp_open", ctx = "root", as = "c", expect = { ret = "continue" } },
    { "tcp_data", ctx = "c", dir = "downstream", data = "down", eos = false,
      expect = {
        ret = "continue",
        calls = { { "proxy_get_buffer_status", "ok", out = { len = 4, flags = 0 } } },
      } },
    { "tcp_data", ctx = "c", dir = "upstream", data = "up", eos = false,
      expect = {
        ret = "continue",
        calls = { { "proxy_get_buffer_status", "ok", out = { len = 2, flags = 0 } } },
      } },
  },
}
