return {
  title = "HTTP call response headers and trailers are read-only: changes are bad_argument",
  kind = "spec-mandated",
  class = "negative",
  setup = "none",
  steps = {
    { "vm_start", as = "root", expect = { ret = 1 } },
    { "configure", ctx = "root", expect = {
      ret = 1, calls = { { "proxy_http_call", "ok" } } } },
    { "http_response", token = "last",
      headers = { { ":status", "200" }, { "x-r", "1" } },
      body = "",
      trailers = { { "x-t", "2" } },
      expect = {
        callbacks = { "proxy_on_http_call_response" },
        calls = {
          -- http_call_response_headers
          { "proxy_add_header_map_value", "bad_argument" },
          { "proxy_replace_header_map_value", "bad_argument" },
          { "proxy_remove_header_map_value", "bad_argument" },
          { "proxy_set_header_map_pairs", "bad_argument" },
          { "proxy_get_header_map_size", "ok", out = { len = 2 } },
          -- http_call_response_trailers
          { "proxy_add_header_map_value", "bad_argument" },
          { "proxy_replace_header_map_value", "bad_argument" },
          { "proxy_remove_header_map_value", "bad_argument" },
          { "proxy_set_header_map_pairs", "bad_argument" },
          { "proxy_get_header_map_size", "ok", out = { len = 1 } },
        },
      } },
  },
}
