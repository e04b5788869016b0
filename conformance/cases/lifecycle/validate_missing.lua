return {
  title = "without proxy_validate_configuration every configuration counts as valid",
  kind = "spec-mandated",
  abi = "all",
  class = "positive",
  steps = {
    { "validate_configuration", ctx = "root", config = "", expect = { callbacks = {} } },
    { "validate_configuration", ctx = "root", config = "anything", expect = { callbacks = {} } },
  },
}
