-- proxy_set_buffer_bytes statuses (spec/v0_1_0/semantics.lua):
-- bad_argument for an unknown type or a read-only buffer (callout
-- responses, configuration), not_found where the buffer does not exist
-- (invalid_memory_access: set_buffer_bytes_bad_pointers).  A refused call
-- changes nothing.
local function set(status) return { "proxy_set_buffer_bytes", status } end
local function read(b)
  return { "proxy_get_buffer_bytes", "ok", out = { buf = b, buf_len = #b } }
end
return {
  title = "set_buffer_bytes refuses read-only, missing and unknown buffers, and changes nothing",
  kind = "spec-mandated",
  abi = { "v0_1_0", "v0_2_0", "v0_2_1", "vnext" },
  class = "negative",
  setup = "none",
  steps = {
    { "vm_start", as = "root", vm_config = "vm", expect = {
      ret = 1, calls = { set("bad_argument") } } },
    { "configure", ctx = "root", config = "cfg", expect = {
      ret = 1,
      calls = { set("bad_argument"), set("not_found"), set("not_found"),
                { "proxy_http_call", "ok" } } } },
    { "http_response", token = "last", headers = { { ":status", "200" } },
      body = "answer", trailers = {}, expect = {
      callbacks = { "proxy_on_http_call_response" },
      calls = { set("bad_argument"), read("answer"), { "proxy_grpc_call", "ok" } },
      buffer = { ctx = "root", type = "http_call_response_body", bytes = "answer" } } },
    { "grpc_message", token = "last", message = "msg", expect = {
      callbacks = { "proxy_on_grpc_receive" },
      calls = { set("bad_argument"), read("msg") },
      buffer = { ctx = "root", type = "grpc_receive_buffer", bytes = "msg" } } },
    { "http_open", ctx = "root", as = "s" },
    { "request_headers", ctx = "s",
      headers = { { ":method", "POST" }, { ":path", "/" } },
      expect = { ret = "continue", calls = { set("not_found") } } },
    { "request_body", ctx = "s", body = "body", eos = true, expect = {
      ret = "continue",
      calls = { set("bad_argument"), set("bad_argument"), read("body") },
      buffer = { ctx = "s", type = "http_request_body", bytes = "body" } } },
  },
}
