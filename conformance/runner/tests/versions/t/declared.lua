-- The module has no marker: the case's abi field binds it.
return {
  title = "runner test: the case declares its version", abi = "v0_2_1",
  kind = "spec-mandated", class = "positive", setup = "none",
  steps = { { "vm_start", expect = { ret = 1, callbacks = {
    "proxy_on_context_create", "proxy_on_vm_start" } } } },
}
