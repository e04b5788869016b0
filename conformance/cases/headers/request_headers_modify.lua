return {
  title = "add, replace and remove change the request headers as specified",
  kind = "spec-mandated",
  abi = "all",
  class = "positive",
  steps = {
    { "http_open", ctx = "root", as = "s" },
    { "request_headers", ctx = "s",
      headers = { { ":method", "GET" }, { ":path", "/a" },
                  { "x-gone", "1" }, { "x-keep", "k" }, { "x-gone", "2" },
                  { "x-dup", "1" }, { "x-dup", "2" } },
      expect = {
        ret = "continue",
        calls = {
          { "proxy_replace_header_map_value", "ok" },
          { "proxy_add_header_map_value", "ok" },
          { "proxy_add_header_map_value", "ok" },
          { "proxy_replace_header_map_value", "ok" },
          { "proxy_remove_header_map_value", "ok" },
          { "proxy_remove_header_map_value", "ok" },
        },
        -- x-dup is replaced while its entries end the map, so an in-place
        -- replace and a remove-then-append replace give the same order.
        map = { ctx = "s", type = "request_headers", pairs = {
          { ":method", "GET" }, { ":path", "/a" }, { "x-keep", "k" },
          { "x-dup", "3" }, { "x-new", "v1" }, { ":path", "/b" },
          { "x-rep", "v1" } } },
      } },
  },
}
