return {
  title = "proxy_get_status rejects every out-pointer outside memory",
  kind = "spec-mandated",
  abi = "all",
  class = "negative",
  setup = "none",
  steps = {
    { "vm_start", as = "root", expect = { ret = 1 } },
    { "configure", ctx = "root", expect = {
      ret = 1,
      calls = {
        { "proxy_get_status", "invalid_memory_access", out = { code = false, message = false } },
        { "proxy_get_status", "invalid_memory_access", out = { code = false, message = false } },
        { "proxy_get_status", "invalid_memory_access", out = { code = false, message = false } },
        { "proxy_get_status", "invalid_memory_access", out = { code = false, message = false } },
        { "proxy_get_status", "invalid_memory_access", out = { code = false, message = false } },
        { "proxy_get_status", "invalid_memory_access", out = { code = false, message = false } },
        { "proxy_get_status", "invalid_memory_access", out = { code = false, message = false } },
        { "proxy_get_status", "invalid_memory_access", out = { code = false, message = false } },
        { "proxy_get_status", "invalid_memory_access", out = { code = false, message = false } },
      },
    } },
  },
}
