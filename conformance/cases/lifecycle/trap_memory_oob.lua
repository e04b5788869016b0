return {
  title = "an out-of-bounds load in a callback is a memory trap and fails the VM",
  kind = "spec-mandated",
  abi = "all",
  class = "negative",
  steps = {
    { "http_open", ctx = "root", as = "s" },
    { "request_headers", ctx = "s", headers = { { ":path", "/" } }, expect = {
      drv = "trap",
      trap = { kind = "memory", where = "proxy_on_request_headers" },
    } },
    { "tcp_open", ctx = "root", as = "c", expect = { drv = "failed", callbacks = {} } },
  },
}
