return {
  title = "proxy_on_start returning 0 rejects the plugin",
  kind = "spec-mandated",
  abi = "all",
  class = "negative",
  setup = "none",
  steps = {
    { "vm_start", as = "root", expect = {
      drv = "rejected", ret = 0, callbacks = { "proxy_on_context_create", "proxy_on_vm_start" },
    } },
  },
}
