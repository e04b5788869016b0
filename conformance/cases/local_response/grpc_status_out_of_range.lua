return {
  title = "send_local_response with a grpc_status outside 0..16 and invalid_code is bad_argument",
  kind = "host-defined",
  abi = "all",
  class = "negative",
  why = "pwabi (semantics.lua) rejects a grpc_status that is neither 0..16 "
    .. "nor invalid_code (0xFFFFFFFF) with bad_argument.  proxy-wasm-cpp-host "
    .. "returns ok and sends no grpc-status for any value outside 0..16; "
    .. "Kong's ngx_wasm_module ignores grpc_status.",
  steps = {
    { "http_open", ctx = "root", as = "s" },
    { "request_headers", ctx = "s", headers = { { ":path", "/" } },
      expect = {
        ret = "continue",
        calls = {
          { "proxy_send_local_response", "bad_argument" },  -- 17
          { "proxy_send_local_response", "bad_argument" },  -- 18
          { "proxy_send_local_response", "bad_argument" },  -- 0x7FFFFFFF
          { "proxy_send_local_response", "bad_argument" },  -- 0xFFFFFFFE
        },
        local_response = false,
      } },
  },
}
