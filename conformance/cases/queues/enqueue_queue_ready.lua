return {
  title = "each enqueue is followed by one proxy_on_queue_ready(root, token)",
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
        { "proxy_enqueue_shared_queue", "ok" },
        { "proxy_dequeue_shared_queue", "ok", out = { data = "job-1" } },
        { "proxy_dequeue_shared_queue", "ok", out = { data = "job-2" } },
      },
    } },
  },
}
