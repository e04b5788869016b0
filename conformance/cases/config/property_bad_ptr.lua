return {
  title = "proxy_get_property rejects a path or out-pointer outside memory",
  kind = "spec-mandated",
  abi = "all",
  class = "negative",
  setup = "none",
  steps = {
    { "vm_start", as = "root", root_id = "abc", expect = { ret = 1 } },
    { "configure", ctx = "root", expect = {
      ret = 1,
      calls = {
        { "proxy_get_property", "invalid_memory_access", out = { value = false } },
        { "proxy_get_property", "invalid_memory_access", out = { value = false } },
        { "proxy_get_property", "invalid_memory_access", out = { value = false } },
        { "proxy_get_property", "invalid_memory_access", out = { value = false } },
        { "proxy_get_property", "invalid_memory_access", out = { value = false } },
        { "proxy_get_property", "invalid_memory_access", out = { value = false } },
        { "proxy_get_property", "invalid_memory_access", out = { value = false } },
        { "proxy_get_property", "invalid_memory_access", out = { value = false } },
        { "proxy_get_property", "invalid_memory_access", out = { value = false } },
      },
    } },
  },
}
