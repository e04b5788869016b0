return {
  title = "after proxy_grpc_cancel on a stream no gRPC callback follows",
  kind = "spec-mandated",
  class = "positive",
  abi = "all",
  setup = "none",
  steps = {
    { "vm_start", as = "root", expect = { ret = 1 } },
    { "configure", ctx = "root", expect = {
      ret = 1,
      calls = { { "proxy_grpc_stream", "ok" } },
    } },
    { "grpc_initial_metadata", token = "last", metadata = { { "a", "b" } },
      expect = {
        callbacks = { "proxy_on_grpc_receive_initial_metadata" },
        calls = { { "proxy_grpc_cancel", "ok" } },
        callout = { token = "last", closed = true },
      } },
    { "grpc_message", token = "last", message = "dropped",
      expect = { callbacks = {}, calls = {} } },
    { "grpc_trailing_metadata", token = "last", metadata = {},
      expect = { callbacks = {}, calls = {} } },
    { "grpc_close", token = "last", status = "ok", message = "",
      expect = { callbacks = {}, calls = {} } },
  },
}
