return {
  title = "moving the wall clock back or forward neither fires nor delays a tick: the timer keeps its distance",
  kind = "host-defined",
  abi = "all",
  class = "positive",
  why = [[The spec says nothing of how proxy_get_current_time_nanoseconds (wall time) and tick timers relate. ENV arms tick timers on its dispatcher's monotonic clock while the time call reads the real-time clock, so a wall-clock jump moves neither; the reference host keeps each timer's distance to the clock when the driver sets the time (driver.c set_time), which the case expects.]],
  setup = "none",
  steps = {
    { "set_time", ns = 1700000000000000000 },
    { "vm_start", as = "root", expect = {
      ret = 1, calls = { { "proxy_set_tick_period_milliseconds", "ok" } },
    } },
    { "configure", ctx = "root", expect = { ret = 1 } },
    { "advance", ms = 40, expect = { callbacks = {} } },
    { "set_time", ns = 1600000000000000000, expect = { callbacks = {} } },
    { "advance", ms = 59, expect = { callbacks = {} } },
    { "advance", ms = 1, expect = {
      callbacks = { "proxy_on_tick" },
      calls = { { "proxy_get_current_time_nanoseconds", "ok", out = { time = 1600000000060000000 } } },
    } },
    { "set_time", ns = 1800000000000000000, expect = { callbacks = {} } },
    { "advance", ms = 99, expect = { callbacks = {} } },
    { "advance", ms = 1, expect = {
      callbacks = { "proxy_on_tick" },
      calls = { { "proxy_get_current_time_nanoseconds", "ok", out = { time = 1800000000100000000 } } },
    } },
  },
}
