return {
  title = "an empty or absent header map reads as pointer 0, length 0",
  kind = "host-defined",
  abi = "all",
  class = "positive",
  why = "The encoding of an empty map is not fixed. proxy-wasm-cpp-host "
    .. "writes pointer 0 and length 0 without allocating (expected here, "
    .. "option empty_map=null); Kong's ngx_wasm_module and the Rust and Go "
    .. "SDK serializers produce a 4-byte count of 0 (empty_map=count0); "
    .. "spec 0.2.1 allows size 0 or a single 0x00 byte.",
  steps = {
    { "http_open", ctx = "root", as = "s" },
    { "request_headers", ctx = "s", headers = {},
      expect = {
        ret = "continue",
        calls = {
          { "proxy_get_header_map_pairs", "ok",
            out = { buf = "", buf_len = 0 } },
          { "proxy_get_header_map_pairs", "ok",
            out = { buf = "", buf_len = 0 } },
        },
      } },
  },
}
