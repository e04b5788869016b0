return {
  title = "a shorter period set in on_tick takes effect from that tick; 0 set in a later on_tick stops the timer",
  kind = "spec-mandated",
  abi = "all",
  class = "positive",
  steps = {
    { "advance", ms = 100, expect = {
      callbacks = { "proxy_on_tick" },
      calls = { { "proxy_set_tick_period_milliseconds", "ok" } },
    } },
    { "advance", ms = 29, expect = { callbacks = {} } },
    { "advance", ms = 1, expect = { callbacks = { "proxy_on_tick" }, calls = {} } },
    { "advance", ms = 60, expect = {
      callbacks = { "proxy_on_tick" },
      calls = { { "proxy_set_tick_period_milliseconds", "ok" } },
    } },
    { "advance", ms = 1000, expect = { callbacks = {} } },
  },
}
