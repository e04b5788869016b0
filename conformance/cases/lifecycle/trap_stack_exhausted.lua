return {
  title = "unbounded recursion in a callback is a stack trap and fails the VM",
  kind = "spec-mandated",
  abi = "all",
  class = "negative",
  setup = "none",
  steps = {
    { "vm_start", as = "root", expect = { ret = 1 } },
    { "configure", ctx = "root", expect = {
      drv = "trap",
      callbacks = { "proxy_on_configure" },
      trap = { kind = "stack", where = "proxy_on_configure" },
    } },
    { "configure", ctx = "root", expect = { drv = "failed", callbacks = {} } },
  },
}
