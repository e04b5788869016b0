return {
  title = "enqueue and dequeue with an unknown queue token (0, also once a queue exists; never issued; the next one) are not_found",
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
        { "proxy_enqueue_shared_queue", "not_found" },
        { "proxy_enqueue_shared_queue", "not_found" },
        { "proxy_dequeue_shared_queue", "not_found", out = { data = false } },
        { "proxy_dequeue_shared_queue", "not_found", out = { data = false } },
        { "proxy_register_shared_queue", "ok" },
        { "proxy_enqueue_shared_queue", "not_found" },
        { "proxy_dequeue_shared_queue", "not_found",
          out = { data = false, data_len = false } },
        { "proxy_enqueue_shared_queue", "not_found" },
        { "proxy_dequeue_shared_queue", "not_found",
          out = { data = false, data_len = false } },
      },
    } },
  },
}
