return {
  title = "on_http_call_response runs on the root; after set_effective_context it answers the stream that made the call",
  kind = "spec-mandated",
  class = "positive",
  abi = "all",
  steps = {
    { "http_open", ctx = "root", as = "s" },
    { "request_headers", ctx = "s",
      headers = { { ":method", "GET" }, { ":path", "/private" } },
      expect = {
        ret = "stop_iteration",
        calls = { { "proxy_http_call", "ok" } },
        local_response = false,
      } },
    { "http_response", token = "last", headers = { { ":status", "403" } },
      expect = {
        callbacks = { "proxy_on_http_call_response" },
        calls = {
          { "proxy_set_effective_context", "ok" },
          { "proxy_send_local_response", "ok" },
        },
        local_response = { ctx = "s", code = 403, details = "denied",
                           body = "no" },
      } },
  },
}
