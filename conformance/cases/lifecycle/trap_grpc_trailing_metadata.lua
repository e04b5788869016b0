return {
  title = "a trap in proxy_on_grpc_trailing_metadata fails the VM",
  kind = "spec-mandated",
  abi = "v1alpha",
  class = "negative",
  setup = "none",
  steps = {
    { "vm_start", as = "root", expect = { ret = 1 } },
    { "configure", ctx = "root", expect = { ret = 1 } },
    { "grpc_initial_metadata", token = "last", metadata = { { "k", "v" } }, expect = {
      callbacks = { "proxy_on_grpc_receive_initial_metadata" },
    } },
    { "grpc_message", token = "last", message = "m", expect = {
      callbacks = { "proxy_on_grpc_receive" },
    } },
    { "grpc_trailing_metadata", token = "last", metadata = { { "t", "1" } }, expect = {
      drv = "trap",
      callbacks = { "proxy_on_grpc_receive_trailing_metadata" },
      trap = { kind = "unreachable", where = "proxy_on_grpc_receive_trailing_metadata" },
    } },
    { "vm_start", as = "again", expect = { drv = "failed", callbacks = {} } },
  },
}
