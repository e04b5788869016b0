return {
  title = "proxy_get_status with nothing recorded gives code 0 and an empty message",
  kind = "spec-mandated",
  abi = "all",
  class = "positive",
  setup = "none",
  steps = {
    { "vm_start", as = "root", expect = { ret = 1 } },
    { "configure", ctx = "root", expect = {
      ret = 1,
      calls = { { "proxy_get_status", "ok", out = { code = 0, message = "" } } },
    } },
    { "http_open", ctx = "root", as = "s" },
    { "request_headers", ctx = "s", headers = { { ":path", "/" } }, expect = {
      ret = "continue",
      calls = { { "proxy_get_status", "ok", out = { code = 0, message = "" } } },
    } },
  },
}
