return {
  title = "a trap in proxy_on_request_headers fails the VM; later steps say failed",
  kind = "spec-mandated",
  abi = "all",
  class = "negative",
  module = "trap_in.tmpl.wat",
  setup = "none",
  steps = {
    { "vm_start", as = "root", root_id = "request_headers", expect = { ret = 1 } },
    { "configure", ctx = "root", expect = { ret = 1 } },
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
