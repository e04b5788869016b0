return {
  title = "proxy_on_request_body returning 4 (not a filter_data_status) breaks the ABI",
  kind = "host-defined",
  class = "negative",
  why = [[The spec types the result as filter_data_status, whose values are 0..3; the reference host treats any other value as an ABI violation and expects drv = abi. CH coerces instead (values above 3 become StopIterationNoBuffer); NGX reports values other than 0 and 1 as an error.]],
  module = "echo_results.wat",
  steps = {
    { "http_open", ctx = "root", as = "s" },
    { "request_headers", ctx = "s", headers = {}, expect = { ret = "continue" } },
    { "request_body", ctx = "s", body = "abcd", eos = true, expect = { drv = "abi", ret = 4, callbacks = { "proxy_on_request_body" } } },
  },
}
