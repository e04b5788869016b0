return {
  title = "proxy_on_request_headers returning 7 (not a filter_headers_status) breaks the ABI",
  kind = "host-defined",
  class = "negative",
  why = [[The spec types the result as filter_headers_status, whose values are 0..1; the reference host treats any other value as an ABI violation and expects drv = abi. CH coerces instead (2 passes through, 3 and above become StopAll); NGX reports values other than 0 and 1 as an error.]],
  module = "echo_results.wat",
  steps = {
    { "http_open", ctx = "root", as = "s" },
    { "request_headers", ctx = "s", headers = { { "h0", "v" }, { "h1", "v" }, { "h2", "v" }, { "h3", "v" }, { "h4", "v" }, { "h5", "v" }, { "h6", "v" } }, expect = { drv = "abi", ret = 7 } },
  },
}
