return {
  title = "a stream enqueues through a resolved token; the registering root is notified",
  abi = "all",
  kind = "spec-mandated",
  class = "positive",
  setup = "none",
  steps = {
    { "vm_start", as = "root", expect = { ret = 1 } },
    { "configure", ctx = "root", expect = {
      ret = 1,
      calls = { { "proxy_register_shared_queue", "ok" } },
    } },
    { "http_open", ctx = "root", as = "s" },
    { "request_headers", ctx = "s", headers = { { ":path", "/" } }, expect = {
      ret = 0,
      calls = {
        { "proxy_resolve_shared_queue", "ok" },
        { "proxy_enqueue_shared_queue", "ok" },
        { "proxy_dequeue_shared_queue", "ok", out = { data = "from s" } },
      },
    } },
  },
}
