return {
  title = "a stream closed before any event: the HTTP stream is created and ended at its close, the connection ends after both sides close",
  kind = "host-defined",
  abi = "all",
  class = "positive",
  module = "context_tree.tmpl.wat",
  why = [[The spec does not say whether a stream that never saw an event gets a context. The reference host creates an HTTP stream's context with its first event or at its end (runtimes/hosts/reference/README.md, Choices), so a stream closed at once gets proxy_on_context_create, then done and delete, which the case expects. In Envoy the context is created when the request headers reach the filter (stream_create_lazy), and, as we read its filter's destroy path, a stream that ends before that calls no callback at all. An L4 connection is announced when it opens (proxy_on_new_connection) in every host.]],
  steps = {
    { "http_open", ctx = "root", as = "s", expect = { callbacks = {} } },
    { "close", ctx = "s", expect = {
      callbacks = { "proxy_on_context_create", "proxy_on_done", "proxy_on_delete" },
      logs = { { "info", "stream1" }, { "info", "done" }, { "info", "delete" } },
    } },
    { "tcp_open", ctx = "root", as = "c", expect = {
      ret = "continue",
      callbacks = { "proxy_on_context_create", "proxy_on_new_connection" },
      logs = { { "info", "stream1" } },
    } },
    { "tcp_close", ctx = "c", dir = "upstream", peer = "unknown", expect = { callbacks = {} } },
    { "tcp_close", ctx = "c", dir = "downstream", peer = "unknown", expect = {
      callbacks = { "proxy_on_done", "proxy_on_delete" },
      logs = { { "info", "done" }, { "info", "delete" } },
    } },
  },
}
