-- "X-A" is not x-a here: not_found from 0.2.0, ok and empty in 0.1.0.
local function calls(missing)
  return {
    { "proxy_get_header_map_value", "ok", out = { value = "a\0b\xff", value_len = 4 } },
    missing,
    { "proxy_add_header_map_value", "ok" },
    { "proxy_replace_header_map_value", "ok" },
    { "proxy_add_header_map_value", "ok" },
    { "proxy_get_header_map_value", "ok", out = { value = "1", value_len = 1 } },
    { "proxy_get_header_map_pairs", "ok", out = {
      buf = "\x05\x00\x00\x00"
        .. "\x07\x00\x00\x00\x03\x00\x00\x00"
        .. "\x05\x00\x00\x00\x04\x00\x00\x00"
        .. "\x03\x00\x00\x00\x02\x00\x00\x00"
        .. "\x04\x00\x00\x00\x03\x00\x00\x00"
        .. "\x03\x00\x00\x00\x01\x00\x00\x00"
        .. ":method\0GET\0x-bin\0a\0b\xff\0x-a\0v\0\0"
        .. "X-Up\0\0\xff\x01\0k\0z\0001\0",
      buf_len = 89 } },
  }
end
return {
  title = "header keys and values are byte strings: NUL and 0xff kept, keys compared byte for byte",
  kind = "host-defined",
  abi = "all",
  class = "positive",
  why = "The ABI passes keys and values with a length, so any byte can "
    .. "cross; what a proxy keeps is host-defined.  The reference host "
    .. "stores the bytes as given and compares keys byte for byte.  Envoy "
    .. "lower-cases keys on add, replace and set and "
    .. "looks keys up lower-cased, so \"X-A\" would find x-a and X-Up "
    .. "would be stored as x-up; HTTP itself forbids NUL in field values "
    .. "(RFC 9110 5.5), which an HTTP codec may refuse on the wire.",
  steps = {
    { "http_open", ctx = "root", as = "s" },
    { "request_headers", ctx = "s",
      headers = { { ":method", "GET" }, { "x-bin", "a\0b\xff" }, { "x-a", "1" } },
      expect = {
        ret = "continue",
        calls = calls({ "proxy_get_header_map_value", "not_found",
                        out = { value = false, value_len = false } }),
        by_abi = { v0_1_0 = { calls = calls({ "proxy_get_header_map_value", "ok",
                        out = { value = "", value_len = 0 } }) } },
        map = { ctx = "s", type = "request_headers", pairs = {
          { ":method", "GET" }, { "x-bin", "a\0b\xff" }, { "x-a", "v\0" },
          { "X-Up", "\0\xff\x01" }, { "k\0z", "1" } } },
      } },
  },
}
