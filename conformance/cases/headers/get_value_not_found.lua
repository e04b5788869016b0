return {
  title = "get_header_map_value of a missing key is not_found and writes nothing",
  kind = "spec-mandated",
  class = "negative",
  steps = {
    { "http_open", ctx = "root", as = "s" },
    { "request_headers", ctx = "s",
      headers = { { ":method", "GET" }, { ":path", "/" }, { "x-a", "1" } },
      expect = {
        ret = "continue",
        calls = {
          { "proxy_get_header_map_value", "not_found",
            out = { value = false, value_len = false } },
          { "proxy_get_header_map_value", "not_found",
            out = { value = false, value_len = false } },
          { "proxy_get_header_map_value", "not_found",
            out = { value = false, value_len = false } },
        },
      } },
    { "response_headers", ctx = "s", headers = { { ":status", "200" } },
      expect = { ret = "continue" } },
    { "response_trailers", ctx = "s", trailers = {},
      expect = {
        ret = "continue",
        calls = {
          { "proxy_get_header_map_value", "not_found",
            out = { value = false, value_len = false } },
        },
      } },
  },
}
