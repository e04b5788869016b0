-- Module ops.tmpl.wat: "s" opens a stream (0.1.0 on, with initial
-- metadata); a configuration of 10 bytes sends on it from bad pointers.
return {
  title = "grpc_send on a live stream from a bad message pointer is invalid_memory_access and sends nothing",
  kind = "spec-mandated",
  class = "negative",
  abi = { "v0_1_0", "v0_2_0", "v0_2_1", "vnext" },
  module = "ops.tmpl.wat",
  setup = "none",
  steps = {
    { "vm_start", as = "root", expect = { ret = 1 } },
    { "configure", ctx = "root", config = "s", expect = {
      ret = 1, calls = { { "proxy_grpc_stream", "ok" } } } },
    { "configure", ctx = "root", config = "badpointer", expect = {
      ret = 1,
      calls = {
        { "proxy_grpc_send", "invalid_memory_access" },   -- (65536, 1)
        { "proxy_grpc_send", "invalid_memory_access" },   -- wrapping
        { "proxy_grpc_send", "invalid_memory_access" },   -- past the end
      },
      callout = { token = "last", body = "", closed = false },
    } },
  },
}
