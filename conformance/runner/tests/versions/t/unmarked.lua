-- Bound by --abi only: without it the module is taken for the version
-- without a marker, whose vm_start callback it lacks.
return {
  title = "runner test: no marker, no declaration: --abi",
  kind = "spec-mandated", class = "positive", setup = "none",
  steps = { { "vm_start", expect = { ret = 1, callbacks = {
    "proxy_on_context_create", "proxy_on_vm_start" } } } },
}
