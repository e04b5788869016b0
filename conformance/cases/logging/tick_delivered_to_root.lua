return {
  title = "proxy_on_tick is called with the id of the root context whose timer is due, and only for roots that set one",
  kind = "spec-mandated",
  abi = "all",
  class = "positive",
  setup = "none",
  steps = {
    { "vm_start", as = "a", vm_config = "0123456789", expect = { ret = 1 } },
    { "configure", ctx = "a" },
    { "vm_start", as = "b", vm_config = "0123456789012", expect = { ret = 1 } },
    { "configure", ctx = "b" },
    { "vm_start", as = "quiet", vm_config = "01234", expect = {
      ret = 1, calls = {},
    } },
    { "configure", ctx = "quiet" },
    { "advance", ms = 100, expect = { callbacks = { "proxy_on_tick" }, logs = { { "info", "a" } } } },
    { "advance", ms = 30, expect = { callbacks = { "proxy_on_tick" }, logs = { { "info", "b" } } } },
    { "advance", ms = 70, expect = { callbacks = { "proxy_on_tick" }, logs = { { "info", "a" } } } },
    { "advance", ms = 60, expect = { callbacks = { "proxy_on_tick" }, logs = { { "info", "b" } } } },
    { "advance", ms = 40, expect = { callbacks = { "proxy_on_tick" }, logs = { { "info", "a" } } } },
    { "advance", ms = 89, expect = { callbacks = {}, logs = {} } },
    { "advance", ms = 11, expect = {
      callbacks = { "proxy_on_tick", "proxy_on_tick" }, logs = { { "info", "b" }, { "info", "a" } },
    } },
  },
}
