return {
  title = "every root context has its own timer",
  kind = "spec-mandated",
  abi = "all",
  class = "positive",
  setup = "none",
  steps = {
    { "vm_start", as = "r1", vm_config = "0123456789", expect = { ret = 1 } },
    { "configure", ctx = "r1" },
    { "vm_start", as = "r2", vm_config = "012345678901234", expect = { ret = 1 } },
    { "configure", ctx = "r2" },
    { "advance", ms = 100, expect = { callbacks = { "proxy_on_tick" } } },
    { "advance", ms = 50, expect = { callbacks = { "proxy_on_tick" } } },
    { "advance", ms = 50, expect = { callbacks = { "proxy_on_tick" } } },
    { "advance", ms = 99, expect = { callbacks = {} } },
  },
}
