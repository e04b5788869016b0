return {
  title = "a gRPC call carries its initial metadata, request and timeout upstream; the answer reaches the root",
  kind = "spec-mandated",
  class = "positive",
  abi = { "v0_1_0", "v0_2_0", "v0_2_1", "vnext" },
  steps = {
    { "http_open", ctx = "root", as = "s" },
    { "request_headers", ctx = "s", headers = { { ":path", "/" } }, expect = {
      ret = "continue",
      calls = { { "proxy_grpc_call", "ok" } },
      callout = {
        token = "last", kind = "grpc", upstream = "cluster_a",
        service = "pkg.Echo", method = "Say",
        headers = { { "x-request-id", "abc-123" }, { "x-empty", "" } },
        body = "ping", timeout = 1500,
      },
    } },
    { "grpc_message", token = "last", message = "pong", expect = {
      callbacks = { "proxy_on_grpc_receive" },
      calls = {
        { "proxy_get_buffer_bytes", "ok", out = { buf = "pong" } },
      },
    } },
  },
}
