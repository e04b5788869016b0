-- Module ops.tmpl.wat: "" starts a call, "s" opens a stream; every
-- proxy_on_grpc_receive reads the message and proxy_get_buffer_status.
return {
  title = "grpc_receive_buffer flags: END_OF_STREAM with a call's answer, not with a stream's messages",
  kind = "host-defined",
  class = "positive",
  abi = { "v0_1_0", "v0_2_0", "v0_2_1", "vnext" },
  module = "ops.tmpl.wat",
  why = [[
buffer_flags.end_of_stream is defined by the spec and pwabi reports it
(the reference host's option eos_flag=spec): a unary call's one message is
its whole answer, so the flag is set; a stream's message is never known to
be the last when it is delivered (the end is on_grpc_close), so it is not.
proxy-wasm-cpp-host always writes flags 0 (eos_flag=never,
src/exports.cc); Kong's ngx_wasm_module has no gRPC.]],
  setup = "none",
  steps = {
    { "vm_start", as = "root", expect = { ret = 1 } },
    { "configure", ctx = "root", config = "", expect = {
      ret = 1, calls = { { "proxy_grpc_call", "ok" } } } },
    { "grpc_message", token = "last", message = "answer", expect = {
      callbacks = { "proxy_on_grpc_receive" },
      calls = {
        { "proxy_get_buffer_bytes", "ok", out = { buf = "answer" } },
        { "proxy_get_buffer_status", "ok", out = { len = 6, flags = 1 } },
      },
    } },
    { "configure", ctx = "root", config = "s", expect = {
      ret = 1, calls = { { "proxy_grpc_stream", "ok" } } } },
    { "grpc_message", token = "last", message = "one", expect = {
      callbacks = { "proxy_on_grpc_receive" },
      calls = {
        { "proxy_get_buffer_bytes", "ok", out = { buf = "one" } },
        { "proxy_get_buffer_status", "ok", out = { len = 3, flags = 0 } },
      },
    } },
    { "grpc_message", token = "last", message = "", expect = {
      callbacks = { "proxy_on_grpc_receive" },
      calls = {
        { "proxy_get_buffer_bytes", "ok", out = { buf = "", buf_len = 0 } },
        { "proxy_get_buffer_status", "ok", out = { len = 0, flags = 0 } },
      },
    } },
  },
}
