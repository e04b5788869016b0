return {
  title = "tcp_open calls proxy_on_create then proxy_on_new_connection, which may continue or stop",
  kind = "spec-mandated",
  abi = "all",
  class = "positive",
  steps = {
    { "tcp_open", ctx = "root", as = "c1", expect = {
      ret = "continue", callbacks = { "proxy_on_context_create", "proxy_on_new_connection" },
    } },
    { "tcp_open", ctx = "root", as = "c2", expect = {
      ret = "stop_iteration", callbacks = { "proxy_on_context_create", "proxy_on_new_connection" },
    } },
  },
}
