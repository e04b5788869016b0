return {
  title = "proxy_get_status refuses bad message out-pointers when there is a message to return",
  kind = "spec-mandated",
  abi = "all",
  class = "negative",
  setup = "none",
  steps = {
    { "vm_start", as = "root", expect = { ret = 1 } },
    { "configure", ctx = "root", expect = { ret = 1, calls = { { "proxy_http_call", "ok" } } } },
    { "http_failure", token = "last", expect = {
      callbacks = { "proxy_on_http_call_response" },
      calls = {
        { "proxy_get_status", "invalid_memory_access", out = { code = false, message = false } },
        { "proxy_get_status", "invalid_memory_access", out = { code = false, message = false } },
      },
    } },
  },
}
