return {
  title = "proxy_validate_configuration accepting a configuration calls nothing else",
  kind = "spec-mandated",
  class = "positive",
  module = "validate_configuration.wat",
  steps = {
    { "validate_configuration", ctx = "root", config = "good", expect = {
      ret = 4, callbacks = { "proxy_validate_configuration" },
    } },
    { "configure", ctx = "root", config = "good", expect = {
      ret = 1, callbacks = { "proxy_on_configure" },
    } },
  },
}
