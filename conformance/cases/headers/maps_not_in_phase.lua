return {
  title = "maps of another phase are bad_argument; request headers are frozen once the response starts",
  kind = "spec-mandated",
  class = "negative",
  steps = {
    { "http_open", ctx = "root", as = "s" },
    { "request_headers", ctx = "s",
      headers = { { ":method", "GET" }, { ":path", "/a" }, { "x-a", "0" } },
      expect = {
        ret = "continue",
        calls = {
          -- 1: request_trailers
          { "proxy_add_header_map_value", "bad_argument" },
          { "proxy_get_header_map_value", "bad_argument", out = { value = false, value_len = false } },
          { "proxy_get_header_map_size", "bad_argument", out = { len = false } },
          -- 2: response_headers
          { "proxy_add_header_map_value", "bad_argument" },
          { "proxy_get_header_map_value", "bad_argument", out = { value = false, value_len = false } },
          { "proxy_get_header_map_size", "bad_argument", out = { len = false } },
          -- 3: response_trailers
          { "proxy_add_header_map_value", "bad_argument" },
          { "proxy_get_header_map_value", "bad_argument", out = { value = false, value_len = false } },
          { "proxy_get_header_map_size", "bad_argument", out = { len = false } },
          -- 4: grpc_create_initial_metadata
          { "proxy_add_header_map_value", "bad_argument" },
          { "proxy_get_header_map_value", "bad_argument", out = { value = false, value_len = false } },
          { "proxy_get_header_map_size", "bad_argument", out = { len = false } },
          -- 5: grpc_receive_initial_metadata
          { "proxy_add_header_map_value", "bad_argument" },
          { "proxy_get_header_map_value", "bad_argument", out = { value = false, value_len = false } },
          { "proxy_get_header_map_size", "bad_argument", out = { len = false } },
          -- 6: grpc_receive_trailing_metadata
          { "proxy_add_header_map_value", "bad_argument" },
          { "proxy_get_header_map_value", "bad_argument", out = { value = false, value_len = false } },
          { "proxy_get_header_map_size", "bad_argument", out = { len = false } },
          -- 7: http_call_response_headers
          { "proxy_add_header_map_value", "bad_argument" },
          { "proxy_get_header_map_value", "bad_argument", out = { value = false, value_len = false } },
          { "proxy_get_header_map_size", "bad_argument", out = { len = false } },
          -- 8: http_call_response_trailers
          { "proxy_add_header_map_value", "bad_argument" },
          { "proxy_get_header_map_value", "bad_argument", out = { value = false, value_len = false } },
          { "proxy_get_header_map_size", "bad_argument", out = { len = false } },
        },
      } },
    { "response_headers", ctx = "s", headers = { { ":status", "200" } },
      expect = {
        ret = "continue",
        calls = {
          { "proxy_add_header_map_value", "bad_argument" },
          { "proxy_replace_header_map_value", "bad_argument" },
          { "proxy_remove_header_map_value", "bad_argument" },
          { "proxy_set_header_map_pairs", "bad_argument" },
        },
        map = { ctx = "s", type = "request_headers", pairs = {
          { ":method", "GET" }, { ":path", "/a" }, { "x-a", "0" } } },
      } },
  },
}
