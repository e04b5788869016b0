return {
  title = "proxy_get_current_time_nanoseconds writes the host's wall clock as a u64",
  kind = "spec-mandated",
  abi = "all",
  class = "positive",
  setup = "none",
  steps = {
    { "set_time", ns = 1700000000123456789 },
    { "vm_start", as = "root", expect = {
      ret = 1, calls = { { "proxy_set_tick_period_milliseconds", "ok" } },
    } },
    { "configure", ctx = "root", expect = {
      ret = 1,
      calls = { { "proxy_get_current_time_nanoseconds", "ok", out = { time = 1700000000123456789 } } },
    } },
    { "advance", ms = 1000, expect = {
      callbacks = { "proxy_on_tick" },
      calls = { { "proxy_get_current_time_nanoseconds", "ok", out = { time = 1700000001123456789 } } },
    } },
  },
}
