return {
  title = "gRPC maps and buffer: unavailable outside their callbacks, read-only",
  kind = "spec-mandated",
  class = "negative",
  abi = "v1alpha",
  setup = "none",
  steps = {
    { "vm_start", as = "root", expect = { ret = 1 } },
    { "configure", ctx = "root", expect = {
      ret = 1,
      calls = {
        { "proxy_add_header_map_value", "bad_argument" },
        { "proxy_get_header_map_value", "bad_argument" },
        { "proxy_get_header_map_value", "bad_argument" },
        { "proxy_get_buffer_bytes", "not_found" },
        { "proxy_grpc_stream", "ok" },
      },
    } },
    { "grpc_initial_metadata", token = "last", metadata = { { "x-md", "server" } },
      expect = {
        callbacks = { "proxy_on_grpc_receive_initial_metadata" },
        calls = {
          { "proxy_add_header_map_value", "bad_argument" },
          { "proxy_get_header_map_value", "ok", out = { value = "server" } },
        },
        map = {
          ctx = "root", type = "grpc_receive_initial_metadata",
          pairs = { { "x-md", "server" } },
        },
      } },
  },
}
