return {
  title = "proxy_record_metric adds to a counter and sets a gauge",
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
        { "proxy_record_metric", "ok" },
        { "proxy_get_metric", "ok", out = { value = 7 } },
        { "proxy_record_metric", "ok" },
        { "proxy_record_metric", "ok" },
        { "proxy_get_metric", "ok", out = { value = 1099511627776 } },
      },
      metrics = {
        { name = "bytes_total", value = 7, type = "counter" },
        { name = "queue_depth", value = 1099511627776, type = "gauge" },
      },
    } },
  },
}
