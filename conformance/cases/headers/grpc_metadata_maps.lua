-- From 0.1.0 only: proxy_grpc_stream has 9 parameters there (v1alpha: 7,
-- see headers/grpc_receive_metadata_maps and grpc_metadata_read_only).
-- A missing key: not_found from 0.2.0, ok and empty in 0.1.0.
local NOT_FOUND = { "proxy_get_header_map_value", "not_found",
                    out = { value = false, value_len = false } }
local OK_EMPTY = { "proxy_get_header_map_value", "ok",
                   out = { value = "", value_len = 0 } }
local function read(value, missing, buf, len, size)
  return {
    { "proxy_get_header_map_value", "ok", out = { value = value } },
    missing,
    { "proxy_get_header_map_pairs", "ok", out = { buf = buf, buf_len = len } },
    { "proxy_get_header_map_size", "ok", out = { len = size } },
    { "proxy_add_header_map_value", "bad_argument" },
    { "proxy_get_header_map_value", "bad_argument",
      out = { value = false, value_len = false } },
  }
end
local INITIAL = "\x02\x00\x00\x00\x02\x00\x00\x00\x02\x00\x00\x00"
  .. "\x02\x00\x00\x00\x00\x00\x00\x00k1\x00v1\x00k2\x00\x00"
local TRAILING = "\x01\x00\x00\x00\x02\x00\x00\x00\x03\x00\x00\x00k1\x00end\x00"
return {
  title = "gRPC metadata maps (0.1.0 numbering) are readable, read-only, and exist only in their callback",
  kind = "spec-mandated",
  abi = { "v0_1_0", "v0_2_0", "v0_2_1", "vnext" },
  class = "negative",
  setup = "none",
  steps = {
    { "vm_start", as = "root", expect = { ret = 1 } },
    { "configure", ctx = "root", expect = {
      ret = 1, calls = { { "proxy_grpc_stream", "ok" } },
      callout = { token = "last", kind = "grpc_stream", upstream = "cluster",
                  service = "pkg.Svc", method = "Watch",
                  headers = { { "x-up", "1" } } } } },
    { "grpc_initial_metadata", token = "last",
      metadata = { { "k1", "v1" }, { "k2", "" } },
      expect = {
        callbacks = { "proxy_on_grpc_receive_initial_metadata" },
        calls = read("v1", NOT_FOUND, INITIAL, 30, 2),
        by_abi = { v0_1_0 = { calls = read("v1", OK_EMPTY, INITIAL, 30, 2) } },
      } },
    { "grpc_trailing_metadata", token = "last", metadata = { { "k1", "end" } },
      expect = {
        callbacks = { "proxy_on_grpc_receive_trailing_metadata" },
        calls = read("end", NOT_FOUND, TRAILING, 19, 1),
        by_abi = { v0_1_0 = { calls = read("end", OK_EMPTY, TRAILING, 19, 1) } },
      } },
  },
}
