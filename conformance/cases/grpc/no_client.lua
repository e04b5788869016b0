return {
  title = "gRPC call and stream are bad_argument when no client can be created",
  kind = "host-defined",
  class = "negative",
  abi = "all",
  why = [[
bad_argument is the spec's status when the host cannot create a client
for the service; what makes client creation fail is up to the host.  The
reference host simulates it for the reserved service "pwabi.no_client"
(runtimes/hosts/reference/README.md).  cpp-host fails for a GrpcService
description it cannot build a client from; Kong's ngx_wasm_module has no
gRPC (the call traps).  Expected: the reference host's convention.]],
  setup = "none",
  steps = {
    { "vm_start", as = "root", expect = { ret = 1 } },
    { "configure", ctx = "root", expect = {
      ret = 1,
      calls = {
        { "proxy_grpc_call", "bad_argument", out = { token = false } },
        { "proxy_grpc_stream", "bad_argument", out = { token = false } },
      },
    } },
  },
}
