return {
  title = "vm_start and configure succeed for any non-zero callback result",
  kind = "spec-mandated",
  abi = "all",
  class = "positive",
  setup = "none",
  steps = {
    { "vm_start", as = "root", vm_config = "vm", expect = {
      ret = 7, callbacks = { "proxy_on_context_create", "proxy_on_vm_start" },
    } },
    { "configure", ctx = "root", config = "plugin", expect = {
      ret = 0xffffffff, callbacks = { "proxy_on_configure" },
    } },
  },
}
