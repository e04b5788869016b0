return {
  title = "http_call without a required pseudo-header, with malformed headers or no upstream is bad_argument",
  kind = "spec-mandated",
  class = "negative",
  abi = "all",
  setup = "none",
  steps = {
    { "vm_start", as = "root", expect = { ret = 1 } },
    { "configure", ctx = "root", expect = {
      ret = 1,
      calls = {
        { "proxy_http_call", "bad_argument" },   -- no :method
        { "proxy_http_call", "bad_argument" },   -- no :path
        { "proxy_http_call", "bad_argument" },   -- no :authority
        { "proxy_http_call", "bad_argument" },   -- no headers
        { "proxy_http_call", "bad_argument" },   -- malformed pairs
        { "proxy_http_call", "bad_argument" },   -- empty upstream
      },
    } },
  },
}
