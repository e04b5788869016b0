return {
  title = "from 0.1.0, headers_type 8 (v1alpha's http_call_response_trailers) is bad_argument",
  kind = "spec-mandated",
  abi = { "v0_1_0", "v0_2_0", "v0_2_1", "vnext" },
  class = "negative",
  steps = {
    { "http_open", ctx = "root", as = "s" },
    { "request_headers", ctx = "s",
      headers = { { ":method", "GET" }, { ":path", "/a" } },
      expect = {
        ret = "continue",
        calls = {
          { "proxy_get_header_map_value", "bad_argument",
            out = { value = false, value_len = false } },
        },
      } },
  },
}
