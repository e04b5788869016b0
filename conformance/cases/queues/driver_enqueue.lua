return {
  title = "an item enqueued by another VM is announced and dequeued",
  abi = "all",
  kind = "spec-mandated",
  class = "positive",
  setup = "none",
  steps = {
    { "vm_start", as = "root", expect = { ret = 1 } },
    { "configure", ctx = "root", expect = {
      ret = 1,
      calls = { { "proxy_register_shared_queue", "ok" } },
    } },
    { "queue_enqueue", vm_id = "other-vm", queue = "inbox",
      data = "remote\0item", expect = {
        callbacks = { "proxy_on_queue_ready" },
        calls = {
          { "proxy_dequeue_shared_queue", "ok", out = { data = "remote\0item" } },
        },
      } },
    { "queue_enqueue", vm_id = "other-vm", queue = "inbox", data = "second",
      expect = {
        callbacks = { "proxy_on_queue_ready" },
        calls = {
          { "proxy_dequeue_shared_queue", "ok", out = { data = "second" } },
        },
      } },
  },
}
