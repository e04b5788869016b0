return {
  title = "in proxy_on_grpc_close proxy_get_status gives the gRPC status and message",
  kind = "spec-mandated",
  abi = "v1alpha",
  class = "positive",
  setup = "none",
  steps = {
    { "vm_start", as = "root", expect = { ret = 1 } },
    { "configure", ctx = "root", expect = { ret = 1, calls = { { "proxy_grpc_call", "ok" } } } },
    { "grpc_close", token = "last", status = "not_found", message = "gone", expect = {
      callbacks = { "proxy_on_grpc_close" },
      calls = {
        { "proxy_get_status", "ok", out = { code = 5, message = "gone" } },
        { "proxy_grpc_call", "ok" },
      },
    } },
    { "grpc_close", token = "last", status = "failed_precondition", message = "", expect = {
      callbacks = { "proxy_on_grpc_close" },
      calls = { { "proxy_get_status", "ok", out = { code = 9, message = "" } } },
    } },
  },
}
