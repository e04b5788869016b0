return {
  title = "proxy_get_status is invalid_memory_access when the allocator fails",
  kind = "spec-mandated",
  class = "negative",
  setup = "none",
  steps = {
    { "vm_start", as = "root", expect = { ret = 1 } },
    { "configure", ctx = "root", expect = {
      ret = 1, calls = { { "proxy_grpc_call", "ok" } },
    } },
    { "grpc_close", token = "last", status = "unavailable", message = "down",
      expect = {
        callbacks = { "proxy_on_grpc_close" },
        calls = {
          { "proxy_get_status", "invalid_memory_access" },
          { "proxy_get_status", "invalid_memory_access" },
          { "proxy_get_status", "ok", out = { code = 14, message = "down" } },
        },
      } },
  },
}
