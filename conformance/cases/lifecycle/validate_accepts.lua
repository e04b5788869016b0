return {
  title = "proxy_validate_configuration accepting a configuration calls nothing else",
  kind = "spec-mandated",
  abi = "all",
  class = "positive",
  module = "validate_configuration.tmpl.wat",
  steps = {
    { "validate_configuration", ctx = "root", config = "good", expect = {
      ret = 4, callbacks = { "proxy_validate_configuration" },
    } },
    { "configure", ctx = "root", config = "good", expect = {
      ret = 1, callbacks = { "proxy_on_configure" },
    } },
  },
}
