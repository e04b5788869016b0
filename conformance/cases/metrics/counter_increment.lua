return {
  title = "a counter adds positive increments and reads back through proxy_get_metric",
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
        { "proxy_increment_metric", "ok" },
        { "proxy_increment_metric", "ok" },
        { "proxy_get_metric", "ok", out = { value = 42 } },
      },
      metric = { name = "requests", value = 42, type = "counter" },
    } },
  },
}
