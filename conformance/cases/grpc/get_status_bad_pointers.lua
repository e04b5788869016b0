return {
  title = "proxy_get_status rejects bad code, message and length out-pointers",
  kind = "spec-mandated",
  class = "negative",
  setup = "none",
  steps = {
    { "vm_start", as = "root", expect = { ret = 1 } },
    { "configure", ctx = "root", expect = {
      ret = 1, calls = { { "proxy_grpc_stream", "ok" } },
    } },
    { "grpc_close", token = "last", status = "unknown", message = "boom",
      expect = {
        callbacks = { "proxy_on_grpc_close" },
        calls = {
          -- code
          { "proxy_get_status", "invalid_memory_access" },
          { "proxy_get_status", "invalid_memory_access" },
          { "proxy_get_status", "invalid_memory_access" },
          -- message
          { "proxy_get_status", "invalid_memory_access" },
          { "proxy_get_status", "invalid_memory_access" },
          { "proxy_get_status", "invalid_memory_access" },
          -- message_len
          { "proxy_get_status", "invalid_memory_access" },
          { "proxy_get_status", "invalid_memory_access" },
          { "proxy_get_status", "invalid_memory_access" },
          { "proxy_get_status", "ok", out = { code = 2, message = "boom" } },
        },
      } },
  },
}
