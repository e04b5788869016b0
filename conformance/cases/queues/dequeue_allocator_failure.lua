return {
  title = "proxy_dequeue_shared_queue is invalid_memory_access when the allocator fails",
  abi = "all",
  kind = "spec-mandated",
  class = "negative",
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
        { "proxy_enqueue_shared_queue", "ok" },
        { "proxy_dequeue_shared_queue", "invalid_memory_access" },
        { "proxy_dequeue_shared_queue", "invalid_memory_access" },
      },
    } },
  },
}
