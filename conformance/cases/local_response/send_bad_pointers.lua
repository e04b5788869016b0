return {
  title = "send_local_response with bad string pointers is invalid_memory_access",
  kind = "spec-mandated",
  abi = "all",
  class = "negative",
  steps = {
    { "http_open", ctx = "root", as = "s" },
    { "request_headers", ctx = "s", headers = { { ":path", "/" } },
      expect = {
        ret = "continue",
        calls = {
          -- response_code_details: out of bounds, wrapping, past the end
          { "proxy_send_local_response", "invalid_memory_access" },
          { "proxy_send_local_response", "invalid_memory_access" },
          { "proxy_send_local_response", "invalid_memory_access" },
          -- body: out of bounds, wrapping, past the end
          { "proxy_send_local_response", "invalid_memory_access" },
          { "proxy_send_local_response", "invalid_memory_access" },
          { "proxy_send_local_response", "invalid_memory_access" },
          -- additional_response_header_pairs: out of bounds, wrapping, past the end
          { "proxy_send_local_response", "invalid_memory_access" },
          { "proxy_send_local_response", "invalid_memory_access" },
          { "proxy_send_local_response", "invalid_memory_access" },
        },
        local_response = false,
      } },
  },
}
