return {
  title = "a trap in one root context's callback fails the VM for every root",
  kind = "spec-mandated",
  abi = "all",
  class = "negative",
  setup = "none",
  steps = {
    { "vm_start", as = "r1", expect = { ret = 1 } },
    { "vm_start", as = "r2", expect = { ret = 1 } },
    { "configure", ctx = "r2", config = "fine", expect = { drv = "trap",
      callbacks = { "proxy_on_configure" },
      trap = { kind = "unreachable", where = "proxy_on_configure" },
    } },
    { "configure", ctx = "r1", config = "ok", expect = { drv = "failed", callbacks = {} } },
    { "tcp_open", ctx = "r1", as = "c", expect = { drv = "failed", callbacks = {} } },
  },
}
