return {
  title = "proxy_get_shared_data is invalid_memory_access when the allocator fails",
  abi = "all",
  kind = "spec-mandated",
  class = "negative",
  setup = "none",
  steps = {
    { "vm_start", as = "root", expect = { ret = 1 } },
    { "configure", ctx = "root", expect = {
      ret = 1,
      calls = {
        { "proxy_set_shared_data", "ok" },
        { "proxy_get_shared_data", "invalid_memory_access" },
        { "proxy_get_shared_data", "invalid_memory_access" },
        { "proxy_get_shared_data", "ok", out = { value = "value" } },
      },
      shared_data = { key = "k", value = "value" },
    } },
  },
}
