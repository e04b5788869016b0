return {
  title = "proxy_enqueue_shared_queue rejects a bad data pointer and queues nothing",
  abi = "all",
  kind = "spec-mandated",
  class = "negative",
  setup = "none",
  steps = {
    { "vm_start", as = "root", expect = { ret = 1 } },
    { "configure", ctx = "root", expect = {
      ret = 1,
      callbacks = { "proxy_on_configure" },
      calls = {
        { "proxy_register_shared_queue", "ok" },
        { "proxy_enqueue_shared_queue", "invalid_memory_access" },
        { "proxy_enqueue_shared_queue", "invalid_memory_access" },
        { "proxy_enqueue_shared_queue", "invalid_memory_access" },
        { "proxy_dequeue_shared_queue", "empty" },
      },
    } },
  },
}
