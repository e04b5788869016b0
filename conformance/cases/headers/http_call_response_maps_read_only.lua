return {
  title = "HTTP call response headers and trailers are read-only: changes are bad_argument",
  kind = "spec-mandated",
  abi = "all",
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
          { "proxy_get_header_map_pairs", "ok", out = {
            buf = "\x02\x00\x00\x00\x07\x00\x00\x00\x03\x00\x00\x00"
              .. "\x03\x00\x00\x00\x01\x00\x00\x00:status\x00200\x00x-r\x001\x00" } },
          -- http_call_response_trailers
          { "proxy_add_header_map_value", "bad_argument" },
          { "proxy_replace_header_map_value", "bad_argument" },
          { "proxy_remove_header_map_value", "bad_argument" },
          { "proxy_set_header_map_pairs", "bad_argument" },
          { "proxy_get_header_map_pairs", "ok", out = {
            buf = "\x01\x00\x00\x00\x03\x00\x00\x00\x01\x00\x00\x00x-t\x002\x00" } },
        },
      } },
  },
}
