return {
  title = "closing an HTTP stream calls proxy_on_done, proxy_on_log, proxy_on_delete, even when on_done returns 0",
  kind = "host-defined",
  abi = "all",
  class = "positive",
  why = [[The spec order is done, log, delete (NGX too), which the case expects; Envoy calls proxy_on_log first for HTTP streams (the access-log phase runs before the filter is destroyed): reference host option close_order=log_done_delete. All hosts ignore a stream's on_done result: only roots can stay pending.]],
  steps = {
    { "http_open", ctx = "root", as = "s" },
    { "request_headers", ctx = "s", headers = { { ":path", "/" } }, expect = { ret = "continue" } },
    { "close", ctx = "s", expect = {
      callbacks = { "proxy_on_done", "proxy_on_log", "proxy_on_delete" },
      calls = { { "proxy_log", "ok" }, { "proxy_log", "ok" }, { "proxy_log", "ok" } },
      logs = { { "info", "done" }, { "info", "log" }, { "info", "delete" } },
    } },
  },
}
