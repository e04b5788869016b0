return {
  title = "an HTTP stream's proxy_on_create runs with its first event, right before proxy_on_request_headers",
  kind = "host-defined",
  abi = "all",
  class = "positive",
  why = [[The spec requires proxy_on_create before the first stream callback, not when. Envoy (and the reference host) create the context lazily when the request headers reach the filter, which the case expects; a host creating it when the stream opens would call proxy_on_create in the http_open step.]],
  steps = {
    { "http_open", ctx = "root", as = "s", expect = { callbacks = {} } },
    { "request_headers", ctx = "s", headers = { { ":path", "/" } }, expect = {
      ret = "continue", callbacks = { "proxy_on_context_create", "proxy_on_request_headers" },
    } },
  },
}
