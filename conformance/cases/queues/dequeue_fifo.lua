return {
  title = "proxy_dequeue_shared_queue returns items first in, first out",
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
        "proxy_on_queue_ready",
      },
      calls = {
        { "proxy_register_shared_queue", "ok" },
        { "proxy_enqueue_shared_queue", "ok" },
        { "proxy_enqueue_shared_queue", "ok" },
        { "proxy_enqueue_shared_queue", "ok" },
        { "proxy_dequeue_shared_queue", "ok", out = { data = "first" } },
        { "proxy_dequeue_shared_queue", "ok", out = { data = "" } },
        { "proxy_dequeue_shared_queue", "ok", out = { data = "third" } },
      },
    } },
  },
}
