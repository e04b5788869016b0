return {
  title = "proxy_register_shared_queue rejects bad name and token pointers",
  abi = "all",
  kind = "spec-mandated",
  class = "negative",
  setup = "none",
  steps = {
    { "vm_start", as = "root", expect = { ret = 1 } },
    { "configure", ctx = "root", expect = {
      ret = 1,
      calls = {
        { "proxy_register_shared_queue", "invalid_memory_access" },
        { "proxy_register_shared_queue", "invalid_memory_access" },
        { "proxy_register_shared_queue", "invalid_memory_access" },
        { "proxy_register_shared_queue", "invalid_memory_access" },
        { "proxy_register_shared_queue", "invalid_memory_access" },
        { "proxy_register_shared_queue", "invalid_memory_access" },
      },
    } },
  },
}
