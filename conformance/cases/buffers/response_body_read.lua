return {
  title = "response body bytes: exact and clamped ranges",
  kind = "spec-mandated",
  abi = "all",
  class = "positive",
  steps = {
    { "http_open", ctx = "root", as = "s" },
    { "request_headers", ctx = "s",
      headers = { { ":method", "GET" }, { ":path", "/" } },
      expect = { ret = "continue" } },
    { "response_headers", ctx = "s", headers = { { ":status", "200" } },
      expect = { ret = "continue" } },
    { "response_body", ctx = "s", body = "\x00bin\xffary", eos = false,
      expect = {
        ret = "continue",
        callbacks = { "proxy_on_response_body" },
        calls = {
          { "proxy_get_buffer_bytes", "ok",                 -- (0, 8)
            out = { buf = "\x00bin\xffary", buf_len = 8 } },
          { "proxy_get_buffer_bytes", "ok",                 -- (1, 2)
            out = { buf = "bi", buf_len = 2 } },
          { "proxy_get_buffer_bytes", "ok",                 -- (4, 9)
            out = { buf = "\xffary", buf_len = 4 } },
        },
      } },
  },
}
