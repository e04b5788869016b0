return {
  title = "a guest allocator returning 0 makes byte-returning host calls fail with invalid_memory_access",
  kind = "spec-mandated",
  abi = { "v1alpha", "v0_1_0" },
  class = "negative",
  setup = "none",
  steps = {
    { "vm_start", as = "root", root_id = "abc", expect = { ret = 1 } },
    { "configure", ctx = "root", config = "cfg", expect = {
      ret = 1,
      calls = {
        { "proxy_get_property", "invalid_memory_access", out = { value = false, value_len = false } },
        { "proxy_get_configuration", "invalid_memory_access", out = { config = false, config_len = false } },
      },
    } },
  },
}
