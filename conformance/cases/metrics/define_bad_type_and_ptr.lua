return {
  title = "proxy_define_metric with an unknown type and a bad name reports the type first",
  kind = "host-defined",
  abi = "all",
  class = "negative",
  why = [[The spec gives no precedence between two bad arguments. pwabi's generated glue checks arguments in parameter order, so the metric_type (bad_argument) wins over the name (invalid_memory_access), which the case expects; NGX traps on an unknown type.]],
  setup = "none",
  steps = {
    { "vm_start", as = "root", expect = { ret = 1 } },
    { "configure", ctx = "root", expect = {
      ret = 1,
      calls = {
        { "proxy_define_metric", "bad_argument", out = { id = false } },
        { "proxy_define_metric", "invalid_memory_access", out = { id = false } },
      },
    } },
  },
}
