return {
  title = "a trap in proxy_on_new_connection fails the VM",
  kind = "spec-mandated",
  class = "negative",
  steps = {
    { "tcp_open", ctx = "root", as = "c", expect = {
      drv = "trap",
      callbacks = { "proxy_on_create", "proxy_on_new_connection" },
      trap = { kind = "unreachable", where = "proxy_on_new_connection" },
    } },
    { "tcp_data", ctx = "c", dir = "downstream", data = "x", expect = {
      drv = "failed",
      callbacks = {},
    } },
    { "vm_start", as = "again", expect = { drv = "failed", callbacks = {} } },
  },
}
