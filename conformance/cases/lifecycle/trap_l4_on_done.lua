return {
  title = "a trap in a connection's proxy_on_done: neither on_log nor on_delete runs, and the VM is failed",
  kind = "spec-mandated",
  abi = "all",
  class = "negative",
  module = "trap_l4_close.tmpl.wat",
  steps = {
    { "tcp_open", ctx = "root", as = "c", expect = { ret = "continue" } },
    { "tcp_open", ctx = "root", as = "other", expect = { ret = "continue" } },
    { "tcp_close", ctx = "c", dir = "downstream", peer = "unknown", expect = {
      callbacks = { "proxy_on_downstream_connection_close" }, logs = { { "info", "down" } },
    } },
    { "tcp_close", ctx = "c", dir = "upstream", peer = "remote", expect = {
      drv = "trap",
      callbacks = { "proxy_on_upstream_connection_close", "proxy_on_done" },
      logs = { { "info", "up" }, { "info", "done" } },
      trap = { kind = "unreachable", where = "proxy_on_done" },
    } },
    -- the other connection's events find the VM failed
    { "tcp_close", ctx = "other", dir = "downstream", peer = "remote", expect = {
      drv = "failed", callbacks = {}, logs = {},
    } },
  },
}
