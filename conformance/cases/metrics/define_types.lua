return {
  title = "proxy_define_metric creates a counter, a gauge and a histogram",
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
        { "proxy_define_metric", "ok" },
      },
      metrics = {
        { name = "requests", value = 0, type = "counter" },
        { name = "in_flight", value = 0, type = "gauge" },
        { name = "latency_ms", type = "histogram" },
      },
    } },
  },
}
