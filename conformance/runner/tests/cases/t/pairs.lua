return {
  title = "runner test: header pairs reach the guest encoded",
  kind = "spec-mandated",
  class = "positive",
  steps = {
    { "http_open", as = "s" },
    { "request_headers", ctx = "s", headers = { { "a", "b" } }, expect = {
      ret = "continue",
      calls = { { "proxy_get_header_map_pairs", "ok", out = {
        buf = "\1\0\0\0\1\0\0\0\1\0\0\0a\0b\0", buf_len = 16 } } },
      map = { ctx = "s", type = "request_headers", pairs = { { "a", "b" } } },
    } },
  },
}
