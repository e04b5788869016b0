-- v1alpha only: its proxy_grpc_stream has 7 parameters (9 from 0.1.0),
-- and map numbers 5 and 6 are renumbered after it; from 0.1.0 see
-- headers/grpc_metadata_maps.
return {
  title = "gRPC initial and trailing metadata are readable in their callbacks",
  kind = "spec-mandated",
  abi = "v1alpha",
  class = "positive",
  setup = "none",
  steps = {
    { "vm_start", as = "root", expect = { ret = 1 } },
    { "configure", ctx = "root", expect = {
      ret = 1, calls = { { "proxy_grpc_stream", "ok" } } } },
    { "grpc_initial_metadata", token = "last",
      metadata = { { "k1", "v1" }, { "k2", "" } },
      expect = {
        callbacks = { "proxy_on_grpc_receive_initial_metadata" },
        calls = {
          { "proxy_get_header_map_value", "ok", out = { value = "v1" } },
          { "proxy_get_header_map_pairs", "ok", out = {
            buf = "\x02\x00\x00\x00\x02\x00\x00\x00\x02\x00\x00\x00"
              .. "\x02\x00\x00\x00\x00\x00\x00\x00k1\x00v1\x00k2\x00\x00",
            buf_len = 30 } },
          { "proxy_get_header_map_size", "ok", out = { len = 2 } },
        },
      } },
    { "grpc_trailing_metadata", token = "last",
      metadata = { { "k1", "end" } },
      expect = {
        callbacks = { "proxy_on_grpc_trailing_metadata" },
        calls = {
          { "proxy_get_header_map_value", "ok", out = { value = "end" } },
          { "proxy_get_header_map_pairs", "ok", out = {
            buf = "\x01\x00\x00\x00\x02\x00\x00\x00\x03\x00\x00\x00k1\x00end\x00",
            buf_len = 19 } },
          { "proxy_get_header_map_size", "ok", out = { len = 1 } },
        },
      } },
  },
}
