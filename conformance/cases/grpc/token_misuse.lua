return {
  title = "gRPC send/cancel/close on the wrong kind of token or a cancelled one",
  kind = "spec-mandated",
  class = "negative",
  abi = "all",
  setup = "none",
  steps = {
    { "vm_start", as = "root", expect = { ret = 1 } },
    { "configure", ctx = "root", expect = {
      ret = 1,
      calls = {
        { "proxy_http_call", "ok" },
        { "proxy_grpc_call", "ok" },
        { "proxy_grpc_stream", "ok" },
        { "proxy_grpc_send", "bad_argument" },
        { "proxy_grpc_send", "bad_argument" },
        { "proxy_grpc_cancel", "bad_argument" },
        { "proxy_grpc_close", "bad_argument" },
        { "proxy_grpc_cancel", "ok" },
        { "proxy_grpc_cancel", "ok" },
        { "proxy_grpc_cancel", "not_found" },
        { "proxy_grpc_close", "not_found" },
        { "proxy_grpc_send", "not_found" },
        { "proxy_grpc_cancel", "not_found" },
        { "proxy_grpc_close", "not_found" },
      },
    } },
  },
}
