return {
  title = "increment, record and get with an unknown metric id are not_found",
  kind = "spec-mandated",
  abi = "all",
  class = "negative",
  setup = "none",
  steps = {
    { "vm_start", as = "root", expect = { ret = 1 } },
    { "configure", ctx = "root", expect = {
      ret = 1,
      calls = {
        { "proxy_increment_metric", "not_found" },
        { "proxy_record_metric", "not_found" },
        { "proxy_get_metric", "not_found", out = { value = false } },
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
    } },
  },
}
