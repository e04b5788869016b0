return {
  title = "an item enqueued from proxy_on_queue_ready gets its own notification, after that callback",
  abi = "all",
  kind = "spec-mandated",
  class = "positive",
  setup = "none",
  steps = {
    { "vm_start", as = "root", expect = { ret = 1 } },
    { "configure", ctx = "root", expect = {
      ret = 1,
      callbacks = {
        "proxy_on_configure", "proxy_on_queue_ready", "proxy_on_queue_ready",
      },
      calls = {
        { "proxy_register_shared_queue", "ok" },
        { "proxy_enqueue_shared_queue", "ok" },
        { "proxy_dequeue_shared_queue", "ok", out = { data = "ping" } },
        { "proxy_enqueue_shared_queue", "ok" },
        { "proxy_dequeue_shared_queue", "ok", out = { data = "pong" } },
      },
    } },
  },
}
