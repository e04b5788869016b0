return {
  title = "proxy_get_property is not_found for unknown paths and for another context's properties",
  kind = "spec-mandated",
  abi = "all",
  class = "negative",
  setup = "none",
  steps = {
    { "vm_start", as = "root", root_id = "r", expect = { ret = 1 } },
    { "configure", ctx = "root", expect = {
      ret = 1,
      calls = {
        { "proxy_get_property", "not_found", out = { value = false, value_len = false } },
        { "proxy_get_property", "not_found", out = { value = false, value_len = false } },
      },
    } },
    { "http_open", ctx = "root", as = "s1" },
    { "request_headers", ctx = "s1", headers = { { ":path", "/" }, { "x", "1" } }, expect = {
      ret = "continue",
      calls = { { "proxy_set_property", "ok" }, { "proxy_get_property", "ok", out = { value = "v" } } },
    } },
    { "http_open", ctx = "root", as = "s2" },
    { "request_headers", ctx = "s2", headers = { { ":path", "/" } }, expect = {
      ret = "continue",
      calls = { { "proxy_get_property", "not_found", out = { value = false } } },
    } },
    { "advance", ms = 100, expect = {
      callbacks = { "proxy_on_tick" },
      calls = { { "proxy_get_property", "not_found", out = { value = false } } },
    } },
  },
}
