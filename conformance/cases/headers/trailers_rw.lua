return {
  title = "request and response trailers are readable and writable in their callbacks",
  kind = "spec-mandated",
  abi = "all",
  class = "positive",
  steps = {
    { "http_open", ctx = "root", as = "s" },
    { "request_headers", ctx = "s",
      headers = { { ":method", "POST" }, { ":path", "/" } },
      expect = { ret = "continue" } },
    { "request_trailers", ctx = "s",
      trailers = { { "t1", "a" }, { "t2", "b" } },
      expect = {
        ret = "continue",
        callbacks = { "proxy_on_request_trailers" },
        calls = {
          { "proxy_get_header_map_value", "ok", out = { value = "a" } },
          { "proxy_remove_header_map_value", "ok" },
          { "proxy_replace_header_map_value", "ok" },
          { "proxy_add_header_map_value", "ok" },
          { "proxy_get_header_map_pairs", "ok", out = {
            buf = "\x02\x00\x00\x00\x02\x00\x00\x00\x03\x00\x00\x00"
              .. "\x02\x00\x00\x00\x03\x00\x00\x00t2\x00new\x00t3\x00new\x00",
            buf_len = 34 } },
          { "proxy_get_header_map_size", "ok", out = { len = 2 } },
        },
        map = { ctx = "s", type = "request_trailers",
                pairs = { { "t2", "new" }, { "t3", "new" } } },
      } },
    { "response_headers", ctx = "s", headers = { { ":status", "200" } },
      expect = { ret = "continue" } },
    { "response_trailers", ctx = "s",
      trailers = { { "t1", "x" }, { "t2", "y" } },
      expect = {
        ret = "continue",
        callbacks = { "proxy_on_response_trailers" },
        calls = {
          { "proxy_get_header_map_value", "ok", out = { value = "x" } },
          { "proxy_remove_header_map_value", "ok" },
          { "proxy_replace_header_map_value", "ok" },
          { "proxy_add_header_map_value", "ok" },
          { "proxy_get_header_map_pairs", "ok", out = {
            buf = "\x02\x00\x00\x00\x02\x00\x00\x00\x03\x00\x00\x00"
              .. "\x02\x00\x00\x00\x03\x00\x00\x00t2\x00new\x00t3\x00new\x00",
            buf_len = 34 } },
          { "proxy_get_header_map_size", "ok", out = { len = 2 } },
        },
        map = { ctx = "s", type = "response_trailers",
                pairs = { { "t2", "new" }, { "t3", "new" } } },
      } },
  },
}
