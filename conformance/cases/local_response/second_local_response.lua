return {
  title = "a second send_local_response in the same stream replaces the first",
  kind = "host-defined",
  abi = "all",
  class = "positive",
  why = "The seed says nothing about a second local reply.  The reference "
    .. "host's default (option local_response=last) follows Envoy, where "
    .. "the later reply wins; local_response=first ignores it; Kong's "
    .. "ngx_wasm_module traps (\"already stashed\", local_response=trap).",
  steps = {
    { "http_open", ctx = "root", as = "s" },
    { "request_headers", ctx = "s", headers = { { ":path", "/" } },
      expect = {
        ret = "stop_iteration",
        calls = {
          { "proxy_send_local_response", "ok" },
          { "proxy_send_local_response", "ok" },
        },
        local_response = { ctx = "s", code = 429, body = "second",
                           grpc_status = "resource_exhausted" },
      } },
  },
}
