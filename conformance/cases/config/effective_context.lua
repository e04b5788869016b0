return {
  title = "proxy_set_effective_context makes later host calls of the callback act on the chosen stream",
  kind = "spec-mandated",
  abi = "all",
  class = "positive",
  steps = {
    { "http_open", ctx = "root", as = "s" },
    { "request_headers", ctx = "s", headers = { { ":path", "/" } }, expect = { ret = "continue" } },
    { "advance", ms = 100, expect = {
      callbacks = { "proxy_on_tick" },
      calls = { { "proxy_set_effective_context", "ok" }, { "proxy_set_property", "ok" } },
    } },
    { "request_body", ctx = "s", body = "b", eos = true, expect = {
      ret = "continue",
      calls = { { "proxy_get_property", "ok", out = { value = "from-root" } } },
    } },
  },
}
