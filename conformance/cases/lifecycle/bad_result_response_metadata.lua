return {
  title = "proxy_on_response_metadata returning 2 (not a filter_metadata_status) breaks the ABI",
  kind = "host-defined",
  class = "negative",
  why = [[The spec types the result as filter_metadata_status, whose values are 0 only; the reference host treats any other value as an ABI violation and expects drv = abi. CH coerces instead (the result is ignored: always continue); NGX reports values other than 0 and 1 as an error.]],
  module = "echo_results.wat",
  steps = {
    { "http_open", ctx = "root", as = "s" },
    { "request_headers", ctx = "s", headers = {}, expect = { ret = "continue" } },
    { "response_headers", ctx = "s", headers = {}, expect = { ret = "continue" } },
    { "response_metadata", ctx = "s", metadata = { { "m0", "v" }, { "m1", "v" } }, expect = { drv = "abi", ret = 2, callbacks = { "proxy_on_response_metadata" } } },
  },
}
