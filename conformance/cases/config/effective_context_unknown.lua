return {
  title = "proxy_set_effective_context refuses ids of no live context with bad_argument",
  kind = "spec-mandated",
  abi = "all",
  class = "negative",
  steps = {
    { "http_open", ctx = "root", as = "s" },
    { "request_headers", ctx = "s", headers = { { ":path", "/" } }, expect = { ret = "continue" } },
    { "close", ctx = "s" },
    { "advance", ms = 100, expect = {
      callbacks = { "proxy_on_tick" },
      calls = {
        { "proxy_set_effective_context", "bad_argument" },
        { "proxy_set_effective_context", "bad_argument" },
        { "proxy_set_effective_context", "bad_argument" },
        { "proxy_set_effective_context", "bad_argument" },
        { "proxy_set_property", "not_found" },
      },
    } },
  },
}
