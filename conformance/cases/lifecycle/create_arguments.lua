return {
  title = "proxy_on_create gets a fresh non-zero id, 0 as the root of a root, the root's id for a stream",
  kind = "spec-mandated",
  abi = "all",
  class = "positive",
  setup = "none",
  steps = {
    { "vm_start", as = "root", expect = {
      ret = 1, callbacks = { "proxy_on_context_create", "proxy_on_vm_start" },
      logs = { { "info", "ok" }, { "info", "ok" } },
    } },
    { "configure", ctx = "root", expect = { ret = 1 } },
    { "tcp_open", ctx = "root", as = "c1", expect = {
      ret = "continue", logs = { { "info", "ok" } },
    } },
    { "tcp_close", ctx = "c1", dir = "downstream", peer = "remote" },
    { "tcp_close", ctx = "c1", dir = "upstream", peer = "remote" },
    { "tcp_open", ctx = "root", as = "c2", expect = {
      ret = "continue", logs = { { "info", "ok" } },
    } },
  },
}
