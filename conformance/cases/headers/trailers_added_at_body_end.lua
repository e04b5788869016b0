return {
  title = "trailers can be created in the last body callback of their direction",
  kind = "host-defined",
  abi = "all",
  class = "negative",
  why = "The seed does not say when trailers that the peer did not send can "
    .. "be added.  Envoy creates them on request in a body callback with "
    .. "end_of_stream (addDecodedTrailers / addEncodedTrailers), and the "
    .. "reference host does the same; before that the map does not exist "
    .. "(bad_argument).  Kong's ngx_wasm_module has no trailer maps.",
  steps = {
    { "http_open", ctx = "root", as = "s" },
    { "request_headers", ctx = "s",
      headers = { { ":method", "POST" }, { ":path", "/" } },
      expect = { ret = "continue" } },
    { "request_body", ctx = "s", body = "a", eos = false,
      expect = {
        ret = "continue",
        calls = { { "proxy_add_header_map_value", "bad_argument" },
                  { "proxy_get_header_map_value", "bad_argument" } },
      } },
    { "request_body", ctx = "s", body = "b", eos = true,
      expect = {
        ret = "continue",
        calls = { { "proxy_add_header_map_value", "ok" },
                  { "proxy_get_header_map_value", "ok", out = { value = "1" } } },
        map = { ctx = "s", type = "request_trailers", pairs = { { "x-t", "1" } } },
      } },
    { "response_headers", ctx = "s", headers = { { ":status", "200" } },
      expect = { ret = "continue" } },
    { "response_body", ctx = "s", body = "c", eos = false,
      expect = {
        ret = "continue",
        calls = { { "proxy_add_header_map_value", "bad_argument" },
                  { "proxy_get_header_map_value", "bad_argument" } },
      } },
    { "response_body", ctx = "s", body = "d", eos = true,
      expect = {
        ret = "continue",
        calls = { { "proxy_add_header_map_value", "ok" },
                  { "proxy_get_header_map_value", "ok", out = { value = "1" } } },
        map = { ctx = "s", type = "response_trailers", pairs = { { "x-t", "1" } } },
      } },
  },
}
