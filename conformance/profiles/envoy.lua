-- Envoy (proxy-wasm-cpp-host): the reference host with the options that
-- reproduce Envoy's choices, and the cases Envoy is known to fail, each
-- with its reason and source.  Run:
--   pwabi certify --profile envoy

local R1 = "proxy-wasm-cpp-host never reports END_OF_STREAM: "
  .. "proxy_get_buffer_status always writes flags 0 (proxy-wasm- "
  .. "cpp-host src/exports.cc; spec#64; semantics.lua)"
local R2 = "proxy-wasm-cpp-host reads a malformed pairs blob as an empty "
  .. "list and returns ok (proxy-wasm-cpp-host src/pairs_util.cc)"
local R3 = "Envoy calls proxy_on_log before proxy_on_done for HTTP "
  .. "streams, the access-log phase running before the filter is "
  .. "destroyed (envoy source/extensions/common/wasm/context.cc; "
  .. "envoy-wasm PR #641, envoy#13806)"

return {
  title = "Envoy (proxy-wasm-cpp-host)",
  options = "bad_pairs=empty,eos_flag=never,close_order=log_done_delete",
  xfail = {
    ["buffers/buffer_eos_flag"] = R1,
    ["grpc/initial_metadata_malformed"] = R2,
    ["grpc/receive_buffer_eos"] = R1,
    ["http_call/response_body_eos"] = R1,
    ["headers/set_pairs_malformed"] = R2,
    ["http_call/call_bad_trailers"] = R2,
    ["lifecycle/close_order_http"] = R3,
    ["local_response/send_bad_pairs"] = R2,
  },
}
