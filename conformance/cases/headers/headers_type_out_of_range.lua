return {
  title = "headers_type 9 and 0xFFFFFFFF are bad_argument for every map function",
  kind = "spec-mandated",
  class = "negative",
  steps = {
    { "http_open", ctx = "root", as = "s" },
    { "request_headers", ctx = "s",
      headers = { { ":method", "GET" }, { ":path", "/a" } },
      expect = {
        ret = "continue",
        calls = {
          -- headers_type 9
          { "proxy_add_header_map_value", "bad_argument" },
          { "proxy_get_header_map_value", "bad_argument",
            out = { value = false, value_len = false } },
          { "proxy_get_header_map_pairs", "bad_argument",
            out = { buf = false, buf_len = false } },
          { "proxy_set_header_map_pairs", "bad_argument" },
          { "proxy_replace_header_map_value", "bad_argument" },
          { "proxy_remove_header_map_value", "bad_argument" },
          { "proxy_get_header_map_size", "bad_argument", out = { len = false } },
          -- headers_type 0xFFFFFFFF
          { "proxy_add_header_map_value", "bad_argument" },
          { "proxy_get_header_map_value", "bad_argument",
            out = { value = false, value_len = false } },
          { "proxy_get_header_map_pairs", "bad_argument",
            out = { buf = false, buf_len = false } },
          { "proxy_set_header_map_pairs", "bad_argument" },
          { "proxy_replace_header_map_value", "bad_argument" },
          { "proxy_remove_header_map_value", "bad_argument" },
          { "proxy_get_header_map_size", "bad_argument", out = { len = false } },
        },
        map = { ctx = "s", type = "request_headers",
                pairs = { { ":method", "GET" }, { ":path", "/a" } } },
      } },
  },
}
