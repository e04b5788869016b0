return {
  title = "an allocator that grows memory gets the value written in the new pages",
  kind = "spec-mandated",
  abi = "all",
  class = "positive",
  steps = {
    { "http_open", ctx = "root", as = "s" },
    { "request_headers", ctx = "s",
      headers = { { ":path", "/abc" }, { "x-long", "0123456789" } },
      expect = {
        ret = "continue",
        calls = {
          -- each malloc grows memory by a page and returns its start
          { "proxy_get_header_map_value", "ok",
            out = { value = "/abc", value_len = 4 } },
          { "proxy_get_header_map_value", "ok",
            out = { value = "0123456789", value_len = 10 } },
        },
      } },
  },
}
