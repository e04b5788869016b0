-- In on_request_headers: one group of three bad_argument calls per
-- headers_type after request_headers, 8 types in v1alpha (with
-- grpc_create_initial_metadata), 7 from 0.1.0 (renumbered).
local GROUP = {
  { "proxy_add_header_map_value", "bad_argument" },
  { "proxy_get_header_map_value", "bad_argument", out = { value = false, value_len = false } },
  { "proxy_get_header_map_size", "bad_argument", out = { len = false } },
}
local function groups(n)
  local calls = {}
  for _ = 1, n do
    for k = 1, #GROUP do calls[#calls + 1] = GROUP[k] end
  end
  return calls
end
return {
  title = "maps of another phase are bad_argument; request headers are frozen once the response starts",
  kind = "spec-mandated",
  abi = "all",
  class = "negative",
  steps = {
    { "http_open", ctx = "root", as = "s" },
    { "request_headers", ctx = "s",
      headers = { { ":method", "GET" }, { ":path", "/a" }, { "x-a", "0" } },
      expect = {
        ret = "continue",
        calls = groups(7),
        by_abi = { v1alpha = { calls = groups(8) } },
      } },
    { "response_headers", ctx = "s", headers = { { ":status", "200" } },
      expect = {
        ret = "continue",
        calls = {
          { "proxy_add_header_map_value", "bad_argument" },
          { "proxy_replace_header_map_value", "bad_argument" },
          { "proxy_remove_header_map_value", "bad_argument" },
          { "proxy_set_header_map_pairs", "bad_argument" },
        },
        map = { ctx = "s", type = "request_headers", pairs = {
          { ":method", "GET" }, { ":path", "/a" }, { "x-a", "0" } } },
      } },
  },
}
