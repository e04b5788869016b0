return {
  title = "a trap in proxy_on_grpc_receive_initial_metadata fails the VM",
  kind = "spec-mandated",
  abi = "v1alpha",
  class = "negative",
  setup = "none",
  steps = {
    { "vm_start", as = "root", expect = { ret = 1 } },
    { "configure", ctx = "root", expect = { ret = 1 } },
    { "grpc_initial_metadata", token = "last", metadata = { { "k", "v" } }, expect = {
      drv = "trap",
      callbacks = { "proxy_on_grpc_receive_initial_metadata" },
      trap = { kind = "unreachable", where = "proxy_on_grpc_receive_initial_metadata" },
    } },
    { "vm_start", as = "again", expect = { drv = "failed", callbacks = {} } },
  },
}
