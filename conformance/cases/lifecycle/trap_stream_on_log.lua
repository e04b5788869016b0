return {
  title = "a trap in proxy_on_log of an HTTP stream fails the VM",
  kind = "spec-mandated",
  class = "negative",
  steps = {
    { "http_open", ctx = "root", as = "s" },
    { "request_headers", ctx = "s", headers = { { ":method", "GET" }, { ":path", "/" }, { ":authority", "host" } }, expect = {
      ret = "continue",
    } },
    { "close", ctx = "s", expect = {
      drv = "trap",
      trap = { kind = "unreachable", where = "proxy_on_log" },
    } },
    { "root_done", ctx = "root", expect = { drv = "failed", callbacks = {} } },
    { "vm_start", as = "again", expect = { drv = "failed", callbacks = {} } },
  },
}
