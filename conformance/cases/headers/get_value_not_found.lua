-- In 0.1.0 a missing key is ok and empty, from 0.2.0 not_found (issue
-- #10): expect.by_abi gives 0.1.0's calls.
local OK_EMPTY = { "proxy_get_header_map_value", "ok",
                   out = { value = "", value_len = 0 } }
local NOT_FOUND = { "proxy_get_header_map_value", "not_found",
                    out = { value = false, value_len = false } }
return {
  title = "get_header_map_value of a missing key is not_found and writes nothing (0.1.0: ok and empty)",
  kind = "spec-mandated",
  abi = "all",
  class = "negative",
  steps = {
    { "http_open", ctx = "root", as = "s" },
    { "request_headers", ctx = "s",
      headers = { { ":method", "GET" }, { ":path", "/" }, { "x-a", "1" } },
      expect = {
        ret = "continue",
        calls = { NOT_FOUND, NOT_FOUND, NOT_FOUND },
        by_abi = { v0_1_0 = { calls = { OK_EMPTY, OK_EMPTY, OK_EMPTY } } },
      } },
    { "response_headers", ctx = "s", headers = { { ":status", "200" } },
      expect = { ret = "continue" } },
    { "response_trailers", ctx = "s", trailers = {},
      expect = {
        ret = "continue",
        calls = { NOT_FOUND },
        by_abi = { v0_1_0 = { calls = { OK_EMPTY } } },
      } },
  },
}
