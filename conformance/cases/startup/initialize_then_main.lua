return {
  title = "A reactor's _initialize runs first, then main(0, 0); _start is not called",
  kind = "host-defined",
  why = "WASI reactors export _initialize; proxy-wasm-cpp-host calls it and then main(0, 0) "
    .. "when exported, and _start only for a module without _initialize "
    .. "(spec/v0_1_0/semantics.lua _initialize, main, _start; abi-semantics.md 2.2)",
  abi = { "v0_1_0", "v0_2_0", "v0_2_1", "vnext" },
  class = "positive",
  create = {
    callbacks = { "_initialize", "main" },
    calls = { { "proxy_log", "ok" }, { "proxy_log", "ok" }, { "proxy_log", "ok" } },
    logs = { { "info", "_initialize" }, { "info", "main" }, { "info", "argv ok" } },
  },
  setup = "none",
  steps = {
    { "vm_start", as = "root", expect = {
      ret = 1, callbacks = { "proxy_on_vm_start" },
    } },
  },
}
