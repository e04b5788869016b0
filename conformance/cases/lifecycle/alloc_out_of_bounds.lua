return {
  title = "a guest allocator returning a buffer outside memory makes the host call fail with invalid_memory_access",
  kind = "spec-mandated",
  abi = "all",
  class = "negative",
  setup = "none",
  steps = {
    { "vm_start", as = "root", root_id = "abc", expect = { ret = 1 } },
    { "configure", ctx = "root", expect = {
      ret = 1,
      calls = {
        { "proxy_get_property", "invalid_memory_access", out = { value = false, value_len = false } },
        { "proxy_get_property", "invalid_memory_access", out = { value = false, value_len = false } },
        { "proxy_get_property", "invalid_memory_access", out = { value = false, value_len = false } },
      },
    } },
  },
}
