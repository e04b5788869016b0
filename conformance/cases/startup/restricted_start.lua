return {
  title = "A host call outside the start-up set (proxy_get_property) traps in _initialize and the VM is not created",
  kind = "host-defined",
  why = "proxy-wasm-cpp-host allows only proxy_log and some WASI calls while _initialize, "
    .. "_start and main run; any other host call fails the start "
    .. "(spec/v0_1_0/semantics.lua _initialize; abi-semantics.md 2.2; runtimes/core/vm.c)",
  abi = { "v0_1_0", "v0_2_0", "v0_2_1", "vnext" },
  class = "negative",
  create = {
    drv = "failed",
    callbacks = { "_initialize" },
    calls = { { "proxy_log", "ok" } },
    logs = { { "info", "init" } },
    trap = { kind = "host", where = "_initialize" },
  },
  steps = {},
}
