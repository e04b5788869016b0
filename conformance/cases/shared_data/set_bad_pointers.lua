return {
  title = "proxy_set_shared_data rejects bad key and value pointers and stores nothing",
  abi = "all",
  kind = "spec-mandated",
  class = "negative",
  setup = "none",
  steps = {
    { "vm_start", as = "root", expect = { ret = 1 } },
    { "configure", ctx = "root", expect = {
      ret = 1,
      calls = {
        { "proxy_set_shared_data", "invalid_memory_access" },
        { "proxy_set_shared_data", "invalid_memory_access" },
        { "proxy_set_shared_data", "invalid_memory_access" },
        { "proxy_set_shared_data", "invalid_memory_access" },
        { "proxy_set_shared_data", "invalid_memory_access" },
        { "proxy_set_shared_data", "invalid_memory_access" },
      },
      shared_data = { key = "k", missing = true },
    } },
  },
}
