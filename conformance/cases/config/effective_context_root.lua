return {
  title = "a stream that makes its root the effective context acts on the root",
  kind = "spec-mandated",
  abi = "all",
  class = "negative",
  steps = {
    { "http_open", ctx = "root", as = "s" },
    { "request_headers", ctx = "s", headers = { { ":path", "/" } }, expect = {
      ret = "continue",
      calls = {
        { "proxy_set_property", "ok" },
        { "proxy_set_effective_context", "ok" },
        { "proxy_set_property", "not_found" },
      },
    } },
  },
}
