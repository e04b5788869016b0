return {
  title = "an HTTP stream whose lazily run proxy_on_context_create traps never gets its first event; the VM is failed",
  kind = "host-defined",
  abi = "all",
  class = "negative",
  why = [[That a trapping proxy_on_context_create fails the VM and stops the event is spec-mandated; when an HTTP stream's context is created is not: Envoy and the reference host create it with the stream's first event (see stream_create_lazy), which the case expects; a host creating it at the stream's start would trap in the http_open step.]],
  module = "trap_in.tmpl.wat",
  setup = "none",
  steps = {
    { "vm_start", as = "root", root_id = "stream_on_create", expect = { ret = 1 } },
    { "configure", ctx = "root", expect = { ret = 1 } },
    -- the context is created with the stream's first event (stream_create_lazy)
    { "http_open", ctx = "root", as = "s", expect = { callbacks = {} } },
    { "request_headers", ctx = "s", headers = { { ":path", "/" } }, expect = {
      drv = "trap",
      callbacks = { "proxy_on_context_create" },
      trap = { kind = "unreachable", where = "proxy_on_context_create" },
    } },
    { "request_body", ctx = "s", body = "b", eos = true, expect = { drv = "failed", callbacks = {} } },
  },
}
