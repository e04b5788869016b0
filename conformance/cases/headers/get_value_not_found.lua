-- In 0.1.0 a missing key is ok and empty, from 0.2.0 not_found (issue
-- #10): expect.by_abi gives 0.1.0's calls.
local OK_EMPTY = { "proxy_get_header_map_value", "ok",
                   out = { value = "", value_len = 0 } }
local NOT_FOUND = { "proxy_get_header_map_value", "not_found",
                    out = { value = false, value_len = false } }
local function missing(n, call)
  local calls = {}
  for i = 1, n do calls[i] = call end
  return calls
end
return {
  title = "get_header_map_value of a missing key is not_found in every map and writes nothing (0.1.0: ok and empty)",
  kind = "spec-mandated",
  abi = "all",
  class = "negative",
  setup = "none",
  steps = {
    { "vm_start", as = "root", expect = { ret = 1 } },
    { "configure", ctx = "root", expect = {
      ret = 1, calls = { { "proxy_http_call", "ok" } } } },
    { "http_response", token = "last",
      headers = { { ":status", "200" }, { "x-r", "1" } }, body = "",
      trailers = { { "x-t", "2" } },
      expect = {
        callbacks = { "proxy_on_http_call_response" },
        calls = missing(2, NOT_FOUND),
        by_abi = { v0_1_0 = { calls = missing(2, OK_EMPTY) } },
      } },
    { "http_open", ctx = "root", as = "s" },
    { "request_headers", ctx = "s",
      headers = { { ":method", "GET" }, { ":path", "/" }, { "x-a", "1" } },
      expect = {
        ret = "continue",
        calls = missing(3, NOT_FOUND),
        by_abi = { v0_1_0 = { calls = missing(3, OK_EMPTY) } },
      } },
    { "request_trailers", ctx = "s", trailers = { { "x-t", "1" } },
      expect = {
        ret = "continue",
        calls = missing(1, NOT_FOUND),
        by_abi = { v0_1_0 = { calls = missing(1, OK_EMPTY) } },
      } },
    { "response_headers", ctx = "s", headers = { { ":status", "200" } },
      expect = {
        ret = "continue",
        calls = missing(1, NOT_FOUND),
        by_abi = { v0_1_0 = { calls = missing(1, OK_EMPTY) } },
      } },
    { "response_trailers", ctx = "s", trailers = {},
      expect = {
        ret = "continue",
        calls = missing(1, NOT_FOUND),
        by_abi = { v0_1_0 = { calls = missing(1, OK_EMPTY) } },
      } },
  },
}
