return {
  title = "incrementing a counter by zero or a negative delta is bad_argument",
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
        { "proxy_increment_metric", "bad_argument" },
        { "proxy_increment_metric", "bad_argument" },
        { "proxy_increment_metric", "bad_argument" },
        { "proxy_get_metric", "ok", out = { value = 5 } },
      },
      metric = { name = "requests", value = 5, type = "counter" },
    } },
  },
}
