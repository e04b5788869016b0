return {
  title = "http_call with a bad pointer in any parameter is invalid_memory_access; nothing is sent",
  kind = "spec-mandated",
  class = "negative",
  abi = "all",
  setup = "none",
  steps = {
    { "vm_start", as = "root", expect = { ret = 1 } },
    { "configure", ctx = "root", expect = {
      ret = 1,
      calls = {
        -- uri
        { "proxy_http_call", "invalid_memory_access" },
        { "proxy_http_call", "invalid_memory_access" },
        { "proxy_http_call", "invalid_memory_access" },
        -- header_pairs
        { "proxy_http_call", "invalid_memory_access" },
        { "proxy_http_call", "invalid_memory_access" },
        { "proxy_http_call", "invalid_memory_access" },
        -- body
        { "proxy_http_call", "invalid_memory_access" },
        { "proxy_http_call", "invalid_memory_access" },
        { "proxy_http_call", "invalid_memory_access" },
        -- trailer_pairs
        { "proxy_http_call", "invalid_memory_access" },
        { "proxy_http_call", "invalid_memory_access" },
        { "proxy_http_call", "invalid_memory_access" },
        -- token
        { "proxy_http_call", "invalid_memory_access" },
        { "proxy_http_call", "invalid_memory_access" },
        { "proxy_http_call", "invalid_memory_access" },
      },
    } },
  },
}
