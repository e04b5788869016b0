return {
  title = "http_call timeouts of 2^31 ms and above are bad_argument",
  kind = "host-defined",
  class = "negative",
  abi = "all",
  why = "The seed types the timeout u32 and semantics.lua only says an "
    .. "out-of-range timeout is bad_argument.  proxy-wasm-cpp-host passes "
    .. "it to Envoy as a C int, so 2^31 and above turn negative and are "
    .. "bad_argument; the reference host draws the line at the same place. "
    .. "Kong's ngx_wasm_module applies its own limits.",
  setup = "none",
  steps = {
    { "vm_start", as = "root", expect = { ret = 1 } },
    { "configure", ctx = "root", expect = {
      ret = 1,
      calls = {
        { "proxy_http_call", "bad_argument" },   -- 0x80000000
        { "proxy_http_call", "bad_argument" },   -- 0xFFFFFFFF
        { "proxy_http_call", "ok" },             -- 0x7FFFFFFF
      },
      callout = { token = "last", kind = "http", timeout = 0x7fffffff },
    } },
  },
}
