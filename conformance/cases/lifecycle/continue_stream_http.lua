local function body(b, status, value)
  return {
    { "proxy_get_buffer_bytes", "ok", out = { buf = b } },
    { "proxy_continue_stream", status },
    { "proxy_get_header_map_value", "ok", out = { value = value } },
  }
end
return {
  title = "continue_stream(http_request / http_response) resumes a paused side after the callback; its headers then go",
  kind = "spec-mandated",
  abi = { "v0_2_0", "v0_2_1", "vnext" },
  class = "positive",
  module = "stream_control.tmpl.wat",
  steps = {
    { "http_open", ctx = "root", as = "s" },
    { "request_headers", ctx = "s", headers = { { ":method", "GET" }, { ":path", "/" } },
      expect = { ret = "stop_iteration", calls = {} } },
    -- the resume is deferred: the request headers are still there here
    { "request_body", ctx = "s", body = "c0", eos = true, expect = {
      ret = "continue", calls = body("c0", "ok", "/"),
    } },
    { "response_headers", ctx = "s", headers = { { ":status", "200" } }, expect = {
      ret = "stop_iteration",
      calls = { { "proxy_get_header_map_value", "bad_argument" } },
    } },
    { "response_body", ctx = "s", body = "c1", eos = false, expect = {
      ret = "continue", calls = body("c1", "ok", "200"),
    } },
    { "response_trailers", ctx = "s", trailers = { { "t", "1" } }, expect = {
      ret = "continue",
      calls = { { "proxy_get_header_map_value", "bad_argument" } },
    } },
    { "close", ctx = "s", expect = { callbacks = { "proxy_on_done", "proxy_on_delete" } } },
  },
}
