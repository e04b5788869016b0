return {
  title = "proxy_get_header_map_value with bad key and out-pointers is invalid_memory_access",
  kind = "spec-mandated",
  abi = "all",
  class = "negative",
  steps = {
    { "http_open", ctx = "root", as = "s" },
    { "request_headers", ctx = "s",
      headers = { { ":method", "GET" }, { ":path", "/" }, { "x-a", "1" } },
      expect = {
        ret = "continue",
        calls = {
          -- bad key: nothing is written to the (valid) out-pointers
          { "proxy_get_header_map_value", "invalid_memory_access", out = { value = false, value_len = false } },
          { "proxy_get_header_map_value", "invalid_memory_access", out = { value = false, value_len = false } },
          { "proxy_get_header_map_value", "invalid_memory_access", out = { value = false, value_len = false } },
          -- bad value, then bad value_len
          { "proxy_get_header_map_value", "invalid_memory_access" },
          { "proxy_get_header_map_value", "invalid_memory_access" },
          { "proxy_get_header_map_value", "invalid_memory_access" },
          { "proxy_get_header_map_value", "invalid_memory_access" },
          { "proxy_get_header_map_value", "invalid_memory_access" },
          { "proxy_get_header_map_value", "invalid_memory_access" },
        },
        map = { ctx = "s", type = "request_headers", pairs = {
          { ":method", "GET" }, { ":path", "/" }, { "x-a", "1" } } },
      } },
  },
}
