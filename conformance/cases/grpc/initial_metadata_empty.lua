return {
  title = "gRPC calls and streams with no initial metadata (none, or a count-0 blob) go out with none",
  kind = "spec-mandated",
  class = "positive",
  abi = { "v0_1_0", "v0_2_0", "v0_2_1", "vnext" },
  setup = "none",
  steps = {
    { "vm_start", as = "root", expect = { ret = 1 } },
    { "configure", ctx = "root", config = "", expect = {
      ret = 1, calls = { { "proxy_grpc_call", "ok" } },
      callout = { token = "last", kind = "grpc", headers = {}, body = "ping",
                  timeout = 0 },
    } },
    { "configure", ctx = "root", config = "s", expect = {
      ret = 1, calls = { { "proxy_grpc_stream", "ok" } },
      callout = { token = "last", kind = "grpc_stream", headers = {},
                  method = "Say" },
    } },
    { "configure", ctx = "root", config = "ce", expect = {
      ret = 1, calls = { { "proxy_grpc_call", "ok" } },
      callout = { token = "last", kind = "grpc", headers = {} },
    } },
  },
}
