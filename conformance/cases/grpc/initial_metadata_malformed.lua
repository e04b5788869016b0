return {
  title = "gRPC call and stream with malformed initial metadata pairs are bad_argument; no token is written",
  kind = "host-defined",
  class = "negative",
  abi = { "v0_1_0", "v0_2_0", "v0_2_1", "vnext" },
  why = [[
pwabi's strict rule for every guest pairs blob (semantics.lua; the
reference host's option bad_pairs=strict): a blob that is not well formed
is bad_argument.  proxy-wasm-cpp-host decodes the initial metadata with
its toPairs helper, which gives an empty list for a malformed blob, and
starts the call with no metadata (ok; bad_pairs=empty); Kong's
ngx_wasm_module has no gRPC.  Expected: the strict rule.]],
  setup = "none",
  steps = {
    { "vm_start", as = "root", expect = { ret = 1 } },
    { "configure", ctx = "root", expect = {
      ret = 1,
      calls = {
        { "proxy_grpc_call", "bad_argument", out = { token = false } },    -- 2 bytes
        { "proxy_grpc_call", "bad_argument", out = { token = false } },    -- count 5
        { "proxy_grpc_stream", "bad_argument", out = { token = false } },  -- no NUL
        { "proxy_grpc_stream", "bad_argument", out = { token = false } },  -- stray bytes
      },
    } },
  },
}
