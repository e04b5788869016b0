return {
  title = "send_local_response from on_response_headers replaces the upstream response",
  kind = "spec-mandated",
  abi = "all",
  class = "positive",
  steps = {
    { "http_open", ctx = "root", as = "s" },
    { "request_headers", ctx = "s",
      headers = { { ":method", "GET" }, { ":path", "/" } },
      expect = { ret = "continue", local_response = false } },
    { "response_headers", ctx = "s", headers = { { ":status", "200" } },
      expect = {
        ret = "continue",
        calls = { { "proxy_send_local_response", "ok" } },
        local_response = { ctx = "s", code = 502, details = "upstream_rejected",
                           body = "bad upstream",
                           headers = { { "x-why", "1" } },
                           grpc_status = "unavailable" },
      } },
  },
}
