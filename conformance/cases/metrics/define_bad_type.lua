return {
  title = "proxy_define_metric with an unknown metric_type is bad_argument",
  kind = "spec-mandated",
  abi = "all",
  class = "negative",
  setup = "none",
  steps = {
    { "vm_start", as = "root", expect = { ret = 1 } },
    { "configure", ctx = "root", expect = {
      ret = 1,
      calls = {
        { "proxy_define_metric", "bad_argument", out = { id = false } },
        { "proxy_define_metric", "bad_argument", out = { id = false } },
      },
    } },
  },
}
