return {
  title = "metric deltas and values are 64-bit: increments past 2^32 and signed gauge deltas apply whole",
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
        { "proxy_increment_metric", "ok" },
        { "proxy_increment_metric", "ok" },
        { "proxy_increment_metric", "bad_argument" },
        { "proxy_get_metric", "ok", out = { value = 6442450944 } },
        { "proxy_record_metric", "ok" },
        { "proxy_get_metric", "ok", out = { value = 10737418240 } },
        { "proxy_increment_metric", "ok" },
        { "proxy_get_metric", "ok", out = { value = 4294967297 } },
        { "proxy_increment_metric", "ok" },
        { "proxy_get_metric", "ok", out = { value = 1 } },
      },
      metrics = {
        { name = "bytes", value = 10737418240, type = "counter" },
        { name = "level", value = 1, type = "gauge" },
      },
    } },
  },
}
