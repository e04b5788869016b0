return {
  title = "L4 data callbacks returning values outside filter_status break the ABI",
  kind = "host-defined",
  abi = "all",
  class = "negative",
  why = [[The spec types the result as filter_status (0 continue, 1 stop_iteration); the reference host treats any other value as an ABI violation and expects drv = abi. CH coerces every non-zero value to stop iteration; NGX has no L4 filters.]],
  steps = {
    { "tcp_open", ctx = "root", as = "c1", expect = { ret = "continue" } },
    { "tcp_data", ctx = "c1", dir = "downstream", data = "x", expect = {
      drv = "abi", ret = 2, callbacks = { "proxy_on_downstream_data" },
    } },
    { "tcp_open", ctx = "root", as = "c2", expect = { ret = "continue" } },
    { "tcp_data", ctx = "c2", dir = "upstream", data = "y", expect = {
      drv = "abi", ret = 5, callbacks = { "proxy_on_upstream_data" },
    } },
  },
}
