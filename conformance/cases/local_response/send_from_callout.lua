return {
  title = "send_local_response from an HTTP call's answer answers the stream made effective",
  kind = "spec-mandated",
  abi = "all",
  class = "positive",
  steps = {
    { "http_open", ctx = "root", as = "s" },
    { "request_headers", ctx = "s",
      headers = { { ":method", "GET" }, { ":path", "/private" } },
      expect = { ret = "stop_iteration",
                 calls = { { "proxy_http_call", "ok" } },
                 local_response = false } },
    { "http_response", token = "last", headers = { { ":status", "403" } },
      body = "", trailers = {},
      expect = {
        callbacks = { "proxy_on_http_call_response" },
        calls = {
          { "proxy_set_effective_context", "ok" },
          { "proxy_send_local_response", "ok" },
        },
        local_response = { ctx = "s", code = 403, details = "denied by callout",
                           body = "no", headers = { { "x-auth", "0" } },
                           grpc_status = "permission_denied" },
      } },
  },
}
