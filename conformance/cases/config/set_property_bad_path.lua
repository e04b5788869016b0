return {
  title = "proxy_set_property refuses paths that are not property paths with bad_argument",
  kind = "host-defined",
  abi = "all",
  class = "negative",
  why = [[The spec says bad_argument when the host refuses the value for the path, without saying which paths. The reference host refuses an empty path and empty segments, which the case expects; Envoy refuses a value only through a declared property schema (and writes filter state under wasm.<path> otherwise); NGX traps when the target is not writable.]],
  steps = {
    { "http_open", ctx = "root", as = "s" },
    { "request_headers", ctx = "s", headers = { { ":path", "/" } }, expect = {
      ret = "continue",
      calls = {
        { "proxy_set_property", "bad_argument" },
        { "proxy_set_property", "bad_argument" },
        { "proxy_set_property", "bad_argument" },
        { "proxy_set_property", "ok" },
      },
    } },
  },
}
