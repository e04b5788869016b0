return {
  title = "continue_response resumes the response after the callback; response headers then go",
  kind = "spec-mandated",
  abi = { "v1alpha", "v0_1_0" },
  class = "positive",
  module = "continue.tmpl.wat",
  steps = {
    { "http_open", ctx = "root", as = "s" },
    { "request_headers", ctx = "s", headers = {},
      expect = { ret = "continue", calls = {} } },
    { "response_headers", ctx = "s",
      headers = { { ":status", "200" }, { "x-a", "1" }, { "x-b", "2" } },
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
          { "proxy_get_header_map_value", "ok", out = { value = "200" } },
          { "proxy_continue_response", "ok" },
          -- deferred: the headers are still there in this callback
          { "proxy_get_header_map_value", "ok", out = { value = "200" } },
        },
      } },
    { "response_body", ctx = "s", body = "x", eos = true,
      expect = {
        ret = "continue",
        calls = { { "proxy_get_header_map_value", "bad_argument" } },
      } },
  },
}
