return {
  title = "proxy_on_queue_ready goes to the root context that registered the queue last",
  abi = "all",
  kind = "spec-mandated",
  class = "positive",
  setup = "none",
  steps = {
    { "vm_start", as = "first", root_id = "first", expect = { ret = 1 } },
    { "configure", ctx = "first", expect = {
      ret = 1,
      calls = { { "proxy_register_shared_queue", "ok" } },
    } },
    { "vm_start", as = "second", root_id = "second", expect = { ret = 1 } },
    { "configure", ctx = "second", expect = {
      ret = 1,
      calls = { { "proxy_register_shared_queue", "ok" } },
    } },
    { "queue_enqueue", vm_id = "other-vm", queue = "jobs", data = "for second",
      expect = {
        callbacks = { "proxy_on_queue_ready" },
        calls = {
          { "proxy_dequeue_shared_queue", "ok", out = { data = "for second" } },
        },
      } },
  },
}
