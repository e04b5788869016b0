return {
  title = "set_header_map_pairs with length 0 or a single 0x00 byte clears the map",
  kind = "host-defined",
  abi = "all",
  class = "positive",
  why = "Spec 0.2.1 spells the empty map as size 0 or one 0x00 byte; pwabi "
    .. "accepts both.  proxy-wasm-cpp-host reads any blob shorter than 4 "
    .. "bytes as the empty list (same result); Kong's ngx_wasm_module reads "
    .. "a 4-byte count even from a 1-byte blob.",
  steps = {
    { "http_open", ctx = "root", as = "s" },
    { "request_headers", ctx = "s",
      headers = { { ":method", "GET" }, { ":path", "/" } },
      expect = {
        ret = "continue",
        calls = { { "proxy_set_header_map_pairs", "ok" } },
        map = { ctx = "s", type = "request_headers", pairs = {} },
      } },
    { "response_headers", ctx = "s", headers = { { ":status", "200" } },
      expect = {
        ret = "continue",
        calls = { { "proxy_set_header_map_pairs", "ok" } },
        map = { ctx = "s", type = "response_headers", pairs = {} },
      } },
  },
}
