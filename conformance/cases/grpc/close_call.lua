return {
  title = "proxy_grpc_close on a unary call cancels it: no callback follows",
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
        { "proxy_grpc_close", "ok" },
      },
    } },
    { "grpc_message", token = "last", message = "too late",
      expect = { callbacks = {}, calls = {} } },
  },
}
