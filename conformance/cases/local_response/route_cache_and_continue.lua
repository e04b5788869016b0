return {
  title = "clear_route_cache is ok in a stream; continue and clear_route_cache are ok no-ops from a root",
  kind = "spec-mandated",
  abi = { "v1alpha", "v0_1_0" },
  class = "positive",
  setup = "none",
  steps = {
    { "vm_start", as = "root", expect = { ret = 1 } },
    { "configure", ctx = "root", expect = {
      ret = 1,
      calls = {
        { "proxy_continue_request", "ok" },
        { "proxy_continue_response", "ok" },
        { "proxy_clear_route_cache", "ok" },
      },
    } },
    { "http_open", ctx = "root", as = "s" },
    { "request_headers", ctx = "s",
      headers = { { ":method", "GET" }, { ":path", "/v1" } },
      expect = {
        ret = "continue",
        calls = {
          { "proxy_replace_header_map_value", "ok" },
          { "proxy_clear_route_cache", "ok" },
        },
        map = { ctx = "s", type = "request_headers",
                pairs = { { ":method", "GET" }, { ":path", "/v2" } } },
      } },
  },
}
