return {
  title = "proxy_get_log_level rejects an out-pointer outside memory",
  kind = "spec-mandated",
  abi = { "v0_2_1", "vnext" },
  class = "negative",
  setup = "none",
  steps = {
    { "vm_start", as = "root", expect = { ret = 1 } },
    { "configure", ctx = "root", expect = {
      ret = 1,
      calls = {
        { "proxy_get_log_level", "invalid_memory_access", out = { level = false } },
        { "proxy_get_log_level", "invalid_memory_access", out = { level = false } },
        { "proxy_get_log_level", "invalid_memory_access", out = { level = false } },
        { "proxy_get_log_level", "ok", out = { level = 2 } },
      },
    } },
  },
}
