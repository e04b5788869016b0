return {
  title = "a trap in proxy_on_tick fails the VM; no further tick runs",
  kind = "spec-mandated",
  abi = "all",
  class = "negative",
  module = "trap_in.tmpl.wat",
  setup = "none",
  steps = {
    { "vm_start", as = "root", root_id = "on_tick", expect = { ret = 1 } },
    { "configure", ctx = "root", expect = { ret = 1 } },
    { "advance", ms = 10, expect = {
      drv = "trap",
      callbacks = { "proxy_on_tick" },
      trap = { kind = "unreachable", where = "proxy_on_tick" },
    } },
    { "advance", ms = 10, expect = { drv = "failed", callbacks = {} } },
    { "vm_start", as = "again", expect = { drv = "failed", callbacks = {} } },
  },
}
