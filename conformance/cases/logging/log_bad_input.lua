return {
  title = "proxy_log rejects unknown levels and bad message pointers",
  kind = "spec-mandated",
  abi = "all",
  class = "negative",
  setup = "none",
  steps = {
    { "vm_start", as = "root", expect = { ret = 1 } },
    { "configure", ctx = "root", expect = {
      ret = 1,
      calls = {
        { "proxy_log", "bad_argument" },
        { "proxy_log", "bad_argument" },
        { "proxy_log", "invalid_memory_access" },
        { "proxy_log", "invalid_memory_access" },
        { "proxy_log", "invalid_memory_access" },
        { "proxy_log", "ok" },
      },
      logs = { { "info", "" } },
    } },
  },
}
