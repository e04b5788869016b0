return {
  title = "incrementing or reading a histogram is bad_argument",
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
        { "proxy_increment_metric", "bad_argument" },
        { "proxy_get_metric", "bad_argument", out = { value = false } },
      },
      metric = { name = "latency_ms", type = "histogram" },
    } },
  },
}
