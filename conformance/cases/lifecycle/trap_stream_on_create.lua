return {
  title = "a trap in proxy_on_create of a stream context fails the VM",
  kind = "spec-mandated",
  class = "negative",
  steps = {
    { "tcp_open", ctx = "root", as = "c", expect = {
      drv = "trap",
      callbacks = { "proxy_on_create" },
      trap = { kind = "unreachable", where = "proxy_on_create" },
    } },
    { "vm_start", as = "again", expect = { drv = "failed", callbacks = {} } },
  },
}
