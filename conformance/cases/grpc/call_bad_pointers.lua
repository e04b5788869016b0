return {
  title = "proxy_grpc_call rejects bad string pointers and a bad token pointer",
  kind = "spec-mandated",
  class = "negative",
  abi = "all",
  setup = "none",
  steps = {
    { "vm_start", as = "root", expect = { ret = 1 } },
    { "configure", ctx = "root", expect = {
      ret = 1,
      calls = {
        -- service
        { "proxy_grpc_call", "invalid_memory_access",
          out = { token = false } },
        { "proxy_grpc_call", "invalid_memory_access",
          out = { token = false } },
        { "proxy_grpc_call", "invalid_memory_access",
          out = { token = false } },
        -- service_name
        { "proxy_grpc_call", "invalid_memory_access",
          out = { token = false } },
        { "proxy_grpc_call", "invalid_memory_access",
          out = { token = false } },
        { "proxy_grpc_call", "invalid_memory_access",
          out = { token = false } },
        -- method_name
        { "proxy_grpc_call", "invalid_memory_access",
          out = { token = false } },
        { "proxy_grpc_call", "invalid_memory_access",
          out = { token = false } },
        { "proxy_grpc_call", "invalid_memory_access",
          out = { token = false } },
        -- request
        { "proxy_grpc_call", "invalid_memory_access",
          out = { token = false } },
        { "proxy_grpc_call", "invalid_memory_access",
          out = { token = false } },
        { "proxy_grpc_call", "invalid_memory_access",
          out = { token = false } },
        -- token
        { "proxy_grpc_call", "invalid_memory_access" },
        { "proxy_grpc_call", "invalid_memory_access" },
        { "proxy_grpc_call", "invalid_memory_access" },
      },
    } },
  },
}
