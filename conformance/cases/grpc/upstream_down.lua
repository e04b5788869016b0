return {
  title = "gRPC call and stream are internal_failure when the send fails",
  kind = "host-defined",
  class = "negative",
  abi = "all",
  why = [[
internal_failure is the spec's status when the host cannot send the
request or open the stream; what makes a send fail is up to the host.
The reference host simulates it for the reserved upstream "pwabi.down"
(runtimes/hosts/reference/README.md).  cpp-host answers internal_failure
when Envoy's async client refuses the request at once; Kong's
ngx_wasm_module has no gRPC (the call traps).  Expected: the reference
host's convention.]],
  setup = "none",
  steps = {
    { "vm_start", as = "root", expect = { ret = 1 } },
    { "configure", ctx = "root", expect = {
      ret = 1,
      callbacks = { "proxy_on_configure" },
      calls = {
        { "proxy_grpc_call", "internal_failure", out = { token = false } },
        { "proxy_grpc_stream", "internal_failure", out = { token = false } },
      },
    } },
  },
}
