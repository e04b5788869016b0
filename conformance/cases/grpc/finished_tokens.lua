return {
  title = "send/cancel/close on a finished call or stream are not_found",
  kind = "spec-mandated",
  class = "negative",
  abi = "all",
  setup = "none",
  steps = {
    { "vm_start", as = "root", expect = { ret = 1 } },
    { "configure", ctx = "root", config = "", expect = {
      ret = 1, calls = { { "proxy_grpc_call", "ok" } },
    } },
    { "grpc_message", token = "last", message = "done", expect = {
      callbacks = { "proxy_on_grpc_receive" }, calls = {},
    } },
    { "configure", ctx = "root", config = "s", expect = {
      ret = 1,
      calls = { { "proxy_grpc_stream", "ok" }, { "proxy_grpc_close", "ok" } },
    } },
    { "grpc_close", token = "last", status = "ok", message = "", expect = {
      callbacks = { "proxy_on_grpc_close" }, calls = {},
    } },
    { "configure", ctx = "root", config = "xx", expect = {
      ret = 1,
      calls = {
        { "proxy_grpc_cancel", "not_found" },
        { "proxy_grpc_close", "not_found" },
        { "proxy_grpc_send", "not_found" },
        { "proxy_grpc_cancel", "not_found" },
        { "proxy_grpc_close", "not_found" },
      },
    } },
  },
}
