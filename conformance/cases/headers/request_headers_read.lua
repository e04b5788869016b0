return {
  title = "request headers read back: value, empty value, exact pairs",
  kind = "spec-mandated",
  abi = "all",
  class = "positive",
  steps = {
    { "http_open", ctx = "root", as = "s" },
    { "request_headers", ctx = "s",
      headers = { { ":method", "GET" }, { ":path", "/a" }, { "x-dup", "1" },
                  { "x-dup", "2" }, { "x-empty", "" } },
      expect = {
        ret = "continue",
        callbacks = { "proxy_on_request_headers" },
        calls = {
          { "proxy_get_header_map_value", "ok",
            out = { value = "/a", value_len = 2 } },
          { "proxy_get_header_map_value", "ok",
            out = { value = "", value_len = 0 } },
          -- u32 count, (klen, vlen) per pair, then key NUL value NUL each
          { "proxy_get_header_map_pairs", "ok", out = {
            buf = "\x05\x00\x00\x00"
              .. "\x07\x00\x00\x00\x03\x00\x00\x00"
              .. "\x05\x00\x00\x00\x02\x00\x00\x00"
              .. "\x05\x00\x00\x00\x01\x00\x00\x00"
              .. "\x05\x00\x00\x00\x01\x00\x00\x00"
              .. "\x07\x00\x00\x00\x00\x00\x00\x00"
              .. ":method\x00GET\x00:path\x00/a\x00"
              .. "x-dup\x001\x00x-dup\x002\x00x-empty\x00\x00",
            buf_len = 90 } },
        },
      } },
  },
}
