return {
  title = "enqueue and dequeue with an unknown queue token are not_found",
  kind = "spec-mandated",
  class = "negative",
  setup = "none",
  steps = {
    { "vm_start", as = "root", expect = { ret = 1 } },
    { "configure", ctx = "root", expect = {
      ret = 1,
      callbacks = { "proxy_on_configure" },
      calls = {
        { "proxy_enqueue_shared_queue", "not_found" },
        { "proxy_enqueue_shared_queue", "not_found" },
        { "proxy_dequeue_shared_queue", "not_found", out = { data = false } },
        { "proxy_dequeue_shared_queue", "not_found", out = { data = false } },
      },
    } },
  },
}
