return {
  title = "runner test: the module's marker chooses its version",
  kind = "spec-mandated",
  class = "positive",
  setup = "none",
  steps = {
    { "vm_start", expect = { ret = 1, callbacks = { "proxy_on_context_create",
                                                "proxy_on_vm_start" } } },
  },
}
