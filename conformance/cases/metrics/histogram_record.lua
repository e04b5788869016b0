return {
  title = "proxy_record_metric records histogram samples",
  kind = "spec-mandated",
  class = "positive",
  setup = "none",
  steps = {
    { "vm_start", as = "root", expect = { ret = 1 } },
    { "configure", ctx = "root", expect = {
      ret = 1,
      calls = {
        { "proxy_define_metric", "ok" },
        { "proxy_record_metric", "ok" },
        { "proxy_record_metric", "ok" },
        { "proxy_record_metric", "ok" },
      },
      metric = { name = "latency_ms", type = "histogram" },
    } },
  },
}
