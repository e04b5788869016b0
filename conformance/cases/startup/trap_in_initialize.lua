return {
  title = "A trap in _initialize fails the VM's creation; main is not called",
  kind = "spec-mandated",
  abi = { "v0_1_0", "v0_2_0", "v0_2_1", "vnext" },
  class = "negative",
  create = {
    drv = "failed",
    callbacks = { "_initialize" },
    trap = { kind = "unreachable", where = "_initialize" },
  },
  steps = {},
}
