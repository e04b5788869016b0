return {
  title = "a trap in proxy_on_upstream_data fails the VM",
  kind = "spec-mandated",
  abi = "all",
  class = "negative",
  module = "trap_in.tmpl.wat",
  setup = "none",
  steps = {
    { "vm_start", as = "root", root_id = "upstream_data", expect = { ret = 1 } },
    { "configure", ctx = "root", expect = { ret = 1 } },
    { "tcp_open", ctx = "root", as = "c", expect = { ret = "continue" } },
    { "tcp_data", ctx = "c", dir = "upstream", data = "hello", expect = {
      drv = "trap",
      callbacks = { "proxy_on_upstream_data" },
      trap = { kind = "unreachable", where = "proxy_on_upstream_data" },
    } },
    { "tcp_data", ctx = "c", dir = "downstream", data = "x", expect = {
      drv = "failed",
      callbacks = {},
    } },
    { "vm_start", as = "again", expect = { drv = "failed", callbacks = {} } },
  },
}
