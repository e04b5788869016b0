return {
  title = "a trap in proxy_on_request_headers fails the VM; later steps say failed",
  kind = "spec-mandated",
  class = "negative",
  steps = {
    { "http_open", ctx = "root", as = "s" },
    { "request_headers", ctx = "s", headers = { { ":method", "GET" }, { ":path", "/" }, { ":authority", "host" } }, expect = {
      drv = "trap",
      trap = { kind = "unreachable", where = "proxy_on_request_headers" },
    } },
    { "request_body", ctx = "s", body = "x", eos = true, expect = {
      drv = "failed",
      callbacks = {},
    } },
    { "vm_start", as = "again", expect = { drv = "failed", callbacks = {} } },
  },
}
