return {
  title = "a trap in proxy_on_new_connection fails the VM",
  kind = "spec-mandated",
  abi = "all",
  class = "negative",
  module = "trap_in.tmpl.wat",
  setup = "none",
  steps = {
    { "vm_start", as = "root", root_id = "new_connection", expect = { ret = 1 } },
    { "configure", ctx = "root", expect = { ret = 1 } },
    { "tcp_open", ctx = "root", as = "c", expect = {
      drv = "trap",
      callbacks = { "proxy_on_context_create", "proxy_on_new_connection" },
      trap = { kind = "unreachable", where = "proxy_on_new_connection" },
    } },
    { "tcp_data", ctx = "c", dir = "downstream", data = "x", expect = {
      drv = "failed",
      callbacks = {},
    } },
    { "vm_start", as = "again", expect = { drv = "failed", callbacks = {} } },
  },
}
