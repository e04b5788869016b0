return {
  title = "the first tick comes one period after it is set, then the timer re-arms",
  kind = "spec-mandated",
  abi = "all",
  class = "positive",
  setup = "none",
  steps = {
    { "vm_start", as = "root", expect = {
      ret = 1, calls = { { "proxy_set_tick_period_milliseconds", "ok" } },
    } },
    { "configure", ctx = "root", expect = { ret = 1 } },
    { "advance", ms = 99, expect = { callbacks = {} } },
    { "advance", ms = 1, expect = { callbacks = { "proxy_on_tick" } } },
    { "advance", ms = 250, expect = { callbacks = { "proxy_on_tick", "proxy_on_tick" } } },
    { "advance", ms = 50, expect = { callbacks = { "proxy_on_tick" } } },
  },
}
