return {
  title = "a metric defined by a stream outlives it: its id works from the root and other streams after the stream is gone",
  kind = "spec-mandated",
  abi = "all",
  class = "positive",
  steps = {
    { "http_open", ctx = "root", as = "s1" },
    { "request_headers", ctx = "s1", headers = { { ":path", "/" } }, expect = {
      ret = "continue",
      calls = { { "proxy_define_metric", "ok" }, { "proxy_increment_metric", "ok" } },
      metric = { name = "per_stream", value = 1, type = "counter" },
    } },
    { "close", ctx = "s1" },
    { "validate_configuration", ctx = "root", config = "c", expect = {
      ret = 1,
      calls = { { "proxy_increment_metric", "ok" }, { "proxy_get_metric", "ok", out = { value = 2 } } },
    } },
    { "tcp_open", ctx = "root", as = "c", expect = {
      ret = "continue",
      calls = { { "proxy_increment_metric", "ok" }, { "proxy_get_metric", "ok", out = { value = 3 } } },
      metric = { name = "per_stream", value = 3, type = "counter" },
    } },
  },
}
