return {
  title = "request body bytes: exact ranges, clamped ranges, empty ranges",
  kind = "spec-mandated",
  abi = "all",
  class = "positive",
  steps = {
    { "http_open", ctx = "root", as = "s" },
    { "request_headers", ctx = "s",
      headers = { { ":method", "POST" }, { ":path", "/" } },
      expect = { ret = "continue" } },
    { "request_body", ctx = "s", body = "hello world", eos = false,
      expect = {
        ret = "continue",
        callbacks = { "proxy_on_request_body" },
        calls = {
          { "proxy_get_buffer_bytes", "ok",                 -- (0, 11)
            out = { buf = "hello world", buf_len = 11 } },
          { "proxy_get_buffer_bytes", "ok",                 -- (6, 3)
            out = { buf = "wor", buf_len = 3 } },
          { "proxy_get_buffer_bytes", "ok",                 -- (6, 100)
            out = { buf = "world", buf_len = 5 } },
          { "proxy_get_buffer_bytes", "ok",                 -- (0, 2^32-1)
            out = { buf = "hello world", buf_len = 11 } },
          { "proxy_get_buffer_bytes", "ok",                 -- (6, 2^32-1)
            out = { buf = "world", buf_len = 5 } },
          { "proxy_get_buffer_bytes", "ok",                 -- (11, 5)
            out = { buf = "", buf_len = 0 } },
          { "proxy_get_buffer_bytes", "ok",                 -- (2^32-1, 5)
            out = { buf = "", buf_len = 0 } },
          { "proxy_get_buffer_bytes", "ok",                 -- (3, 0)
            out = { buf = "", buf_len = 0 } },
        },
      } },
  },
}
