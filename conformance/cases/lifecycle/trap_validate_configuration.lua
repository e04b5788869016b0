return {
  title = "a trap in proxy_validate_configuration fails the VM",
  kind = "spec-mandated",
  class = "negative",
  steps = {
    { "validate_configuration", ctx = "root", config = "x", expect = {
      drv = "trap",
      callbacks = { "proxy_validate_configuration" },
      trap = { kind = "unreachable", where = "proxy_validate_configuration" },
    } },
    { "configure", ctx = "root", expect = { drv = "failed", callbacks = {} } },
    { "vm_start", as = "again", expect = { drv = "failed", callbacks = {} } },
  },
}
