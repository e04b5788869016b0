return {
  title = "a property the proxy set on a stream is readable and writable by the guest",
  kind = "spec-mandated",
  abi = "all",
  class = "positive",
  steps = {
    { "http_open", ctx = "root", as = "s" },
    { "set_property", ctx = "s", path = "x\0y", value = "proxy" },
    { "request_headers", ctx = "s", headers = { { ":path", "/" } }, expect = {
      ret = "continue",
      calls = {
        { "proxy_get_property", "ok", out = { value = "proxy" } },
        { "proxy_set_property", "ok" },
        { "proxy_get_property", "ok", out = { value = "guest" } },
      },
    } },
  },
}
