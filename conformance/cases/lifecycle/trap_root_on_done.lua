return {
  title = "a trap in proxy_on_done of a root context fails the VM; on_delete is not called",
  kind = "spec-mandated",
  abi = "all",
  class = "negative",
  module = "trap_in.tmpl.wat",
  setup = "none",
  steps = {
    { "vm_start", as = "root", root_id = "root_on_done", expect = { ret = 1 } },
    { "configure", ctx = "root", expect = { ret = 1 } },
    { "root_done", ctx = "root", expect = {
      drv = "trap",
      callbacks = { "proxy_on_done" },
      trap = { kind = "unreachable", where = "proxy_on_done" },
    } },
    { "vm_start", as = "again", expect = { drv = "failed", callbacks = {} } },
  },
}
