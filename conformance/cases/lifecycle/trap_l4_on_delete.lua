return {
  title = "a trap in a connection's proxy_on_delete comes after on_done and on_log; the VM is failed",
  kind = "spec-mandated",
  abi = "all",
  class = "negative",
  module = "trap_l4_close.tmpl.wat",
  steps = {
    { "tcp_open", ctx = "root", as = "c", expect = { ret = "continue" } },
    { "tcp_close", ctx = "c", dir = "downstream", peer = "remote", expect = {
      logs = { { "info", "down" } },
    } },
    { "tcp_close", ctx = "c", dir = "upstream", peer = "unknown", expect = {
      drv = "trap",
      callbacks = {
        "proxy_on_upstream_connection_close", "proxy_on_done", "proxy_on_log",
        "proxy_on_delete",
      },
      logs = { { "info", "up" }, { "info", "done" }, { "info", "log" }, { "info", "delete" } },
      trap = { kind = "unreachable", where = "proxy_on_delete" },
    } },
    { "tcp_open", ctx = "root", as = "d", expect = { drv = "failed", callbacks = {}, logs = {} } },
    { "vm_start", as = "again", expect = { drv = "failed", callbacks = {} } },
  },
}
