return {
  title = "A module without _initialize has _start called once at load, and main not at all",
  kind = "host-defined",
  why = "proxy-wasm-cpp-host calls _start when _initialize is not exported, and main only "
    .. "after _initialize (spec/v0_1_0/semantics.lua _start, main)",
  abi = { "v0_1_0", "v0_2_0", "v0_2_1", "vnext" },
  class = "positive",
  create = {
    callbacks = { "_start" },
    logs = { { "info", "_start" } },
  },
  steps = {
    { "configure", ctx = "root", expect = { ret = 1, callbacks = { "proxy_on_configure" }, logs = {} } },
  },
}
