return {
  title = "A module with no allocator starts, but a call that must hand back bytes is invalid_memory_access",
  kind = "host-defined",
  why = "proxy-wasm-cpp-host refuses to load a module with neither malloc nor "
    .. "proxy_on_memory_allocate (spec/v0_1_0/semantics.lua proxy_on_memory_allocate); "
    .. "the reference host loads it and fails each call that needs the allocator, "
    .. "as when the allocator returns 0 (runtimes/core/vm.c)",
  abi = { "v0_1_0", "v0_2_0", "v0_2_1", "vnext" },
  class = "negative",
  steps = {
    { "configure", ctx = "root", expect = {
      ret = 1,
      calls = {
        { "proxy_call_foreign_function", "invalid_memory_access" },
        { "proxy_call_foreign_function", "ok", out = { results_len = 0 } },
      },
    } },
  },
}
