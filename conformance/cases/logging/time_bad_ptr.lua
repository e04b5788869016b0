return {
  title = "proxy_get_current_time_nanoseconds rejects an out-pointer outside memory",
  kind = "spec-mandated",
  abi = "all",
  class = "negative",
  setup = "none",
  steps = {
    { "set_time", ns = 1600000000000000000 },
    { "vm_start", as = "root", expect = { ret = 1 } },
    { "configure", ctx = "root", expect = {
      ret = 1,
      calls = {
        { "proxy_get_current_time_nanoseconds", "invalid_memory_access", out = { time = false } },
        { "proxy_get_current_time_nanoseconds", "invalid_memory_access", out = { time = false } },
        { "proxy_get_current_time_nanoseconds", "invalid_memory_access", out = { time = false } },
        { "proxy_get_current_time_nanoseconds", "ok", out = { time = 1600000000000000000 } },
      },
    } },
  },
}
