return {
  title = "a tick period set from a stream context applies to its root context",
  kind = "host-defined",
  abi = "all",
  class = "positive",
  why = [[The seed requires a root context for proxy_set_tick_period_milliseconds. CH accepts the call from any context and applies it to the caller's root, which the case expects; NGX traps outside the root context.]],
  steps = {
    { "http_open", ctx = "root", as = "s" },
    { "request_headers", ctx = "s", headers = { { ":path", "/" } }, expect = {
      ret = "continue", calls = { { "proxy_set_tick_period_milliseconds", "ok" } },
    } },
    { "advance", ms = 50, expect = { callbacks = { "proxy_on_tick" } } },
  },
}
