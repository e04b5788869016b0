return {
  title = "a gRPC call made from a stream is answered on the root context",
  kind = "spec-mandated",
  class = "positive",
  abi = "all",
  setup = "none",
  steps = {
    { "vm_start", as = "root", expect = { ret = 1 } },
    { "configure", ctx = "root", expect = { ret = 1, calls = {} } },
    { "http_open", ctx = "root", as = "s" },
    { "request_headers", ctx = "s", headers = { { ":path", "/" } }, expect = {
      ret = 0,
      calls = { { "proxy_grpc_call", "ok" } },
    } },
    { "grpc_message", token = "last", message = "answer", expect = {
      callbacks = { "proxy_on_grpc_receive" },
      calls = {
        { "proxy_get_buffer_bytes", "ok", out = { buf = "answer" } },
      },
    } },
  },
}
