return {
  title = "proxy_on_configure returning 0 rejects the plugin",
  kind = "spec-mandated",
  abi = "all",
  class = "negative",
  setup = "none",
  steps = {
    { "vm_start", as = "root", expect = { ret = 1 } },
    { "configure", ctx = "root", config = "bad", expect = {
      drv = "rejected", ret = 0, callbacks = { "proxy_on_configure" },
    } },
  },
}
