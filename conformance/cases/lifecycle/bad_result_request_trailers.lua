return {
  title = "proxy_on_request_trailers returning 2 (not a filter_trailers_status) breaks the ABI",
  kind = "host-defined",
  class = "negative",
  why = [[The spec types the result as filter_trailers_status, whose values are 0..1; the reference host treats any other value as an ABI violation and expects drv = abi. CH coerces instead (any non-zero value stops iteration); NGX reports values other than 0 and 1 as an error.]],
  module = "echo_results.wat",
  steps = {
    { "http_open", ctx = "root", as = "s" },
    { "request_headers", ctx = "s", headers = {}, expect = { ret = "continue" } },
    { "request_trailers", ctx = "s", trailers = { { "t0", "v" }, { "t1", "v" } }, expect = { drv = "abi", ret = 2, callbacks = { "proxy_on_request_trailers" } } },
  },
}
