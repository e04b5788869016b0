return {
  title = "proxy_validate_configuration returning 0 rejects the configuration",
  kind = "spec-mandated",
  abi = "all",
  class = "negative",
  module = "validate_configuration.tmpl.wat",
  steps = {
    { "validate_configuration", ctx = "root", config = "", expect = {
      drv = "rejected", ret = 0, callbacks = { "proxy_validate_configuration" },
    } },
  },
}
