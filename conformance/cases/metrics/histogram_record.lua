return {
  title = "proxy_record_metric records histogram samples",
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
        { "proxy_record_metric", "ok" },
        { "proxy_record_metric", "ok" },
        { "proxy_record_metric", "ok" },
      },
      -- the driver reads a histogram as its sample count
      metric = { name = "latency_ms", value = 3, type = "histogram" },
    } },
  },
}
