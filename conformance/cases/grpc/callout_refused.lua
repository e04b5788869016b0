return {
  title = "gRPC calls and streams the host refuses: unknown service parse_failure, no client bad_argument, failed send internal_failure",
  kind = "host-defined",
  class = "negative",
  abi = { "v0_1_0", "v0_2_0", "v0_2_1", "vnext" },
  why = [[
The spec names the statuses (parse_failure: the service is neither a
service description nor a known cluster; bad_argument: no client can be
made; internal_failure: the request cannot be sent), but what triggers
each is host configuration.  The reference host treats the empty service
as unknown and simulates the other two with its reserved services
pwabi.no_client and pwabi.down (runtimes/hosts/reference/README.md).
proxy-wasm-cpp-host parses the bytes as a GrpcService first (empty bytes
parse, and client creation then fails: bad_argument) and answers
internal_failure when Envoy's async client refuses the request at once;
Kong's ngx_wasm_module has no gRPC.  Expected: the reference host's
conventions.]],
  setup = "none",
  steps = {
    { "vm_start", as = "root", expect = { ret = 1 } },
    { "configure", ctx = "root", expect = {
      ret = 1,
      callbacks = { "proxy_on_configure" },
      calls = {
        { "proxy_grpc_call", "parse_failure", out = { token = false } },
        { "proxy_grpc_stream", "parse_failure", out = { token = false } },
        { "proxy_grpc_call", "bad_argument", out = { token = false } },
        { "proxy_grpc_stream", "bad_argument", out = { token = false } },
        { "proxy_grpc_call", "internal_failure", out = { token = false } },
        { "proxy_grpc_stream", "internal_failure", out = { token = false } },
      },
    } },
  },
}
