return {
  title = "proxy_set_property from a root context is not_found",
  kind = "spec-mandated",
  abi = "all",
  class = "negative",
  setup = "none",
  steps = {
    { "vm_start", as = "root", expect = { ret = 1 } },
    { "configure", ctx = "root", expect = { ret = 1, calls = { { "proxy_set_property", "not_found" } } } },
    { "advance", ms = 100, expect = {
      callbacks = { "proxy_on_tick" }, calls = { { "proxy_set_property", "not_found" } },
    } },
  },
}
