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
local R4 = "Envoy's set_buffer_bytes takes only (0, 0) to prepend, start "
  .. "0 with a length reaching the end to replace everything, and a "
  .. "start at or past the end to append; any other range is "
  .. "bad_argument (abi-semantics.md 3.3, proxy_set_buffer_bytes)"
local R5 = "Envoy serves the VM configuration (buffer 6) at any time, not "
  .. "only in on_vm_start (abi-semantics.md 3.3, get_buffer_bytes)"
local R6 = "Envoy resumes a downstream connection but answers "
  .. "unimplemented for continue_stream(upstream) "
  .. "(abi-semantics.md 3.3, proxy_continue_stream)"

return {
  title = "Envoy (proxy-wasm-cpp-host)",
  abi = { "v0_1_0", "v0_2_0", "v0_2_1" },
  options = "bad_pairs=empty,eos_flag=never,close_order=log_done_delete,"
    .. "splice=envoy,continue_l4=envoy,config_buffers=envoy",
  xfail = {
    ["buffers/buffer_eos_flag"] = R1,
    ["grpc/initial_metadata_malformed"] = R2,
    ["grpc/receive_buffer_eos"] = R1,
    ["http_call/response_body_eos"] = R1,
    ["headers/set_pairs_malformed"] = R2,
    ["http_call/call_bad_trailers"] = R2,
    ["lifecycle/close_order_http"] = R3,
    ["local_response/send_bad_pairs"] = R2,
    ["buffers/set_buffer_bytes_ranges"] = R4,
    ["config/configuration_buffers_elsewhere"] = R5,
    ["lifecycle/continue_stream_l4"] = R6,
    ["lifecycle/stream_control_elsewhere"] = R6,
  },
  uncoverable = {
    ["variant buffer_flags.end_of_stream"] = R1,
  },
}
