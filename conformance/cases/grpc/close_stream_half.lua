return {
  title = "proxy_grpc_close half-closes a stream: the server side still arrives",
  kind = "spec-mandated",
  class = "positive",
  abi = "all",
  setup = "none",
  steps = {
    { "vm_start", as = "root", expect = { ret = 1 } },
    { "configure", ctx = "root", expect = {
      ret = 1,
      calls = {
        { "proxy_grpc_stream", "ok" },
        { "proxy_grpc_send", "ok" },
        { "proxy_grpc_close", "ok" },
      },
      callout = { token = "last", closed = true },
    } },
    { "grpc_initial_metadata", token = "last", metadata = {}, expect = {
      callbacks = { "proxy_on_grpc_receive_initial_metadata" }, calls = {},
    } },
    { "grpc_message", token = "last", message = "still here", expect = {
      callbacks = { "proxy_on_grpc_receive" },
      calls = {
        { "proxy_get_buffer_bytes", "ok", out = { buf = "still here" } },
      },
    } },
    { "grpc_trailing_metadata", token = "last", metadata = {}, expect = {
      callbacks = { "proxy_on_grpc_receive_trailing_metadata" }, calls = {},
    } },
    { "grpc_close", token = "last", status = "ok", message = "", expect = {
      callbacks = { "proxy_on_grpc_close" }, calls = {},
    } },
  },
}
