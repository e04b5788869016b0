return {
  title = "when a gRPC stream with initial metadata closes, proxy_get_status gives its status and message",
  kind = "spec-mandated",
  abi = { "v0_1_0", "v0_2_0", "v0_2_1", "vnext" },
  class = "positive",
  setup = "none",
  steps = {
    { "vm_start", as = "root", expect = { ret = 1 } },
    { "configure", ctx = "root", expect = { ret = 1, calls = { { "proxy_grpc_stream", "ok" } } } },
    { "grpc_close", token = "last", status = "unavailable", message = "upstream gone", expect = {
      callbacks = { "proxy_on_grpc_close" },
      calls = {
        { "proxy_get_status", "ok", out = { code = 14, message = "upstream gone" } },
        { "proxy_grpc_call", "ok" },
      },
    } },
    { "grpc_close", token = "last", status = "ok", message = "", expect = {
      callbacks = { "proxy_on_grpc_close" },
      calls = { { "proxy_get_status", "ok", out = { code = 0, message = "" } } },
    } },
  },
}
