return {
  title = "a trap in proxy_validate_configuration fails the VM",
  kind = "spec-mandated",
  abi = "all",
  class = "negative",
  module = "trap_in.tmpl.wat",
  setup = "none",
  steps = {
    { "vm_start", as = "root", root_id = "validate_configuration", expect = { ret = 1 } },
    { "configure", ctx = "root", expect = { ret = 1 } },
    { "validate_configuration", ctx = "root", config = "x", expect = {
      drv = "trap",
      callbacks = { "proxy_validate_configuration" },
      trap = { kind = "unreachable", where = "proxy_validate_configuration" },
    } },
    { "configure", ctx = "root", expect = { drv = "failed", callbacks = {} } },
    { "vm_start", as = "again", expect = { drv = "failed", callbacks = {} } },
  },
}
