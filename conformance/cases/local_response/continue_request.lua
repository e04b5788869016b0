return {
  title = "continue_request resumes the request after the callback; request headers then go",
  kind = "spec-mandated",
  abi = { "v1alpha", "v0_1_0" },
  class = "positive",
  module = "continue.tmpl.wat",
  steps = {
    { "http_open", ctx = "root", as = "s" },
    { "request_headers", ctx = "s",
      headers = { { ":method", "POST" }, { ":path", "/" } },
      expect = {
        ret = "stop_iteration",
        calls = { { "proxy_http_call", "ok" } },
      } },
    { "http_response", token = "last", headers = { { ":status", "200" } },
      body = "", trailers = {},
      expect = {
        callbacks = { "proxy_on_http_call_response" },
        calls = {
          { "proxy_set_effective_context", "ok" },
          { "proxy_get_header_map_value", "ok", out = { value = "/" } },
          { "proxy_continue_request", "ok" },
          -- deferred: the headers are still there in this callback
          { "proxy_get_header_map_value", "ok", out = { value = "/" } },
        },
      } },
    { "request_body", ctx = "s", body = "x", eos = true,
      expect = {
        ret = "continue",
        calls = { { "proxy_get_header_map_value", "bad_argument" } },
      } },
  },
}
