return {
  title = "a metric defined in the root context is incremented from streams",
  kind = "spec-mandated",
  abi = "all",
  class = "positive",
  setup = "none",
  steps = {
    { "vm_start", as = "root", expect = { ret = 1 } },
    { "configure", ctx = "root", expect = {
      ret = 1,
      calls = { { "proxy_define_metric", "ok" } },
      metric = { name = "streams", value = 0, type = "counter" },
    } },
    { "http_open", ctx = "root", as = "s1" },
    { "request_headers", ctx = "s1", headers = { { ":path", "/a" } }, expect = {
      ret = 0,
      calls = { { "proxy_increment_metric", "ok" } },
      metric = { name = "streams", value = 1, type = "counter" },
    } },
    { "http_open", ctx = "root", as = "s2" },
    { "request_headers", ctx = "s2", headers = { { ":path", "/b" } }, expect = {
      ret = 0,
      calls = { { "proxy_increment_metric", "ok" } },
      metric = { name = "streams", value = 2, type = "counter" },
    } },
  },
}
