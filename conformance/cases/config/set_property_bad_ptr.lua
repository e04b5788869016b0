return {
  title = "proxy_set_property rejects a path or value outside memory",
  kind = "spec-mandated",
  abi = "all",
  class = "negative",
  steps = {
    { "http_open", ctx = "root", as = "s" },
    { "request_headers", ctx = "s", headers = { { ":path", "/" } }, expect = {
      ret = "continue",
      calls = {
        { "proxy_set_property", "invalid_memory_access" },
        { "proxy_set_property", "invalid_memory_access" },
        { "proxy_set_property", "invalid_memory_access" },
        { "proxy_set_property", "invalid_memory_access" },
        { "proxy_set_property", "invalid_memory_access" },
        { "proxy_set_property", "invalid_memory_access" },
      },
    } },
  },
}
