return {
  title = "proxy_get_metric rejects a bad value out-pointer",
  kind = "spec-mandated",
  abi = "all",
  class = "negative",
  setup = "none",
  steps = {
    { "vm_start", as = "root", expect = { ret = 1 } },
    { "configure", ctx = "root", expect = {
      ret = 1,
      calls = {
        { "proxy_define_metric", "ok" },
        { "proxy_increment_metric", "ok" },
        { "proxy_get_metric", "invalid_memory_access" },
        { "proxy_get_metric", "invalid_memory_access" },
        { "proxy_get_metric", "invalid_memory_access" },
        { "proxy_get_metric", "ok", out = { value = 3 } },
      },
    } },
  },
}
