return {
  title = "a trap in proxy_on_grpc_create_initial_metadata fails the VM",
  abi = "v1alpha",
  kind = "host-defined",
  class = "negative",
  why = [[proxy_on_grpc_create_initial_metadata is not defined by the seed beyond its signature. CH and NGX never call it (since ABI 0.1.0 initial metadata is an argument of proxy_grpc_call); pwabi's reading, which the case expects, calls it once per new gRPC call, after the callback that started the call has returned.]],
  setup = "none",
  steps = {
    { "vm_start", as = "root", expect = { ret = 1 } },
    { "configure", ctx = "root", expect = {
      drv = "trap",
      callbacks = { "proxy_on_configure", "proxy_on_grpc_create_initial_metadata" },
      trap = { kind = "unreachable", where = "proxy_on_grpc_create_initial_metadata" },
    } },
    { "vm_start", as = "again", expect = { drv = "failed", callbacks = {} } },
  },
}
