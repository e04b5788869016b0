return {
  title = "Without malloc the host allocates with proxy_on_memory_allocate",
  kind = "spec-mandated",
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
      logs = { { "info", "proxy_on_memory_allocate" }, { "info", "at 4096" } },
    } },
  },
}
