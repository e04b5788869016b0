return {
  title = "A WASI call outside the start-up set (sched_yield) traps in _start and the VM is not created",
  kind = "host-defined",
  why = "proxy-wasm-cpp-host allows only the WASI calls libc makes at start while the "
    .. "start-up exports run (spec/v0_1_0/semantics.lua _initialize, _start; "
    .. "abi-semantics.md 2.2; runtimes/core/vm.c)",
  abi = { "v0_1_0", "v0_2_0", "v0_2_1", "vnext" },
  class = "negative",
  create = {
    drv = "failed",
    callbacks = { "_start" },
    calls = { { "clock_time_get", "success" } },
    trap = { kind = "host", where = "_start" },
  },
  steps = {},
}
