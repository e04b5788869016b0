return {
  title = "a trap in a connection's proxy_on_log: on_done ran before it, on_delete never runs, the VM is failed",
  kind = "spec-mandated",
  abi = "all",
  class = "negative",
  module = "trap_l4_close.tmpl.wat",
  steps = {
    { "tcp_open", ctx = "root", as = "c", expect = { ret = "continue" } },
    { "tcp_close", ctx = "c", dir = "upstream", peer = "local", expect = {
      callbacks = { "proxy_on_upstream_connection_close" },
    } },
    { "tcp_close", ctx = "c", dir = "downstream", peer = "local", expect = {
      drv = "trap",
      callbacks = {
        "proxy_on_downstream_connection_close", "proxy_on_done", "proxy_on_log",
      },
      logs = { { "info", "down" }, { "info", "done" }, { "info", "log" } },
      trap = { kind = "unreachable", where = "proxy_on_log" },
    } },
    { "root_done", ctx = "root", expect = { drv = "failed", callbacks = {}, logs = {} } },
  },
}
