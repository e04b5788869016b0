-- proxy_set_buffer_bytes (0.1.0 on): prepend, append at and past the end,
-- and replace-all are the splices every host supports (spec/v0_1_0/
-- semantics.lua, proxy_set_buffer_bytes; Envoy refuses the others).
local EDIT = {
  { "proxy_set_buffer_bytes", "ok" },
  { "proxy_set_buffer_bytes", "ok" },
  { "proxy_set_buffer_bytes", "ok" },
  { "proxy_set_buffer_bytes", "ok" },
  { "proxy_get_buffer_bytes", "ok", out = { buf = "<BODY>!", buf_len = 7 } },
}
local function whole(b)
  return { { "proxy_get_buffer_bytes", "ok", out = { buf = b, buf_len = #b } } }
end
return {
  title = "set_buffer_bytes replaces all, prepends and appends on the four writable buffers; the held result reaches the next chunk",
  kind = "spec-mandated",
  abi = { "v0_1_0", "v0_2_0", "v0_2_1", "vnext" },
  class = "positive",
  steps = {
    { "http_open", ctx = "root", as = "s" },
    { "request_headers", ctx = "s",
      headers = { { ":method", "POST" }, { ":path", "/" } },
      expect = { ret = "continue" } },
    { "request_body", ctx = "s", body = "request", eos = false, expect = {
      ret = "stop_iteration_and_buffer", calls = EDIT,
      buffer = { ctx = "s", type = "http_request_body", bytes = "<BODY>!" } } },
    { "request_body", ctx = "s", body = "-end", eos = true, expect = {
      ret = "continue", calls = whole("<BODY>!-end"),
      buffer = { ctx = "s", type = "http_request_body", bytes = "<BODY>!-end" } } },
    { "response_headers", ctx = "s", headers = { { ":status", "200" } },
      expect = { ret = "continue" } },
    { "response_body", ctx = "s", body = "xy", eos = false, expect = {
      ret = "stop_iteration_and_buffer", calls = EDIT,
      buffer = { ctx = "s", type = "http_response_body", bytes = "<BODY>!" } } },
    { "response_body", ctx = "s", body = "z", eos = true, expect = {
      ret = "continue", calls = whole("<BODY>!z"),
      buffer = { ctx = "s", type = "http_response_body", bytes = "<BODY>!z" } } },
    { "tcp_open", ctx = "root", as = "c", expect = { ret = "continue" } },
    { "tcp_data", ctx = "c", dir = "downstream", data = "down", eos = false, expect = {
      ret = "stop_iteration", calls = EDIT,
      buffer = { ctx = "c", type = "network_downstream_data", bytes = "<BODY>!" } } },
    { "tcp_data", ctx = "c", dir = "downstream", data = "+", eos = true, expect = {
      ret = "continue", calls = whole("<BODY>!+"),
      buffer = { ctx = "c", type = "network_downstream_data", bytes = "<BODY>!+" } } },
    { "tcp_data", ctx = "c", dir = "upstream", data = "", eos = false, expect = {
      ret = "stop_iteration", calls = EDIT,
      buffer = { ctx = "c", type = "network_upstream_data", bytes = "<BODY>!" } } },
    { "tcp_data", ctx = "c", dir = "upstream", data = "", eos = true, expect = {
      ret = "continue", calls = whole("<BODY>!"),
      buffer = { ctx = "c", type = "network_upstream_data", bytes = "<BODY>!" } } },
  },
}
