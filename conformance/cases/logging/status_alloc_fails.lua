return {
  title = "proxy_get_status fails with invalid_memory_access when the allocator returns 0 for its message",
  kind = "spec-mandated",
  abi = "all",
  class = "negative",
  setup = "none",
  steps = {
    { "vm_start", as = "root", expect = { ret = 1 } },
    { "configure", ctx = "root", expect = { ret = 1, calls = { { "proxy_http_call", "ok" } } } },
    { "http_failure", token = "last", expect = {
      callbacks = { "proxy_on_http_call_response" },
      calls = { { "proxy_get_status", "invalid_memory_access", out = { code = false, message = false } } },
    } },
  },
}
