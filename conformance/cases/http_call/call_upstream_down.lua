return {
  title = "http_call to an upstream whose send fails is internal_failure",
  kind = "host-defined",
  class = "negative",
  abi = "all",
  why = "internal_failure means the host could not send the request, which "
    .. "a guest cannot cause on its own.  The upstream name is the "
    .. "reference host's reserved failing cluster (pwabi.down, see "
    .. "runtimes/hosts/reference/README.md); in Envoy the same status comes "
    .. "when the async client fails the send at once (e.g. a cluster with "
    .. "no healthy host); Kong's ngx_wasm_module traps or reports the "
    .. "failure later in the response.",
  setup = "none",
  steps = {
    { "vm_start", as = "root", expect = { ret = 1 } },
    { "configure", ctx = "root", expect = {
      ret = 1,
      calls = {
        { "proxy_http_call", "internal_failure" },
        { "proxy_http_call", "ok" },
      },
      callout = { token = "last", kind = "http", upstream = "cluster" },
    } },
  },
}
