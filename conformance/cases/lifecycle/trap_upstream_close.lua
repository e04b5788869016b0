return {
  title = "a trap in proxy_on_upstream_connection_close fails the VM",
  kind = "spec-mandated",
  abi = "all",
  class = "negative",
  module = "trap_in.tmpl.wat",
  setup = "none",
  steps = {
    { "vm_start", as = "root", root_id = "upstream_close", expect = { ret = 1 } },
    { "configure", ctx = "root", expect = { ret = 1 } },
    { "tcp_open", ctx = "root", as = "c", expect = { ret = "continue" } },
    { "tcp_close", ctx = "c", dir = "upstream", peer = "remote", expect = {
      drv = "trap",
      callbacks = { "proxy_on_upstream_connection_close" },
      trap = { kind = "unreachable", where = "proxy_on_upstream_connection_close" },
    } },
    { "tcp_close", ctx = "c", dir = "downstream", peer = "remote", expect = {
      drv = "failed",
      callbacks = {},
    } },
    { "vm_start", as = "again", expect = { drv = "failed", callbacks = {} } },
  },
}
