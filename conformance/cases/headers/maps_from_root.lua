-- From a root context: one group of seven calls per headers_type, 9 types
-- in v1alpha (with grpc_create_initial_metadata), 8 from 0.1.0.
local GROUP = {
  { "proxy_add_header_map_value", "bad_argument" },
  { "proxy_get_header_map_value", "bad_argument", out = { value = false, value_len = false } },
  { "proxy_replace_header_map_value", "bad_argument" },
  { "proxy_remove_header_map_value", "bad_argument" },
  { "proxy_set_header_map_pairs", "bad_argument" },
  { "proxy_get_header_map_size", "bad_argument", out = { len = false } },
  { "proxy_get_header_map_pairs", "ok" },
}
local function groups(n)
  local calls = {}
  for _ = 1, n do
    for k = 1, #GROUP do calls[#calls + 1] = GROUP[k] end
  end
  return calls
end
return {
  title = "no header map is available from a root context: bad_argument",
  kind = "spec-mandated",
  abi = "all",
  class = "negative",
  setup = "none",
  steps = {
    { "vm_start", as = "root", expect = { ret = 1 } },
    { "configure", ctx = "root", expect = {
      ret = 1,
      calls = groups(8),
      by_abi = { v1alpha = { calls = groups(9) } },
    } },
  },
}
