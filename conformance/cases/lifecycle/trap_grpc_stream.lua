-- 0.1.0 on, where proxy_grpc_stream carries initial metadata (9
-- parameters); v1alpha's 7-parameter stream is trap_grpc_* (one case per
-- gRPC callback there).
return {
  title = "a gRPC stream opened with initial metadata gets its events; a trap in one fails the VM",
  kind = "spec-mandated",
  abi = { "v0_1_0", "v0_2_0", "v0_2_1", "vnext" },
  class = "negative",
  module = "trap_grpc_stream.tmpl.wat",
  setup = "none",
  steps = {
    { "vm_start", as = "root", expect = { ret = 1 } },
    { "configure", ctx = "root", expect = {
      ret = 1, calls = { { "proxy_grpc_stream", "ok" } },
    } },
    { "grpc_initial_metadata", token = "last", metadata = { { "k", "v" } }, expect = {
      callbacks = { "proxy_on_grpc_receive_initial_metadata" },
    } },
    { "grpc_message", token = "last", message = "m", expect = {
      callbacks = { "proxy_on_grpc_receive" },
    } },
    { "grpc_trailing_metadata", token = "last", metadata = {}, expect = {
      drv = "trap",
      callbacks = { "proxy_on_grpc_receive_trailing_metadata" },
      trap = { kind = "unreachable", where = "proxy_on_grpc_receive_trailing_metadata" },
    } },
    { "grpc_close", token = "last", status = "ok", message = "", expect = {
      drv = "failed", callbacks = {},
    } },
    { "vm_start", as = "again", expect = { drv = "failed", callbacks = {} } },
  },
}
