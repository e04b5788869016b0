return {
  title = "With malloc and proxy_on_memory_allocate both exported the host allocates with malloc",
  kind = "host-defined",
  why = "The documents prefer proxy_on_memory_allocate; proxy-wasm-cpp-host and Kong look up "
    .. "malloc first (erratum E7, the version's `allocators` order in spec/v0_1_0/abi.lua)",
  abi = { "v0_1_0", "v0_2_0", "v0_2_1", "vnext" },
  class = "positive",
  steps = {
    { "configure", ctx = "root", expect = {
      ret = 1,
      calls = {
        { "proxy_log", "ok" },
        { "proxy_call_foreign_function", "ok", out = { results = "abc", results_len = 3 } },
        { "proxy_log", "ok" },
      },
      logs = { { "info", "malloc" }, { "info", "abc" } },
    } },
  },
}
