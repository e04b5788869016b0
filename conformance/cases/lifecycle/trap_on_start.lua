return {
  title = "a trap in proxy_on_start fails the VM; later steps say failed",
  kind = "spec-mandated",
  abi = "all",
  class = "negative",
  module = "trap_in.tmpl.wat",
  setup = "none",
  steps = {
    { "vm_start", as = "root", root_id = "on_start", expect = {
      drv = "trap",
      callbacks = { "proxy_on_context_create", "proxy_on_vm_start" },
      trap = { kind = "unreachable", where = "proxy_on_vm_start" },
    } },
    { "configure", ctx = "root", expect = { drv = "failed", callbacks = {} } },
    { "vm_start", as = "again", expect = { drv = "failed", callbacks = {} } },
  },
}
