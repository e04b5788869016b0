return {
  title = "A trap in main (after _initialize) fails the VM's creation",
  kind = "spec-mandated",
  abi = { "v0_1_0", "v0_2_0", "v0_2_1", "vnext" },
  class = "negative",
  create = {
    drv = "failed",
    callbacks = { "_initialize", "main" },
    logs = { { "info", "init" } },
    trap = { kind = "div_zero", where = "main" },
  },
  steps = {},
}
