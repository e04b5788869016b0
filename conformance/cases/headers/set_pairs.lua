return {
  title = "set_header_map_pairs replaces the map; a count-0 blob clears it",
  kind = "spec-mandated",
  abi = "all",
  class = "positive",
  steps = {
    { "http_open", ctx = "root", as = "s" },
    { "request_headers", ctx = "s",
      headers = { { ":method", "GET" }, { ":path", "/a" }, { "x-old", "1" } },
      expect = {
        ret = "continue",
        calls = {
          { "proxy_set_header_map_pairs", "ok" },
          { "proxy_get_header_map_pairs", "ok", out = {
            buf = "\x04\x00\x00\x00"
              .. "\x07\x00\x00\x00\x04\x00\x00\x00"
              .. "\x05\x00\x00\x00\x04\x00\x00\x00"
              .. "\x05\x00\x00\x00\x02\x00\x00\x00"
              .. "\x03\x00\x00\x00\x00\x00\x00\x00"
              .. ":method\x00POST\x00:path\x00/set\x00"
              .. "x-bin\x00\x01\xff\x00x-e\x00\x00",
            buf_len = 74 } },
        },
        map = { ctx = "s", type = "request_headers", pairs = {
          { ":method", "POST" }, { ":path", "/set" }, { "x-bin", "\x01\xff" },
          { "x-e", "" } } },
      } },
    { "response_headers", ctx = "s",
      headers = { { ":status", "200" }, { "x-a", "1" } },
      expect = {
        ret = "continue",
        calls = {
          { "proxy_set_header_map_pairs", "ok" },
        },
        map = { ctx = "s", type = "response_headers", pairs = {} },
      } },
  },
}
