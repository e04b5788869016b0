return {
  title = "proxy_on_new_connection returning 9 (not a filter_status) breaks the ABI",
  kind = "host-defined",
  abi = "all",
  class = "negative",
  why = [[The spec types the result as filter_status (0 continue, 1 stop_iteration); the reference host treats any other value as an ABI violation and expects drv = abi. CH coerces every non-zero value to stop iteration; NGX has no L4 filters.]],
  steps = {
    { "tcp_open", ctx = "root", as = "c", expect = {
      drv = "abi", ret = 9, callbacks = { "proxy_on_context_create", "proxy_on_new_connection" },
    } },
  },
}
