return {
  title = "a trap in proxy_on_done of a root context fails the VM; on_delete is not called",
  kind = "spec-mandated",
  class = "negative",
  steps = {
    { "root_done", ctx = "root", expect = {
      drv = "trap",
      callbacks = { "proxy_on_done" },
      trap = { kind = "unreachable", where = "proxy_on_done" },
    } },
    { "vm_start", as = "again", expect = { drv = "failed", callbacks = {} } },
  },
}
