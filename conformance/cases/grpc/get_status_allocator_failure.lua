return {
  title = "proxy_get_status is invalid_memory_access when the allocator fails for the message",
  kind = "spec-mandated",
  class = "negative",
  abi = "all",
  setup = "none",
  steps = {
    { "vm_start", as = "root", expect = { ret = 1 } },
    { "configure", ctx = "root", expect = {
      ret = 1, calls = { { "proxy_http_call", "ok" } },
    } },
    { "http_failure", token = "last",
      expect = {
        callbacks = { "proxy_on_http_call_response" },
        calls = {
          { "proxy_get_status", "invalid_memory_access" },
          { "proxy_get_status", "invalid_memory_access" },
          { "proxy_get_status", "ok", out = { code = 11 } },
        },
      } },
  },
}
