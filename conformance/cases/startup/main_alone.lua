return {
  title = "main is called only after _initialize: a module exporting main alone runs nothing at start-up",
  kind = "host-defined",
  why = "proxy-wasm-cpp-host calls main(0, 0) only when _initialize is exported "
    .. "(spec/v0_1_0/semantics.lua main)",
  abi = { "v0_1_0", "v0_2_0", "v0_2_1", "vnext" },
  class = "positive",
  create = { callbacks = {}, calls = {} },
  steps = {
    { "configure", ctx = "root", expect = { ret = 1, callbacks = { "proxy_on_configure" } } },
  },
}
