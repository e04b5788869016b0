local PATH = { "proxy_get_header_map_value", "ok", out = { value = "/" } }
local STATUS = { "proxy_get_header_map_value", "ok", out = { value = "200" } }
local GONE = { "proxy_get_header_map_value", "bad_argument" }
return {
  title = "continue_request / continue_response resume their side after the callback (its headers go); clear_route_cache is ok; from a connection all are ok no-ops",
  kind = "spec-mandated",
  abi = { "v1alpha", "v0_1_0" },
  class = "positive",
  module = "continue_legacy.tmpl.wat",
  steps = {
    { "http_open", ctx = "root", as = "s" },
    { "request_headers", ctx = "s", headers = { { ":method", "GET" }, { ":path", "/" } },
      expect = { ret = "stop_iteration", calls = {} } },
    -- continue_response while the response has not started: nothing goes
    { "request_body", ctx = "s", body = "bb", eos = false, expect = {
      ret = "continue",
      calls = { { "proxy_continue_response", "ok" }, PATH, GONE },
    } },
    { "request_body", ctx = "s", body = "abc", eos = false, expect = {
      ret = "continue",
      calls = { { "proxy_clear_route_cache", "ok" }, PATH, GONE },
    } },
    -- deferred: the request headers are still there in this callback
    { "request_body", ctx = "s", body = "a", eos = true, expect = {
      ret = "continue",
      calls = { { "proxy_continue_request", "ok" }, PATH, GONE },
    } },
    { "response_headers", ctx = "s", headers = { { ":status", "200" } },
      expect = { ret = "stop_iteration" } },
    { "response_body", ctx = "s", body = "bb", eos = false, expect = {
      ret = "continue",
      calls = { { "proxy_continue_response", "ok" }, GONE, STATUS },
    } },
    { "response_body", ctx = "s", body = "", eos = true, expect = {
      ret = "continue", calls = { GONE, GONE },
    } },
    { "close", ctx = "s" },
    -- from a connection: ok, and the held data stays held
    { "tcp_open", ctx = "root", as = "c", expect = { ret = "continue" } },
    { "tcp_data", ctx = "c", dir = "downstream", data = "a", expect = {
      ret = "stop_iteration", calls = { { "proxy_continue_request", "ok" } },
    } },
    { "tcp_data", ctx = "c", dir = "downstream", data = "b", expect = {
      ret = "stop_iteration", calls = { { "proxy_continue_response", "ok" } },
    } },
    { "tcp_data", ctx = "c", dir = "downstream", data = "c", expect = {
      ret = "stop_iteration", calls = { { "proxy_clear_route_cache", "ok" } },
    } },
  },
}
