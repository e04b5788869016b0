return {
  title = "a zero-length queue name, vm_id or item is accepted at the end of memory, refused past it",
  abi = "all",
  kind = "host-defined",
  class = "negative",
  why = [[
The spec says only that a string outside guest memory is
invalid_memory_access.  cpp-host checks a string as ptr + len > memory
size, so a zero-length string is accepted up to the end of memory and
refused past it (abi-semantics §2, reading guest memory), and it
accepts any queue name, the empty one included.  Kong's
ngx_wasm_module traps on an invalid pointer instead, and registers only
queues declared in its configuration.  Expected: the cpp-host
behaviour.]],
  setup = "none",
  steps = {
    { "vm_start", as = "root", expect = { ret = 1 } },
    { "configure", ctx = "root", expect = {
      ret = 1,
      callbacks = { "proxy_on_configure", "proxy_on_queue_ready" },
      calls = {
        { "proxy_register_shared_queue", "ok" },
        { "proxy_resolve_shared_queue", "ok" },
        { "proxy_enqueue_shared_queue", "ok" },
        { "proxy_register_shared_queue", "invalid_memory_access",
          out = { token = false } },
        { "proxy_resolve_shared_queue", "invalid_memory_access",
          out = { token = false } },
        { "proxy_resolve_shared_queue", "invalid_memory_access",
          out = { token = false } },
        { "proxy_enqueue_shared_queue", "invalid_memory_access" },
        { "proxy_enqueue_shared_queue", "invalid_memory_access" },
        { "proxy_dequeue_shared_queue", "ok",
          out = { data = "", data_len = 0 } },
        { "proxy_dequeue_shared_queue", "empty", out = { data = false } },
      },
    } },
  },
}
