-- Each of the seven header-map functions, once per bad headers_type.
local ALL = {
  { "proxy_add_header_map_value", "bad_argument" },
  { "proxy_get_header_map_value", "bad_argument",
    out = { value = false, value_len = false } },
  { "proxy_get_header_map_pairs", "bad_argument",
    out = { buf = false, buf_len = false } },
  { "proxy_set_header_map_pairs", "bad_argument" },
  { "proxy_replace_header_map_value", "bad_argument" },
  { "proxy_remove_header_map_value", "bad_argument" },
  { "proxy_get_header_map_size", "bad_argument", out = { len = false } },
}
local calls = {}
for _ = 1, 2 do
  for k = 1, #ALL do calls[#calls + 1] = ALL[k] end
end
return {
  title = "headers_type one past the last (9; 8 from 0.1.0) and 0xFFFFFFFF are bad_argument for every map function",
  kind = "spec-mandated",
  abi = "all",
  class = "negative",
  steps = {
    { "http_open", ctx = "root", as = "s" },
    { "request_headers", ctx = "s",
      headers = { { ":method", "GET" }, { ":path", "/a" } },
      expect = {
        ret = "continue",
        calls = calls,
        map = { ctx = "s", type = "request_headers",
                pairs = { { ":method", "GET" }, { ":path", "/a" } } },
      } },
  },
}
