return {
  title = "after proxy_grpc_cancel on a call no gRPC callback follows",
  kind = "spec-mandated",
  class = "positive",
  abi = "all",
  setup = "none",
  steps = {
    { "vm_start", as = "root", expect = { ret = 1 } },
    { "configure", ctx = "root", expect = {
      ret = 1,
      calls = {
        { "proxy_grpc_call", "ok" },
        { "proxy_grpc_cancel", "ok" },
      },
    } },
    { "grpc_message", token = "last", message = "too late",
      expect = { callbacks = {}, calls = {} } },
    { "grpc_close", token = "last", status = "canceled", message = "",
      expect = { callbacks = {}, calls = {} } },
  },
}
