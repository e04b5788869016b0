return {
  title = "gRPC call and stream to an unknown service are parse_failure",
  kind = "host-defined",
  class = "negative",
  abi = "all",
  why = [[
parse_failure is the spec's status for a service that is neither a valid
service description nor a known cluster, but which services exist is
host configuration.  The reference host knows every non-empty cluster
name and treats the empty one as unknown.  cpp-host first parses the
bytes as a GrpcService protobuf (empty bytes parse, as an empty
description, and client creation then fails: bad_argument) and looks
other names up in Envoy's cluster manager; Kong's ngx_wasm_module has no
gRPC (the call traps).  Expected: the reference host's parse_failure.]],
  setup = "none",
  steps = {
    { "vm_start", as = "root", expect = { ret = 1 } },
    { "configure", ctx = "root", expect = {
      ret = 1,
      calls = {
        { "proxy_grpc_call", "parse_failure", out = { token = false } },
        { "proxy_grpc_stream", "parse_failure", out = { token = false } },
      },
    } },
  },
}
