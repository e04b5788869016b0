return {
  title = "buffer_type 9 (past the last of every version) and 0xFFFFFFFF are bad_argument",
  kind = "spec-mandated",
  abi = "all",
  class = "negative",
  steps = {
    { "http_open", ctx = "root", as = "s" },
    { "request_headers", ctx = "s",
      headers = { { ":method", "POST" }, { ":path", "/" } },
      expect = { ret = "continue" } },
    { "request_body", ctx = "s", body = "body", eos = false,
      expect = {
        ret = "continue",
        calls = {
          { "proxy_get_buffer_bytes", "bad_argument", out = { buf = false, buf_len = false } },
          { "proxy_get_buffer_status", "bad_argument", out = { len = false, flags = false } },
          { "proxy_get_buffer_bytes", "bad_argument", out = { buf = false, buf_len = false } },
          { "proxy_get_buffer_status", "bad_argument", out = { len = false, flags = false } },
        },
      } },
  },
}
