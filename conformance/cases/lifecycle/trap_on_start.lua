return {
  title = "a trap in proxy_on_start fails the VM; later steps say failed",
  kind = "spec-mandated",
  class = "negative",
  setup = "none",
  steps = {
    { "vm_start", as = "root", expect = {
      drv = "trap",
      callbacks = { "proxy_on_create", "proxy_on_start" },
      trap = { kind = "unreachable", where = "proxy_on_start" },
    } },
    { "configure", ctx = "root", expect = { drv = "failed", callbacks = {} } },
    { "vm_start", as = "again", expect = { drv = "failed", callbacks = {} } },
  },
}
