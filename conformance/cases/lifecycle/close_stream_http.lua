local function close(b, times, value)
  local calls = { { "proxy_get_buffer_bytes", "ok", out = { buf = b } } }
  for _ = 1, times do calls[#calls + 1] = { "proxy_close_stream", "ok" } end
  calls[#calls + 1] = { "proxy_get_header_map_value", "ok", out = { value = value } }
  return calls
end
return {
  title = "close_stream(http_request / http_response) ends the stream after the callback (once, even when called twice)",
  kind = "spec-mandated",
  abi = { "v0_2_0", "v0_2_1", "vnext" },
  class = "positive",
  module = "stream_control.tmpl.wat",
  steps = {
    { "http_open", ctx = "root", as = "a" },
    { "request_headers", ctx = "a", headers = { { ":path", "/a" } },
      expect = { ret = "stop_iteration" } },
    { "request_body", ctx = "a", body = "x0", eos = false, expect = {
      calls = close("x0", 1, "/a"),
      callbacks = { "proxy_on_request_body", "proxy_on_done", "proxy_on_delete" },
    } },
    { "http_open", ctx = "root", as = "b" },
    { "request_headers", ctx = "b", headers = { { ":path", "/b" } },
      expect = { ret = "stop_iteration" } },
    { "response_headers", ctx = "b", headers = { { ":status", "503" } },
      expect = { ret = "stop_iteration" } },
    { "response_body", ctx = "b", body = "x1", eos = true, expect = {
      calls = close("x1", 1, "503"),
      callbacks = { "proxy_on_response_body", "proxy_on_done", "proxy_on_delete" },
    } },
    { "http_open", ctx = "root", as = "c" },
    { "request_headers", ctx = "c", headers = { { ":path", "/c" } },
      expect = { ret = "stop_iteration" } },
    { "request_body", ctx = "c", body = "X0", eos = false, expect = {
      calls = close("X0", 2, "/c"),
      callbacks = { "proxy_on_request_body", "proxy_on_done", "proxy_on_delete" },
    } },
  },
}
