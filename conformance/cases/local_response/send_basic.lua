return {
  title = "send_local_response records code, details, body, extra headers, no grpc-status",
  kind = "spec-mandated",
  abi = "all",
  class = "positive",
  steps = {
    { "http_open", ctx = "root", as = "s" },
    { "request_headers", ctx = "s",
      headers = { { ":method", "GET" }, { ":path", "/secret" } },
      expect = {
        ret = "stop_iteration",
        calls = { { "proxy_send_local_response", "ok" } },
        local_response = { ctx = "s", code = 403, details = "denied",
                           body = "go away",
                           headers = { { "x-a", "1" }, { "x-b", "" } },
                           grpc_status = "invalid_code" },
      } },
  },
}
