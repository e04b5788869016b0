return {
  title = "the longest tick period (2^32 - 1 ms) fires after exactly that long, not sooner",
  kind = "spec-mandated",
  abi = "all",
  class = "positive",
  setup = "none",
  steps = {
    { "set_time", ns = 1000000000000000000 },
    { "vm_start", as = "root", expect = {
      ret = 1, calls = { { "proxy_set_tick_period_milliseconds", "ok" } },
    } },
    { "configure", ctx = "root", expect = { ret = 1 } },
    { "advance", ms = 3600000, expect = { callbacks = {} } },
    { "advance", ms = 4291367294, expect = { callbacks = {} } },
    { "advance", ms = 1, expect = {
      callbacks = { "proxy_on_tick" },
      calls = { { "proxy_get_current_time_nanoseconds", "ok", out = { time = 1004294967295000000 } } },
    } },
    { "advance", ms = 4294967294, expect = { callbacks = {} } },
    { "advance", ms = 1, expect = {
      callbacks = { "proxy_on_tick" },
      calls = { { "proxy_get_current_time_nanoseconds", "ok", out = { time = 1008589934590000000 } } },
    } },
  },
}
