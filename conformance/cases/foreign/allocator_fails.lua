return {
  title = "When the allocator returns 0 proxy_call_foreign_function is invalid_memory_access",
  kind = "spec-mandated",
  abi = { "v0_1_0", "v0_2_0", "v0_2_1", "vnext" },
  class = "negative",
  steps = {
    { "configure", ctx = "root", expect = {
      ret = 1,
      calls = { { "proxy_call_foreign_function", "invalid_memory_access" } },
    } },
  },
}
