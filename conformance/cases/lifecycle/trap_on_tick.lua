return {
  title = "a trap in proxy_on_tick fails the VM; no further tick runs",
  kind = "spec-mandated",
  class = "negative",
  steps = {
    { "advance", ms = 10, expect = {
      drv = "trap",
      callbacks = { "proxy_on_tick" },
      trap = { kind = "unreachable", where = "proxy_on_tick" },
    } },
    { "advance", ms = 10, expect = { drv = "failed", callbacks = {} } },
    { "vm_start", as = "again", expect = { drv = "failed", callbacks = {} } },
  },
}
