return {
  title = "outside the configuration callbacks proxy_get_configuration gives the root's plugin configuration",
  kind = "host-defined",
  abi = { "v1alpha", "v0_1_0" },
  class = "positive",
  why = [[The seed defines what proxy_get_configuration returns only in on_start, validate_configuration and on_configure. pwabi's semantics (spec/v1alpha/semantics.lua) say the reference host returns the configuration of the current root context elsewhere, with the statuses ok and invalid_memory_access only; the case expects that. Real hosts differ: CH registers the call only for ABI 0.1.0 modules, NGX always.]],
  setup = "none",
  steps = {
    { "vm_start", as = "root", vm_config = "vm", expect = { ret = 1 } },
    { "configure", ctx = "root", config = "plugin-config", expect = { ret = 1 } },
    { "advance", ms = 100, expect = {
      callbacks = { "proxy_on_tick" },
      calls = { { "proxy_get_configuration", "ok", out = { config = "plugin-config" } } },
    } },
    { "http_open", ctx = "root", as = "s" },
    { "request_headers", ctx = "s", headers = { { ":path", "/" } }, expect = {
      ret = "continue",
      calls = { { "proxy_get_configuration", "ok", out = { config = "plugin-config" } } },
    } },
  },
}
