return {
  title = "send_local_response from a root context is bad_argument",
  kind = "host-defined",
  abi = "all",
  class = "negative",
  why = "The function is callable from HTTP stream contexts only and the "
    .. "seed gives no status for other callers.  The reference host "
    .. "returns bad_argument and records nothing; Envoy only acts when the "
    .. "context has a stream and reports nothing otherwise; Kong's "
    .. "ngx_wasm_module traps on a call from a phase that does not allow it.",
  setup = "none",
  steps = {
    { "vm_start", as = "root", expect = { ret = 1 } },
    { "configure", ctx = "root", expect = {
      ret = 1,
      calls = { { "proxy_send_local_response", "bad_argument" } },
    } },
  },
}
