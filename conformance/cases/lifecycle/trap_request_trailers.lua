return {
  title = "a trap in proxy_on_request_trailers fails the VM; later steps say failed",
  kind = "spec-mandated",
  abi = "all",
  class = "negative",
  module = "trap_in.tmpl.wat",
  setup = "none",
  steps = {
    { "vm_start", as = "root", root_id = "request_trailers", expect = { ret = 1 } },
    { "configure", ctx = "root", expect = { ret = 1 } },
    { "http_open", ctx = "root", as = "s" },
    { "request_headers", ctx = "s", headers = { { ":method", "GET" }, { ":path", "/" }, { ":authority", "host" } }, expect = {
      ret = "continue",
    } },
    { "request_body", ctx = "s", body = "hello", eos = false, expect = { ret = "continue" } },
    { "request_trailers", ctx = "s", trailers = { { "t", "1" } }, expect = {
      drv = "trap",
      callbacks = { "proxy_on_request_trailers" },
      trap = { kind = "unreachable", where = "proxy_on_request_trailers" },
    } },
    { "response_headers", ctx = "s", headers = { { ":status", "200" } }, expect = {
      drv = "failed",
      callbacks = {},
    } },
    { "vm_start", as = "again", expect = { drv = "failed", callbacks = {} } },
  },
}
