return {
  title = "from 0.1.0 a guest's proxy_on_grpc_create_initial_metadata is never called; the metadata argument is sent as given",
  kind = "spec-mandated",
  class = "positive",
  abi = { "v0_1_0", "v0_2_0", "v0_2_1", "vnext" },
  setup = "none",
  steps = {
    { "vm_start", as = "root", expect = { ret = 1 } },
    { "configure", ctx = "root", config = "", expect = {
      ret = 1,
      callbacks = { "proxy_on_configure" },
      calls = { { "proxy_grpc_call", "ok" } },
      callout = { token = "last", kind = "grpc", headers = { { "x-a", "1" } } },
    } },
    { "configure", ctx = "root", config = "s", expect = {
      ret = 1,
      callbacks = { "proxy_on_configure" },
      calls = { { "proxy_grpc_stream", "ok" } },
      callout = { token = "last", kind = "grpc_stream",
                  headers = { { "x-a", "1" } } },
    } },
  },
}
