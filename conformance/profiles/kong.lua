-- Kong (ngx_wasm_module): the reference host's options for Kong's choices,
-- and the cases Kong is known to fail, each with its reason and source.
-- Kong traps on a bad guest pointer (a glue choice, pw_opts), which the
-- reference host does with bad_memory=trap.
-- Kong's unimplemented areas (gRPC, L4, several host functions that trap;
-- spec/v1alpha/semantics.lua) are not listed: the emulation implements them.

local R1 = "ngx_wasm_module treats a failed guest allocation like a bad "
  .. "guest pointer: the call traps (\"host trap (bad usage)\") "
  .. "instead of returning invalid_memory_access (ngx_wasm_module "
  .. "src/common/proxy_wasm/ngx_proxy_wasm.c, "
  .. "src/common/proxy_wasm/ngx_proxy_wasm_host.c)"
local R2 = "ngx_wasm_module traps (\"host trap (bad usage)\") on a guest "
  .. "pointer or length outside linear memory where the spec says "
  .. "invalid_memory_access (ngx_wasm_module "
  .. "src/common/proxy_wasm/ngx_proxy_wasm_host.c; conformance- "
  .. "anchors: hosts disagree on bad input)"
local R3 = "ngx_wasm_module serializes an empty map as a 4-byte count of "
  .. "0, not ptr 0/len 0 (ngx_wasm_module "
  .. "src/common/proxy_wasm/ngx_proxy_wasm_util.c)"
local R4 = "ngx_wasm_module counts CAS per key, 1 on creation and +1 per "
  .. "write (ngx_wasm_module src/common/shm/ngx_wa_shm_kv.c)"
local R5 = "ngx_wasm_module deletes the key when the value is NULL with "
  .. "length 0, and a cas of 0 only creates (ngx_wasm_module "
  .. "src/common/shm/ngx_wa_shm_kv.c)"
local R6 = "ngx_wasm_module accepts cas 0 only when the key is absent: "
  .. "cas_mismatch (ngx_wasm_module "
  .. "src/common/shm/ngx_wa_shm_kv.c)"
local R7 = "ngx_wasm_module answers cas_mismatch for a non-zero cas on a "
  .. "missing key and stores nothing (ngx_wasm_module "
  .. "src/common/shm/ngx_wa_shm_kv.c)"

return {
  title = "Kong (ngx_wasm_module)",
  abi = { "v0_1_0", "v0_2_0", "v0_2_1" },
  options = "empty_map=count0,cas0=create_only,"
    .. "cas_absent=mismatch,local_response=trap,bad_memory=trap,"
    .. "splice=kong,continue_l4=kong,config_buffers=any,restrict=none,"
    .. "lacks=kong",
  xfail = {
    ["buffers/get_buffer_bytes_alloc_fails"] = R1,
    ["buffers/get_buffer_bytes_bad_pointers"] = R2,
    ["buffers/get_buffer_status_bad_pointers"] = R2,
    ["buffers/set_buffer_bytes_bad_pointers"] = R2,
    ["config/configuration_bad_ptr"] = R2,
    ["config/property_bad_ptr"] = R2,
    ["config/set_property_bad_ptr"] = R2,
    ["grpc/call_bad_pointers"] = R2,
    ["grpc/get_status_allocator_failure"] = R1,
    ["grpc/get_status_bad_pointers"] = R2,
    ["grpc/initial_metadata_bad_pointers"] = R2,
    ["grpc/stream_send_bad_pointers"] = R2,
    ["grpc/send_bad_pointers"] = R2,
    ["grpc/stream_bad_pointers"] = R2,
    ["headers/add_bad_pointers"] = R2,
    ["headers/alloc_fails"] = R1,
    ["headers/empty_map_encoding"] = R3,
    ["headers/get_pairs_bad_pointers"] = R2,
    ["headers/get_value_bad_pointers"] = R2,
    ["headers/remove_bad_pointers"] = R2,
    ["headers/replace_bad_pointers"] = R2,
    ["headers/set_pairs_bad_pointers"] = R2,
    ["headers/size_bad_pointers"] = R2,
    ["headers/zero_length_bounds"] = R2,
    ["http_call/call_bad_pointers"] = R2,
    ["lifecycle/alloc_out_of_bounds"] = R1,
    ["lifecycle/alloc_returns_zero"] = R1,
    ["local_response/second_local_response"] = R2,
    ["local_response/send_bad_pointers"] = R2,
    ["logging/get_log_level_bad_ptr"] = R2,
    ["logging/log_bad_input"] = R2,
    ["logging/log_refused_in_contexts"] = R2,
    ["logging/status_alloc_fails"] = R1,
    ["logging/status_bad_ptr"] = R2,
    ["logging/status_bad_ptr_with_message"] = R2,
    ["logging/time_bad_ptr"] = R2,
    ["logging/time_bad_ptr_contexts"] = R2,
    ["metrics/define_bad_pointers"] = R2,
    ["metrics/define_bad_type_and_ptr"] = R2,
    ["metrics/get_bad_pointer"] = R2,
    ["queues/dequeue_allocator_failure"] = R1,
    ["queues/dequeue_bad_pointers"] = R2,
    ["queues/enqueue_bad_pointers"] = R2,
    ["queues/register_bad_pointers"] = R2,
    ["queues/resolve_bad_pointers"] = R2,
    ["shared_data/cas_counter"] = R4,
    ["shared_data/empty_value_null"] = R5,
    ["shared_data/get_allocator_failure"] = R1,
    ["shared_data/get_bad_pointers"] = R2,
    ["shared_data/set_bad_pointers"] = R2,
    ["shared_data/set_cas0_present"] = R6,
    ["shared_data/set_cas_absent"] = R7,
  },
}
