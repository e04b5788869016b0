return {
  title = "a trap in proxy_on_create of a root context fails the VM before proxy_on_start",
  kind = "spec-mandated",
  abi = "all",
  class = "negative",
  setup = "none",
  steps = {
    { "vm_start", as = "root", expect = {
      drv = "trap",
      callbacks = { "proxy_on_context_create" },
      trap = { kind = "unreachable", where = "proxy_on_context_create" },
    } },
    { "configure", ctx = "root", expect = { drv = "failed", callbacks = {} } },
    { "vm_start", as = "again", expect = { drv = "failed", callbacks = {} } },
  },
}
