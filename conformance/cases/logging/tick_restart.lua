return {
  title = "setting a period again restarts the timer; a period set in on_tick replaces the old one",
  kind = "spec-mandated",
  abi = "all",
  class = "positive",
  steps = {
    { "advance", ms = 60, expect = { callbacks = {} } },
    { "validate_configuration", ctx = "root", config = "c", expect = {
      ret = 1, calls = { { "proxy_set_tick_period_milliseconds", "ok" } },
    } },
    { "advance", ms = 60, expect = { callbacks = {} } },
    { "advance", ms = 40, expect = { callbacks = { "proxy_on_tick" } } },
    { "advance", ms = 299, expect = { callbacks = {} } },
    { "advance", ms = 1, expect = { callbacks = { "proxy_on_tick" } } },
  },
}
