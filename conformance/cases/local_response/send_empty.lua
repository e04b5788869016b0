return {
  title = "send_local_response with empty details, body and header pairs",
  kind = "spec-mandated",
  abi = "all",
  class = "positive",
  steps = {
    { "http_open", ctx = "root", as = "s" },
    { "request_headers", ctx = "s",
      headers = { { ":method", "POST" }, { ":path", "/" } },
      expect = { ret = "continue", local_response = false } },
    { "request_body", ctx = "s", body = "x", eos = true,
      expect = {
        ret = "continue",
        calls = { { "proxy_send_local_response", "ok" } },
        local_response = { ctx = "s", code = 200, details = "", body = "",
                           headers = {}, grpc_status = "invalid_code" },
      } },
  },
}
