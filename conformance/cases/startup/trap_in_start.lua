return {
  title = "A trap in _start fails the VM's creation",
  kind = "spec-mandated",
  abi = { "v0_1_0", "v0_2_0", "v0_2_1", "vnext" },
  class = "negative",
  create = {
    drv = "failed",
    callbacks = { "_start" },
    trap = { kind = "memory", where = "_start" },
  },
  steps = {},
}
