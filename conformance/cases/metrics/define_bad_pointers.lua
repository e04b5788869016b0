return {
  title = "proxy_define_metric rejects bad name and id pointers",
  kind = "spec-mandated",
  abi = "all",
  class = "negative",
  setup = "none",
  steps = {
    { "vm_start", as = "root", expect = { ret = 1 } },
    { "configure", ctx = "root", expect = {
      ret = 1,
      calls = {
        { "proxy_define_metric", "invalid_memory_access" },
        { "proxy_define_metric", "invalid_memory_access" },
        { "proxy_define_metric", "invalid_memory_access" },
        { "proxy_define_metric", "invalid_memory_access" },
        { "proxy_define_metric", "invalid_memory_access" },
        { "proxy_define_metric", "invalid_memory_access" },
      },
    } },
  },
}
