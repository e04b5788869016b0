return {
  title = "a queue keeps copies: changing the guest's name or item bytes after the call changes nothing queued",
  abi = "all",
  kind = "spec-mandated",
  class = "negative",
  setup = "none",
  steps = {
    { "vm_start", as = "root", expect = { ret = 1 } },
    { "configure", ctx = "root", expect = {
      ret = 1,
      callbacks = { "proxy_on_configure", "proxy_on_queue_ready" },
      calls = {
        { "proxy_register_shared_queue", "ok" },
        { "proxy_enqueue_shared_queue", "ok" },
        { "proxy_resolve_shared_queue", "not_found", out = { token = false } },
        { "proxy_resolve_shared_queue", "ok" },
        { "proxy_dequeue_shared_queue", "ok", out = { data = "original" } },
      },
    } },
  },
}
