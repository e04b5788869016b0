return {
  title = "a trap in proxy_on_delete of an HTTP stream fails the VM",
  kind = "spec-mandated",
  abi = "all",
  class = "negative",
  module = "trap_in.tmpl.wat",
  setup = "none",
  steps = {
    { "vm_start", as = "root", root_id = "stream_on_delete", expect = { ret = 1 } },
    { "configure", ctx = "root", expect = { ret = 1 } },
    { "http_open", ctx = "root", as = "s" },
    { "request_headers", ctx = "s", headers = { { ":method", "GET" }, { ":path", "/" }, { ":authority", "host" } }, expect = {
      ret = "continue",
    } },
    { "close", ctx = "s", expect = {
      drv = "trap",
      trap = { kind = "unreachable", where = "proxy_on_delete" },
    } },
    { "root_done", ctx = "root", expect = { drv = "failed", callbacks = {} } },
    { "vm_start", as = "again", expect = { drv = "failed", callbacks = {} } },
  },
}
