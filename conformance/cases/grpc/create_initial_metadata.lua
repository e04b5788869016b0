return {
  title = "the initial-metadata hook lets the guest add metadata to a new call or stream",
  kind = "host-defined",
  class = "positive",
  abi = "v1alpha",
  why = [[
The seed defines only the callback's signature.  pwabi's reading: while a
call or stream made with proxy_grpc_call / proxy_grpc_stream starts, the
host calls the hook once for it, and map grpc_create_initial_metadata is
writable there (the reference lineage runs it inline; the reference host
right after the callback that started the call).  cpp-host never calls it
(since ABI 0.1.0 initial metadata is an argument of the call) and Kong's
ngx_wasm_module has no gRPC.  Expected: pwabi's reading.]],
  setup = "none",
  steps = {
    { "vm_start", as = "root", expect = { ret = 1 } },
    { "configure", ctx = "root", config = "", expect = {
      ret = 1,
      callbacks = {
        "proxy_on_configure", "proxy_on_grpc_create_initial_metadata",
      },
      calls = {
        { "proxy_grpc_call", "ok" },
        { "proxy_add_header_map_value", "ok" },
        { "proxy_get_header_map_value", "ok", out = { value = "abc-123" } },
      },
      map = {
        ctx = "root", type = "grpc_create_initial_metadata",
        pairs = { { "x-request-id", "abc-123" } },
      },
    } },
    { "configure", ctx = "root", config = "stream", expect = {
      ret = 1,
      callbacks = {
        "proxy_on_configure", "proxy_on_grpc_create_initial_metadata",
      },
      calls = {
        { "proxy_grpc_stream", "ok" },
        { "proxy_add_header_map_value", "ok" },
        { "proxy_get_header_map_value", "ok", out = { value = "abc-123" } },
      },
      map = {
        ctx = "root", type = "grpc_create_initial_metadata",
        pairs = { { "x-request-id", "abc-123" } },
      },
    } },
  },
}
