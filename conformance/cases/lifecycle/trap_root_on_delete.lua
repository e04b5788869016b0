return {
  title = "a trap in proxy_on_delete of a root context fails the VM",
  kind = "spec-mandated",
  class = "negative",
  steps = {
    { "root_done", ctx = "root", expect = {
      drv = "trap",
      callbacks = { "proxy_on_done", "proxy_on_delete" },
      trap = { kind = "unreachable", where = "proxy_on_delete" },
    } },
    { "vm_start", as = "again", expect = { drv = "failed", callbacks = {} } },
  },
}
