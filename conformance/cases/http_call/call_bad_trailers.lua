return {
  title = "http_call with malformed trailer pairs is bad_argument",
  kind = "host-defined",
  class = "negative",
  abi = "all",
  why = "pwabi's strict rule (semantics.lua; option bad_pairs=strict): "
    .. "malformed pairs are bad_argument.  proxy-wasm-cpp-host reads them "
    .. "as an empty list: the call is sent without trailers and returns ok "
    .. "(bad_pairs=empty); Kong's ngx_wasm_module trusts the counts.",
  setup = "none",
  steps = {
    { "vm_start", as = "root", expect = { ret = 1 } },
    { "configure", ctx = "root", expect = {
      ret = 1,
      calls = {
        { "proxy_http_call", "bad_argument" },   -- 2 bytes
        { "proxy_http_call", "bad_argument" },   -- count 5
        { "proxy_http_call", "bad_argument" },   -- no key NUL
        { "proxy_http_call", "bad_argument" },   -- trailing bytes
      },
    } },
  },
}
