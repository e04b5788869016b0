return {
  title = "a histogram name defined twice is one histogram: samples through either id count, and neither id can be incremented or read",
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
        { "proxy_define_metric", "ok" },
        { "proxy_record_metric", "ok" },
        { "proxy_record_metric", "ok" },
        { "proxy_increment_metric", "bad_argument" },
        { "proxy_get_metric", "bad_argument", out = { value = false } },
      },
      -- the driver reads a histogram as its sample count
      metric = { name = "latency", value = 2, type = "histogram" },
    } },
  },
}
