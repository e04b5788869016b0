return {
  title = "ids a define never returned stay unknown after metrics of every type are defined",
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
        { "proxy_define_metric", "ok" },
        { "proxy_increment_metric", "not_found" },
        { "proxy_record_metric", "not_found" },
        { "proxy_get_metric", "not_found", out = { value = false } },
        { "proxy_increment_metric", "not_found" },
        { "proxy_record_metric", "not_found" },
        { "proxy_get_metric", "not_found", out = { value = false } },
        { "proxy_increment_metric", "not_found" },
        { "proxy_record_metric", "not_found" },
        { "proxy_get_metric", "not_found", out = { value = false } },
      },
      metrics = {
        { name = "c", value = 0, type = "counter" },
        { name = "g", value = 0, type = "gauge" },
        { name = "h", value = 0, type = "histogram" },
      },
    } },
  },
}
