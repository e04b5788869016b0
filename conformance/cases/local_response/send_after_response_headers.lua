return {
  title = "send_local_response after the response headers went downstream",
  kind = "host-defined",
  abi = "all",
  class = "positive",
  why = "pwabi's semantics say a local response is usable until the "
    .. "response headers have gone downstream, and name no status for a "
    .. "later one.  The reference host returns ok and records the reply "
    .. "(what the proxy then does is outside the ABI); Envoy also returns ok "
    .. "but, the headers being sent, resets the stream instead of replying; "
    .. "Kong's ngx_wasm_module traps (\"response already sent\").",
  steps = {
    { "http_open", ctx = "root", as = "s" },
    { "request_headers", ctx = "s",
      headers = { { ":method", "GET" }, { ":path", "/" } },
      expect = { local_response = false } },
    { "response_headers", ctx = "s", headers = { { ":status", "200" } },
      expect = { local_response = false } },
    { "response_body", ctx = "s", body = "partial", eos = false,
      expect = {
        calls = { { "proxy_send_local_response", "ok" } },
        local_response = { ctx = "s", code = 500, details = "late",
                           body = "too late", headers = {},
                           grpc_status = "invalid_code" },
      } },
  },
}
