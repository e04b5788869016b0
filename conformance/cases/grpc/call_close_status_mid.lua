return {
  title = "a failed gRPC call is closed with status 7..11, read by proxy_get_status",
  kind = "spec-mandated",
  class = "positive",
  abi = "all",
  module = "call_close.tmpl.wat",
  setup = "none",
  steps = {
    { "vm_start", as = "root", expect = { ret = 1 } },
    { "configure", ctx = "root", expect = {
      ret = 1, calls = { { "proxy_grpc_call", "ok" } },
    } },
    { "grpc_close", token = "last", status = "permission_denied",
      message = "not allowed", expect = {
        callbacks = { "proxy_on_grpc_close" },
        calls = {
          { "proxy_get_status", "ok",
            out = { code = 7, message = "not allowed" } },
        },
      } },
    { "configure", ctx = "root", expect = {
      ret = 1, calls = { { "proxy_grpc_call", "ok" } },
    } },
    { "grpc_close", token = "last", status = "resource_exhausted",
      message = "quota", expect = {
        callbacks = { "proxy_on_grpc_close" },
        calls = {
          { "proxy_get_status", "ok",
            out = { code = 8, message = "quota" } },
        },
      } },
    { "configure", ctx = "root", expect = {
      ret = 1, calls = { { "proxy_grpc_call", "ok" } },
    } },
    { "grpc_close", token = "last", status = "failed_precondition",
      message = "precondition", expect = {
        callbacks = { "proxy_on_grpc_close" },
        calls = {
          { "proxy_get_status", "ok",
            out = { code = 9, message = "precondition" } },
        },
      } },
    { "configure", ctx = "root", expect = {
      ret = 1, calls = { { "proxy_grpc_call", "ok" } },
    } },
    { "grpc_close", token = "last", status = "aborted",
      message = "aborted", expect = {
        callbacks = { "proxy_on_grpc_close" },
        calls = {
          { "proxy_get_status", "ok",
            out = { code = 10, message = "aborted" } },
        },
      } },
    { "configure", ctx = "root", expect = {
      ret = 1, calls = { { "proxy_grpc_call", "ok" } },
    } },
    { "grpc_close", token = "last", status = "out_of_range",
      message = "range", expect = {
        callbacks = { "proxy_on_grpc_close" },
        calls = {
          { "proxy_get_status", "ok",
            out = { code = 11, message = "range" } },
        },
      } },
  },
}
