return {
  title = "defining a metric name again refers to the same metric",
  kind = "spec-mandated",
  abi = "all",
  class = "positive",
  setup = "none",
  steps = {
    { "vm_start", as = "root", expect = { ret = 1 } },
    { "configure", ctx = "root", expect = {
      ret = 1,
      calls = {
        { "proxy_define_metric", "ok" },
        { "proxy_define_metric", "ok" },
        { "proxy_increment_metric", "ok" },
        { "proxy_increment_metric", "ok" },
        { "proxy_get_metric", "ok", out = { value = 7 } },
        { "proxy_get_metric", "ok", out = { value = 7 } },
      },
      metric = { name = "hits", value = 7, type = "counter" },
    } },
  },
}
