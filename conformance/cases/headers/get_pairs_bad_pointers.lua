return {
  title = "proxy_get_header_map_pairs with bad out-pointers is invalid_memory_access",
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
          { "proxy_get_header_map_pairs", "invalid_memory_access" },
          { "proxy_get_header_map_pairs", "invalid_memory_access" },
          { "proxy_get_header_map_pairs", "invalid_memory_access" },
          { "proxy_get_header_map_pairs", "invalid_memory_access" },
          { "proxy_get_header_map_pairs", "invalid_memory_access" },
          { "proxy_get_header_map_pairs", "invalid_memory_access" },
        },
        map = { ctx = "s", type = "request_headers", pairs = {
          { ":method", "GET" }, { ":path", "/" }, { "x-a", "1" } } },
      } },
  },
}
