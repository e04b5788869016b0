return {
  title = "get_header_map_size is the number of entries, a repeated key counted per value",
  kind = "host-defined",
  abi = "all",
  class = "positive",
  why = "What \"size\" means is not settled.  pwabi (semantics.lua) and the "
    .. "proxy-wasm-cpp-host interface comment: the number of entries. Envoy "
    .. "writes the sum of key and value lengths (here 7+3 + 5+2 + 5+1 + "
    .. "5+1 + 7+0 = 36), and only for request and response maps; spec "
    .. "0.2.1 says the serialized size; Kong's ngx_wasm_module does not "
    .. "provide the function (a module importing it does not link).",
  steps = {
    { "http_open", ctx = "root", as = "s" },
    { "request_headers", ctx = "s",
      headers = { { ":method", "GET" }, { ":path", "/a" }, { "x-dup", "1" },
                  { "x-dup", "2" }, { "x-empty", "" } },
      expect = {
        ret = "continue",
        calls = { { "proxy_get_header_map_size", "ok", out = { len = 5 } } },
      } },
    { "response_headers", ctx = "s", headers = { { ":status", "200" } },
      expect = {
        ret = "continue",
        calls = { { "proxy_get_header_map_size", "ok", out = { len = 1 } } },
      } },
    { "response_trailers", ctx = "s", trailers = {},
      expect = {
        ret = "continue",
        calls = { { "proxy_get_header_map_size", "ok", out = { len = 0 } } },
      } },
  },
}
