return {
  title = "proxy_get_current_time_nanoseconds refuses a bad out-pointer from streams and ticks too",
  kind = "spec-mandated",
  abi = "all",
  class = "negative",
  steps = {
    { "http_open", ctx = "root", as = "s" },
    { "request_headers", ctx = "s", headers = { { ":path", "/" } }, expect = {
      ret = "continue",
      calls = { { "proxy_get_current_time_nanoseconds", "invalid_memory_access", out = { time = false } } },
    } },
    { "tcp_open", ctx = "root", as = "c", expect = {
      ret = "continue",
      calls = { { "proxy_get_current_time_nanoseconds", "invalid_memory_access", out = { time = false } } },
    } },
    { "advance", ms = 100, expect = {
      callbacks = { "proxy_on_tick" },
      calls = { { "proxy_get_current_time_nanoseconds", "invalid_memory_access", out = { time = false } } },
    } },
  },
}
