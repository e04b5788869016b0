return {
  title = "a trap in proxy_on_configure fails the VM; later steps say failed",
  kind = "spec-mandated",
  abi = "all",
  class = "negative",
  module = "trap_in.tmpl.wat",
  setup = "none",
  steps = {
    { "vm_start", as = "root", root_id = "on_configure", expect = { ret = 1 } },
    { "configure", ctx = "root", expect = {
      drv = "trap",
      callbacks = { "proxy_on_configure" },
      trap = { kind = "unreachable", where = "proxy_on_configure" },
    } },
    { "configure", ctx = "root", expect = { drv = "failed", callbacks = {} } },
    { "vm_start", as = "again", expect = { drv = "failed", callbacks = {} } },
  },
}
