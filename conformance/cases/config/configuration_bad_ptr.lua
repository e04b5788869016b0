return {
  title = "proxy_get_configuration rejects every out-pointer outside memory",
  kind = "spec-mandated",
  abi = { "v1alpha", "v0_1_0" },
  class = "negative",
  setup = "none",
  steps = {
    { "vm_start", as = "root", expect = { ret = 1 } },
    { "configure", ctx = "root", config = "cfg", expect = {
      ret = 1,
      calls = {
        { "proxy_get_configuration", "invalid_memory_access", out = { config = false } },
        { "proxy_get_configuration", "invalid_memory_access", out = { config = false } },
        { "proxy_get_configuration", "invalid_memory_access", out = { config = false } },
        { "proxy_get_configuration", "invalid_memory_access", out = { config = false } },
        { "proxy_get_configuration", "invalid_memory_access", out = { config = false } },
        { "proxy_get_configuration", "invalid_memory_access", out = { config = false } },
      },
    } },
  },
}
