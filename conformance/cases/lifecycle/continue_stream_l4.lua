local function data(b, cont)
  local calls = { { "proxy_get_buffer_bytes", "ok", out = { buf = b } } }
  if cont then calls[2] = { "proxy_continue_stream", "ok" } end
  return { ret = "stop_iteration", calls = calls }
end
return {
  title = "continue_stream(downstream / upstream) lets held L4 data flow on: the next chunk starts a new buffer",
  kind = "host-defined",
  abi = { "v0_2_0", "v0_2_1", "vnext" },
  class = "positive",
  module = "stream_control.tmpl.wat",
  why = [[The spec (0.2.x continue_stream) says only that the side resumes when the callback returns. Envoy resumes reading downstream but answers unimplemented for upstream; Kong has no L4 filters and answers internal_failure for both L4 sides (reference host option continue_l4=envoy / kong). The case expects both sides to resume (continue_l4=resume), seen as in Envoy: data held by stop_iteration is handed again with the next chunk until the guest continues, after which the next chunk arrives alone.]],
  steps = {
    { "tcp_open", ctx = "root", as = "c", expect = { ret = "continue" } },
    { "tcp_data", ctx = "c", dir = "downstream", data = "ab", expect = data("ab") },
    { "tcp_data", ctx = "c", dir = "downstream", data = "c2", expect = data("abc2", true) },
    { "tcp_data", ctx = "c", dir = "downstream", data = "de", expect = data("de") },
    { "tcp_data", ctx = "c", dir = "upstream", data = "uv", expect = data("uv") },
    { "tcp_data", ctx = "c", dir = "upstream", data = "c3", expect = data("uvc3", true) },
    { "tcp_data", ctx = "c", dir = "upstream", data = "wx", expect = data("wx") },
    -- the other side's continue does not release this side's hold
    { "tcp_data", ctx = "c", dir = "downstream", data = "c3", expect = data("dec3", true) },
    { "tcp_data", ctx = "c", dir = "downstream", data = "fg", expect = data("dec3fg") },
  },
}
