return {
  title = "send_local_response from a TCP connection's callbacks is bad_argument",
  kind = "host-defined",
  abi = "all",
  class = "negative",
  why = "A local response answers an HTTP request; the seed and the specs "
    .. "give no status for a call from a connection.  The reference host "
    .. "returns bad_argument and records nothing (as from a root context, "
    .. "local_response/send_from_root); Envoy acts only when the context "
    .. "has an HTTP stream and reports nothing otherwise; Kong's "
    .. "ngx_wasm_module has no L4 filters.",
  steps = {
    { "tcp_open", ctx = "root", as = "c",
      expect = { ret = "continue",
                 calls = { { "proxy_send_local_response", "bad_argument" } } } },
    { "tcp_data", ctx = "c", dir = "downstream", data = "GET / HTTP/1.1\r\n",
      eos = false,
      expect = { ret = "continue",
                 calls = { { "proxy_send_local_response", "bad_argument" } },
                 local_response = false } },
  },
}
