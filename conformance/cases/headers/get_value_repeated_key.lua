return {
  title = "get_header_map_value of a repeated key returns the first value",
  kind = "host-defined",
  abi = "all",
  class = "positive",
  why = "The seed does not say which value a repeated key yields.  Envoy "
    .. "and the reference host return only the first; returning all of them "
    .. "is an open item of the official spec (spec#53, v0.3).",
  steps = {
    { "http_open", ctx = "root", as = "s" },
    { "request_headers", ctx = "s",
      headers = { { ":path", "/" }, { "x-dup", "1" }, { "x-dup", "2" } },
      expect = {
        ret = "continue",
        calls = { { "proxy_get_header_map_value", "ok",
                    out = { value = "1", value_len = 1 } } },
      } },
  },
}
