return {
  title = "a name defined as a counter and again as a gauge gives two separate metrics",
  kind = "host-defined",
  abi = "all",
  class = "positive",
  why = [[The spec does not say what a name means across types. In ENV a stat's type is part of what it is, so a counter and a gauge of one name are two stats with their own ids and values (CH ids carry the type in their low 2 bits), which the case expects; NGX derives the id from the name alone, so both defines return one id and one metric.]],
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
        { "proxy_get_metric", "ok", out = { value = 5 } },
        { "proxy_get_metric", "ok", out = { value = 9 } },
        { "proxy_increment_metric", "ok" },
        { "proxy_get_metric", "ok", out = { value = 5 } },
        { "proxy_get_metric", "ok", out = { value = 7 } },
        { "proxy_log", "ok" },
      },
      logs = { { "info", "two ids" } },
    } },
  },
}
