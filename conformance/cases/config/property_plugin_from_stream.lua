return {
  title = "a stream context reads its plugin's properties (plugin_root_id)",
  kind = "spec-mandated",
  abi = "all",
  class = "positive",
  setup = "none",
  steps = {
    { "vm_start", as = "root", root_id = "edge", expect = { ret = 1 } },
    { "configure", ctx = "root", expect = { ret = 1 } },
    { "http_open", ctx = "root", as = "s" },
    { "request_headers", ctx = "s", headers = { { ":path", "/" } }, expect = {
      ret = "continue",
      calls = { { "proxy_get_property", "ok", out = { value = "edge" } } },
    } },
  },
}
