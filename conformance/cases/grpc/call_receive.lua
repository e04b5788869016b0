return {
  title = "a unary gRPC call is answered by one proxy_on_grpc_receive",
  kind = "spec-mandated",
  class = "positive",
  abi = "all",
  setup = "none",
  steps = {
    { "vm_start", as = "root", expect = { ret = 1 } },
    { "configure", ctx = "root", expect = {
      ret = 1,
      calls = { { "proxy_grpc_call", "ok" } },
      callout = {
        token = "last", kind = "grpc", upstream = "cluster_a",
        service = "pkg.Echo", method = "Say", body = "ping", timeout = 1000,
      },
    } },
    { "grpc_message", token = "last", message = "pong", expect = {
      callbacks = { "proxy_on_grpc_receive" },
      calls = {
        { "proxy_get_buffer_bytes", "ok", out = { buf = "pong" } },
      },
      buffer = { ctx = "root", type = "grpc_receive_buffer", bytes = "pong" },
    } },
  },
}
