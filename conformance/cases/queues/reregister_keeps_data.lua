return {
  title = "registering a queue name again keeps the items already queued",
  abi = "all",
  kind = "spec-mandated",
  class = "positive",
  setup = "none",
  steps = {
    { "vm_start", as = "root", expect = { ret = 1 } },
    { "configure", ctx = "root", config = "", expect = {
      ret = 1,
      callbacks = { "proxy_on_configure", "proxy_on_queue_ready" },
      calls = {
        { "proxy_register_shared_queue", "ok" },
        { "proxy_enqueue_shared_queue", "ok" },
      },
    } },
    { "configure", ctx = "root", config = "again", expect = {
      ret = 1,
      callbacks = { "proxy_on_configure" },
      calls = {
        { "proxy_register_shared_queue", "ok" },
        { "proxy_dequeue_shared_queue", "ok", out = { data = "kept" } },
      },
    } },
  },
}
