return {
  title = "property paths work with and without a trailing NUL, for get and set",
  kind = "spec-mandated",
  abi = "all",
  class = "positive",
  setup = "none",
  steps = {
    { "vm_start", as = "root", root_id = "my_root", expect = { ret = 1 } },
    { "configure", ctx = "root", expect = {
      ret = 1,
      calls = {
        { "proxy_get_property", "ok", out = { value = "my_root" } },
        { "proxy_get_property", "ok", out = { value = "my_root" } },
      },
    } },
    { "http_open", ctx = "root", as = "s" },
    { "request_headers", ctx = "s", headers = { { ":path", "/" } }, expect = {
      ret = "continue",
      calls = {
        { "proxy_set_property", "ok" },
        { "proxy_set_property", "ok" },
        { "proxy_get_property", "ok", out = { value = "v1" } },
        { "proxy_get_property", "ok", out = { value = "v2" } },
      },
    } },
  },
}
