return {
  title = "the gRPC response message is readable in on_grpc_receive",
  kind = "spec-mandated",
  abi = "v1alpha",
  class = "positive",
  setup = "none",
  steps = {
    { "vm_start", as = "root", expect = { ret = 1 } },
    { "configure", ctx = "root", expect = {
      ret = 1, calls = { { "proxy_grpc_call", "ok" } } } },
    { "grpc_message", token = "last", message = "\x0a\x03abc",
      expect = {
        callbacks = { "proxy_on_grpc_receive" },
        calls = {
          -- length = the callback's response_size argument
          { "proxy_get_buffer_bytes", "ok", out = { buf = "\x0a\x03abc", buf_len = 5 } },
          { "proxy_get_buffer_bytes", "ok", out = { buf = "ab", buf_len = 2 } },
          { "proxy_get_buffer_status", "ok", out = { len = 5 } },
        },
      } },
  },
}
