return {
  title = "HTTP call response headers and trailers are readable in on_http_call_response: value, pairs, size",
  kind = "spec-mandated",
  abi = "all",
  class = "positive",
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
          { "proxy_get_header_map_value", "ok", out = { value = "200" } },
          { "proxy_get_header_map_pairs", "ok", out = {
            buf = "\x02\x00\x00\x00\x07\x00\x00\x00\x03\x00\x00\x00"
              .. "\x03\x00\x00\x00\x01\x00\x00\x00:status\x00200\x00x-r\x001\x00",
            buf_len = 38 } },
          { "proxy_get_header_map_size", "ok", out = { len = 2 } },
          { "proxy_get_header_map_value", "ok", out = { value = "2" } },
          { "proxy_get_header_map_pairs", "ok", out = {
            buf = "\x01\x00\x00\x00\x03\x00\x00\x00\x01\x00\x00\x00x-t\x002\x00",
            buf_len = 18 } },
          { "proxy_get_header_map_size", "ok", out = { len = 1 } },
        },
      } },
  },
}
