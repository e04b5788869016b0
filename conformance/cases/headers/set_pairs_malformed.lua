return {
  title = "malformed pairs blobs to set_header_map_pairs are bad_argument and change nothing",
  kind = "host-defined",
  abi = "all",
  class = "negative",
  why = "pwabi's strict rule (semantics.lua; option bad_pairs=strict): a blob "
    .. "that is not exactly well-formed pairs data is bad_argument and the "
    .. "map is untouched.  proxy-wasm-cpp-host reads any malformed blob as "
    .. "an empty list without reporting it: the map is cleared and the call "
    .. "returns ok (bad_pairs=empty).  Kong's ngx_wasm_module trusts the "
    .. "counts, with no bounds or NUL checks.",
  steps = {
    { "http_open", ctx = "root", as = "s" },
    { "request_headers", ctx = "s",
      headers = { { ":method", "GET" }, { ":path", "/" }, { "x-a", "1" } },
      expect = {
        ret = "continue",
        calls = {
          { "proxy_set_header_map_pairs", "bad_argument" },  -- 2 bytes
          { "proxy_set_header_map_pairs", "bad_argument" },  -- header cut
          { "proxy_set_header_map_pairs", "bad_argument" },  -- count 5
          { "proxy_set_header_map_pairs", "bad_argument" },  -- klen 100
          { "proxy_set_header_map_pairs", "bad_argument" },  -- no key NUL
          { "proxy_set_header_map_pairs", "bad_argument" },  -- no value NUL
          { "proxy_set_header_map_pairs", "bad_argument" },  -- trailing
        },
        map = { ctx = "s", type = "request_headers", pairs = {
          { ":method", "GET" }, { ":path", "/" }, { "x-a", "1" } } },
      } },
  },
}
