return {
  title = "runner test: a bad pointer is invalid_memory_access",
  kind = "spec-mandated",
  class = "negative",
  setup = "none",
  steps = {
    { "vm_start", expect = { ret = 1 } },
    { "configure", expect = {
      ret = 1, calls = { { "proxy_log", "invalid_memory_access" } },
      logs = {} } },
  },
}
