return {
  title = "a failing guest allocator makes get value and get pairs invalid_memory_access",
  kind = "spec-mandated",
  abi = "all",
  class = "negative",
  steps = {
    { "http_open", ctx = "root", as = "s" },
    { "request_headers", ctx = "s",
      headers = { { ":path", "/abc" }, { "x-empty", "" } },
      expect = {
        ret = "continue",
        calls = {
          -- malloc returns 0
          { "proxy_get_header_map_value", "invalid_memory_access" },
          { "proxy_get_header_map_pairs", "invalid_memory_access" },
          { "proxy_get_header_map_value", "ok", out = { value = "", value_len = 0 } },
          -- malloc returns 65535: the buffer would cross the end of memory
          { "proxy_get_header_map_value", "invalid_memory_access" },
          { "proxy_get_header_map_pairs", "invalid_memory_access" },
        },
      } },
  },
}
