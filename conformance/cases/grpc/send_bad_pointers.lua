return {
  title = "proxy_grpc_send rejects a bad message pointer",
  kind = "spec-mandated",
  class = "negative",
  abi = "all",
  setup = "none",
  steps = {
    { "vm_start", as = "root", expect = { ret = 1 } },
    { "configure", ctx = "root", expect = {
      ret = 1,
      calls = {
        { "proxy_grpc_stream", "ok" },
        { "proxy_grpc_send", "invalid_memory_access" },
        { "proxy_grpc_send", "invalid_memory_access" },
        { "proxy_grpc_send", "invalid_memory_access" },
        { "proxy_grpc_send", "ok" },
      },
      callout = { token = "last", body = "message" },
    } },
  },
}
