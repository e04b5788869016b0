-- v1alpha only: its proxy_grpc_stream has 7 parameters (9 from 0.1.0),
-- and map numbers 5 and 6 are renumbered after it; from 0.1.0 see
-- headers/grpc_metadata_maps.
return {
  title = "received gRPC metadata is read-only, and each map exists only in its callback",
  kind = "spec-mandated",
  abi = "v1alpha",
  class = "negative",
  setup = "none",
  steps = {
    { "vm_start", as = "root", expect = { ret = 1 } },
    { "configure", ctx = "root", expect = {
      ret = 1, calls = { { "proxy_grpc_stream", "ok" } } } },
    { "grpc_initial_metadata", token = "last", metadata = { { "k1", "v1" } },
      expect = {
        callbacks = { "proxy_on_grpc_receive_initial_metadata" },
        calls = {
          { "proxy_add_header_map_value", "bad_argument" },
          { "proxy_replace_header_map_value", "bad_argument" },
          { "proxy_remove_header_map_value", "bad_argument" },
          { "proxy_set_header_map_pairs", "bad_argument" },
          { "proxy_get_header_map_value", "ok", out = { value = "v1" } },
          -- map 4 outside on_grpc_create_initial_metadata
          { "proxy_add_header_map_value", "bad_argument" },
          -- map 6 before the trailing metadata
          { "proxy_get_header_map_value", "bad_argument" },
        },
      } },
    { "grpc_trailing_metadata", token = "last", metadata = { { "k1", "t" } },
      expect = {
        callbacks = { "proxy_on_grpc_trailing_metadata" },
        calls = {
          { "proxy_add_header_map_value", "bad_argument" },
          { "proxy_replace_header_map_value", "bad_argument" },
          { "proxy_remove_header_map_value", "bad_argument" },
          { "proxy_set_header_map_pairs", "bad_argument" },
          { "proxy_get_header_map_value", "ok", out = { value = "t" } },
          -- map 5 outside on_grpc_receive_initial_metadata
          { "proxy_get_header_map_value", "bad_argument" },
        },
      } },
  },
}
