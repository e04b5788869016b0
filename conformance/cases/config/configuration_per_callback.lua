return {
  title = "proxy_get_configuration gives the VM configuration in on_start, the candidate in validate, the plugin configuration in on_configure",
  kind = "spec-mandated",
  abi = { "v1alpha", "v0_1_0" },
  class = "positive",
  setup = "none",
  steps = {
    { "vm_start", as = "root", vm_config = "vm-config", expect = {
      ret = 9,
      calls = { { "proxy_get_configuration", "ok", out = { config = "vm-config" } } },
    } },
    { "validate_configuration", ctx = "root", config = "candidate-config", expect = {
      ret = 16,
      calls = { { "proxy_get_configuration", "ok", out = { config = "candidate-config" } } },
    } },
    { "configure", ctx = "root", config = "plugin", expect = {
      ret = 6,
      calls = { { "proxy_get_configuration", "ok", out = { config = "plugin" } } },
    } },
    { "validate_configuration", ctx = "root", config = "\0\xff", expect = {
      ret = 2,
      calls = { { "proxy_get_configuration", "ok", out = { config = "\0\xff" } } },
    } },
    -- an empty configuration reads as ok and empty; its length 0 rejects
    { "configure", ctx = "root", config = "", expect = {
      drv = "rejected", ret = 0,
      calls = { { "proxy_get_configuration", "ok", out = { config = "" } } },
    } },
  },
}
