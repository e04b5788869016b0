return {
  title = "a queue registered from a stream of the second root notifies that root, not the first",
  abi = "all",
  kind = "spec-mandated",
  class = "positive",
  setup = "none",
  steps = {
    { "vm_start", as = "first", root_id = "first", expect = { ret = 1 } },
    { "configure", ctx = "first", expect = { ret = 1, calls = {} } },
    { "vm_start", as = "second", root_id = "second", expect = { ret = 1 } },
    { "configure", ctx = "second", expect = { ret = 1, calls = {} } },
    { "http_open", ctx = "second", as = "s" },
    { "request_headers", ctx = "s", headers = { { ":path", "/" } }, expect = {
      ret = 0,
      callbacks = {
        "proxy_on_context_create", "proxy_on_request_headers",
        "proxy_on_queue_ready",
      },
      calls = {
        { "proxy_register_shared_queue", "ok" },
        { "proxy_enqueue_shared_queue", "ok" },
        { "proxy_dequeue_shared_queue", "ok", out = { data = "from-stream" } },
      },
    } },
  },
}
