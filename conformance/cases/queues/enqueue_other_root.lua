return {
  title = "an item the guest enqueues into another root's queue notifies that root, with that queue's token",
  abi = "all",
  kind = "spec-mandated",
  class = "positive",
  setup = "none",
  steps = {
    { "vm_start", as = "first", root_id = "first", expect = { ret = 1 } },
    { "configure", ctx = "first", config = "", expect = {
      ret = 1,
      callbacks = { "proxy_on_configure" },
      calls = { { "proxy_register_shared_queue", "ok" } },
    } },
    { "vm_start", as = "second", root_id = "second", expect = { ret = 1 } },
    { "configure", ctx = "second", config = "second", expect = {
      ret = 1,
      callbacks = { "proxy_on_configure", "proxy_on_queue_ready" },
      calls = {
        { "proxy_register_shared_queue", "ok" },
        { "proxy_resolve_shared_queue", "ok" },
        { "proxy_enqueue_shared_queue", "ok" },
        { "proxy_dequeue_shared_queue", "ok",
          out = { data = "hello", data_len = 5 } },
      },
    } },
  },
}
