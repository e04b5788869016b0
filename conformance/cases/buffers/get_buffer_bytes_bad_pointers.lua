return {
  title = "proxy_get_buffer_bytes with bad out-pointers is invalid_memory_access",
  kind = "spec-mandated",
  abi = "all",
  class = "negative",
  steps = {
    { "http_open", ctx = "root", as = "s" },
    { "request_headers", ctx = "s",
      headers = { { ":method", "POST" }, { ":path", "/" } },
      expect = { ret = "continue" } },
    { "request_body", ctx = "s", body = "body", eos = false,
      expect = {
        ret = "continue",
        calls = {
          { "proxy_get_buffer_bytes", "invalid_memory_access" },
          { "proxy_get_buffer_bytes", "invalid_memory_access" },
          { "proxy_get_buffer_bytes", "invalid_memory_access" },
          { "proxy_get_buffer_bytes", "invalid_memory_access" },
          { "proxy_get_buffer_bytes", "invalid_memory_access" },
          { "proxy_get_buffer_bytes", "invalid_memory_access" },
        },
      } },
  },
}
