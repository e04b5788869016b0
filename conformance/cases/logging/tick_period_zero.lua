return {
  title = "a tick period of 0 stops the timer",
  kind = "spec-mandated",
  abi = "all",
  class = "positive",
  steps = {
    { "advance", ms = 100, expect = {
      callbacks = { "proxy_on_tick" },
      calls = { { "proxy_set_tick_period_milliseconds", "ok" } },
    } },
    { "advance", ms = 1000, expect = { callbacks = {} } },
  },
}
