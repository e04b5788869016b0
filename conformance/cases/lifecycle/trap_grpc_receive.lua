return {
  title = "a trap in proxy_on_grpc_receive fails the VM",
  kind = "spec-mandated",
  abi = "v1alpha",
  class = "negative",
  setup = "none",
  steps = {
    { "vm_start", as = "root", expect = { ret = 1 } },
    { "configure", ctx = "root", expect = { ret = 1 } },
    { "grpc_message", token = "last", message = "reply", expect = {
      drv = "trap",
      callbacks = { "proxy_on_grpc_receive" },
      trap = { kind = "unreachable", where = "proxy_on_grpc_receive" },
    } },
    { "vm_start", as = "again", expect = { drv = "failed", callbacks = {} } },
  },
}
