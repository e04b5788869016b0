local BAD_CALL = { "proxy_grpc_call", "invalid_memory_access",
                   out = { token = false } }
local BAD_STREAM = { "proxy_grpc_stream", "invalid_memory_access",
                     out = { token = false } }
return {
  title = "gRPC call and stream with a bad pointer in any argument (initial metadata first) are invalid_memory_access",
  kind = "spec-mandated",
  class = "negative",
  abi = { "v0_1_0", "v0_2_0", "v0_2_1", "vnext" },
  setup = "none",
  steps = {
    { "vm_start", as = "root", expect = { ret = 1 } },
    { "configure", ctx = "root", expect = {
      ret = 1,
      calls = {
        BAD_CALL, BAD_CALL, BAD_CALL,   -- metadata
        BAD_CALL,                       -- request
        { "proxy_grpc_call", "invalid_memory_access" },   -- token
        BAD_STREAM, BAD_STREAM, BAD_STREAM,   -- metadata
        { "proxy_grpc_stream", "invalid_memory_access" }, -- token
        { "proxy_grpc_stream", "invalid_memory_access" },
        BAD_CALL, BAD_STREAM,   -- service
        BAD_CALL, BAD_STREAM,   -- service_name
        BAD_CALL, BAD_STREAM,   -- method_name
      },
    } },
  },
}
