return {
  title = "the effective context lasts only until the callback returns",
  kind = "spec-mandated",
  abi = "all",
  class = "negative",
  steps = {
    { "http_open", ctx = "root", as = "s" },
    { "request_headers", ctx = "s", headers = { { ":path", "/" } }, expect = { ret = "continue" } },
    { "advance", ms = 100, expect = {
      callbacks = { "proxy_on_tick" },
      calls = { { "proxy_set_effective_context", "ok" }, { "proxy_set_property", "ok" } },
    } },
    { "advance", ms = 100, expect = {
      callbacks = { "proxy_on_tick" },
      calls = { { "proxy_set_property", "not_found" } },
    } },
  },
}
