return {
  title = "send_local_response with malformed header pairs is bad_argument",
  kind = "host-defined",
  abi = "all",
  class = "negative",
  why = "pwabi's strict rule (semantics.lua; option bad_pairs=strict): "
    .. "malformed pairs are bad_argument and nothing is sent.  "
    .. "proxy-wasm-cpp-host reads them as an empty list and sends the reply "
    .. "without extra headers (ok; bad_pairs=empty); Kong's ngx_wasm_module "
    .. "trusts the counts.",
  steps = {
    { "http_open", ctx = "root", as = "s" },
    { "request_headers", ctx = "s", headers = { { ":path", "/" } },
      expect = {
        ret = "continue",
        calls = {
          { "proxy_send_local_response", "bad_argument" },  -- 2 bytes
          { "proxy_send_local_response", "bad_argument" },  -- count 5
          { "proxy_send_local_response", "bad_argument" },  -- klen 100
          { "proxy_send_local_response", "bad_argument" },  -- no key NUL
          { "proxy_send_local_response", "bad_argument" },  -- trailing
        },
        local_response = false,
      } },
  },
}
