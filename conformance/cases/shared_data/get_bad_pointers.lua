return {
  title = "proxy_get_shared_data rejects bad key and out-pointers with invalid_memory_access",
  abi = "all",
  kind = "spec-mandated",
  class = "negative",
  setup = "none",
  steps = {
    { "vm_start", as = "root", expect = { ret = 1 } },
    { "configure", ctx = "root", expect = {
      ret = 1,
      calls = {
        { "proxy_set_shared_data", "ok" },
        -- key
        { "proxy_get_shared_data", "invalid_memory_access" },
        { "proxy_get_shared_data", "invalid_memory_access" },
        { "proxy_get_shared_data", "invalid_memory_access" },
        -- value
        { "proxy_get_shared_data", "invalid_memory_access" },
        { "proxy_get_shared_data", "invalid_memory_access" },
        { "proxy_get_shared_data", "invalid_memory_access" },
        -- value_len
        { "proxy_get_shared_data", "invalid_memory_access" },
        { "proxy_get_shared_data", "invalid_memory_access" },
        { "proxy_get_shared_data", "invalid_memory_access" },
        -- cas
        { "proxy_get_shared_data", "invalid_memory_access" },
        { "proxy_get_shared_data", "invalid_memory_access" },
        { "proxy_get_shared_data", "invalid_memory_access" },
        { "proxy_get_shared_data", "ok", out = { value = "value" } },
      },
      shared_data = { key = "k", value = "value" },
    } },
  },
}
