-- Kong (ngx_wasm_module): the reference host's options for Kong's choices,
-- and the cases Kong is known to fail, each with its reason and source.
-- Kong traps on a bad guest pointer (a glue choice, pw_opts), which the
-- reference host does with bad_memory=trap.
-- What Kong lacks is emulated too (lacks=kong): the imports it does not
-- export fail to link, the functions it has not implemented trap; the
-- cases that need them are expected to fail, and the manifest items only
-- they make cross are declared uncoverable, each with its reason.
-- The entries were listed from a run of this profile and each reason
-- checked against abi-semantics.md (3.1 for the functions).

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

local R8 = "ngx_wasm_module checks a guest pointer the same way for every "
  .. "import it serves and traps when it is outside memory (R2); the "
  .. "emulation's bad_memory=trap does so for the WASI calls too, which "
  .. "then never answer fault (abi-semantics.md records no WASI status "
  .. "path for Kong)"
local SRC = " (ngx_wasm_module @ 3bed278; abi-semantics.md 3.1, NGX column)"
local K_LINK_BUF = "ngx_wasm_module does not export "
  .. "proxy_get_buffer_status: a module importing it does not load" .. SRC
local K_LINK_SIZE = "ngx_wasm_module does not export "
  .. "proxy_get_header_map_size: a module importing it does not load" .. SRC
local K_LINK_LOG = "ngx_wasm_module registers proxy_get_log_level with two "
  .. "parameters: a module importing the one-parameter function does not "
  .. "load" .. SRC
local function nyi(fn)
  return "ngx_wasm_module has not implemented " .. fn .. ": a call traps "
    .. "(\"host trap (function not yet implemented)\")" .. SRC
end
local K_RESTRICT = "ngx_wasm_module does not restrict host calls during "
  .. "start-up or inside the allocator (abi-semantics.md 2.2 records "
  .. "proxy-wasm-cpp-host's restriction only; restrict=none)"
local K_SPLICE = "ngx_wasm_module's set_buffer_bytes treats a length of 0 at "
  .. "a start past 0 with a non-empty value as the value's length "
  .. "(abi-semantics.md 3.3, proxy_set_buffer_bytes)"
local K_L4 = "ngx_wasm_module has no L4 filters: continue_stream of either "
  .. "L4 side is internal_failure, logged as NYI (abi-semantics.md 3.3, "
  .. "proxy_continue_stream)"
local K_SUITE = "the cases that provoke it import proxy_get_buffer_status or "
  .. "proxy_get_header_map_size too, which ngx_wasm_module does not export, "
  .. "so their modules do not load" .. SRC
local K_VALUES = "only proxy_get_status and the gRPC callouts carry these "
  .. "values, and ngx_wasm_module has implemented neither" .. SRC

return {
  title = "Kong (ngx_wasm_module)",
  abi = { "v0_1_0", "v0_2_0", "v0_2_1" },
  options = "empty_map=count0,cas0=create_only,"
    .. "cas_absent=mismatch,local_response=trap,bad_memory=trap,"
    .. "splice=kong,continue_l4=kong,config_buffers=any,restrict=none,"
    .. "lacks=kong",
  xfail = {
    ["buffers/body_outside_callback"] = K_LINK_BUF,
    ["buffers/buffer_eos_flag"] = K_LINK_BUF,
    ["buffers/buffer_not_found"] = K_LINK_BUF,
    ["buffers/buffer_status_all_types"] = K_LINK_BUF,
    ["buffers/buffer_type_by_version"] = K_LINK_BUF,
    ["buffers/buffer_type_out_of_range"] = K_LINK_BUF,
    ["buffers/empty_results_no_allocation"] = K_LINK_BUF,
    ["buffers/get_buffer_bytes_alloc_fails"] = R1,
    ["buffers/get_buffer_bytes_bad_pointers"] = R2,
    ["buffers/get_buffer_status_bad_pointers"] = R2,
    ["buffers/held_body_from_tick"] = K_LINK_BUF,
    ["buffers/set_buffer_bytes_bad_pointers"] = R2,
    ["buffers/set_buffer_bytes_ranges"] = K_SPLICE,
    ["buffers/set_buffer_bytes_refused"] = nyi("proxy_grpc_call"),
    ["config/configuration_bad_ptr"] = R2,
    ["config/configuration_buffers"] = K_LINK_BUF,
    ["config/configuration_buffers_elsewhere"] = K_LINK_BUF,
    ["config/property_bad_ptr"] = R2,
    ["config/set_property_bad_ptr"] = R2,
    ["foreign/allocator_fails"] = R1,
    ["foreign/bad_pointers"] = R2,
    ["grpc/call_bad_pointers"] = R2,
    ["grpc/call_with_initial_metadata"] = nyi("proxy_grpc_call"),
    ["grpc/callout_refused"] = nyi("proxy_grpc_call"),
    ["grpc/cancel_or_close"] = K_LINK_BUF,
    ["grpc/close_status_codes"] = K_LINK_BUF,
    ["grpc/create_hook_gone"] = nyi("proxy_grpc_call"),
    ["grpc/get_status_allocator_failure"] = R1,
    ["grpc/get_status_bad_pointers"] = R2,
    ["grpc/get_status_default"] = nyi("proxy_get_status"),
    ["grpc/initial_metadata_bad_pointers"] = R2,
    ["grpc/initial_metadata_empty"] = nyi("proxy_grpc_call"),
    ["grpc/initial_metadata_malformed"] = nyi("proxy_grpc_call"),
    ["grpc/receive_buffer_eos"] = K_LINK_BUF,
    ["grpc/send_bad_pointers"] = R2,
    ["grpc/stream_bad_pointers"] = R2,
    ["grpc/stream_send_bad_pointers"] = R2,
    ["grpc/stream_with_initial_metadata"] = nyi("proxy_grpc_stream"),
    ["grpc/token_states"] = K_LINK_BUF,
    ["headers/add_bad_pointers"] = R2,
    ["headers/alloc_fails"] = R1,
    ["headers/empty_map_encoding"] = R3,
    ["headers/get_pairs_bad_pointers"] = R2,
    ["headers/get_value_bad_pointers"] = R2,
    ["headers/grpc_metadata_maps"] = K_LINK_SIZE,
    ["headers/headers_type_out_of_range"] = K_LINK_SIZE,
    ["headers/http_call_response_maps"] = K_LINK_SIZE,
    ["headers/maps_from_root"] = K_LINK_SIZE,
    ["headers/maps_not_in_phase"] = K_LINK_SIZE,
    ["headers/remove_bad_pointers"] = R2,
    ["headers/replace_bad_pointers"] = R2,
    ["headers/set_pairs_bad_pointers"] = R2,
    ["headers/size_bad_pointers"] = R2,
    ["headers/size_counts_entries"] = K_LINK_SIZE,
    ["headers/trailers_rw"] = K_LINK_SIZE,
    ["headers/zero_length_bounds"] = R2,
    ["http_call/call_bad_pointers"] = R2,
    ["http_call/call_failure"] = K_LINK_BUF,
    ["http_call/call_failure_message"] = K_LINK_BUF,
    ["http_call/response_body_eos"] = K_LINK_BUF,
    ["lifecycle/alloc_out_of_bounds"] = R1,
    ["lifecycle/alloc_returns_zero"] = R1,
    ["lifecycle/close_stream_http"] = nyi("proxy_close_stream"),
    ["lifecycle/close_stream_l4"] = nyi("proxy_close_stream"),
    ["lifecycle/close_stream_while_closing"] = nyi("proxy_close_stream"),
    ["lifecycle/continue_legacy"] = nyi("proxy_continue_response"),
    ["lifecycle/continue_stream_l4"] = K_L4,
    ["lifecycle/done_other_root"] = nyi("proxy_done"),
    ["lifecycle/proxy_done_not_pending"] = nyi("proxy_done"),
    ["lifecycle/root_done_pending"] = nyi("proxy_done"),
    ["lifecycle/stream_control_elsewhere"] = K_L4,
    ["lifecycle/stream_type_unknown"] = nyi("proxy_close_stream"),
    ["lifecycle/trap_grpc_stream"] = nyi("proxy_grpc_stream"),
    ["local_response/continue_response"] = nyi("proxy_continue_response"),
    ["local_response/route_cache_and_continue"] = nyi("proxy_continue_response"),
    ["local_response/second_local_response"] = R2,
    ["local_response/send_bad_pointers"] = R2,
    ["logging/get_log_level_bad_ptr"] = R2,
    ["logging/get_log_level_default"] = K_LINK_LOG,
    ["logging/log_bad_input"] = R2,
    ["logging/log_refused_in_contexts"] = R2,
    ["logging/status_alloc_fails"] = R1,
    ["logging/status_bad_ptr"] = R2,
    ["logging/status_bad_ptr_with_message"] = R2,
    ["logging/status_default"] = nyi("proxy_get_status"),
    ["logging/status_grpc_stream_close"] = nyi("proxy_grpc_stream"),
    ["logging/status_http_failure"] = nyi("proxy_get_status"),
    ["logging/time_bad_ptr"] = R2,
    ["logging/time_bad_ptr_contexts"] = R2,
    ["metrics/define_bad_pointers"] = R2,
    ["metrics/define_bad_type_and_ptr"] = R2,
    ["metrics/get_bad_pointer"] = R2,
    ["queues/dequeue_allocator_failure"] = R1,
    ["queues/dequeue_bad_pointers"] = R2,
    ["queues/enqueue_bad_pointers"] = R2,
    ["queues/enqueue_other_root"] = nyi("proxy_resolve_shared_queue"),
    ["queues/items_are_copies"] = nyi("proxy_resolve_shared_queue"),
    ["queues/register_bad_pointers"] = R2,
    ["queues/register_resolve"] = nyi("proxy_resolve_shared_queue"),
    ["queues/resolve_bad_pointers"] = R2,
    ["queues/resolve_from_stream"] = nyi("proxy_resolve_shared_queue"),
    ["queues/resolve_not_found"] = nyi("proxy_resolve_shared_queue"),
    ["queues/two_queues_separate"] = nyi("proxy_resolve_shared_queue"),
    ["queues/zero_length_strings"] = nyi("proxy_resolve_shared_queue"),
    ["shared_data/cas_counter"] = R4,
    ["shared_data/empty_value_null"] = R5,
    ["shared_data/get_allocator_failure"] = R1,
    ["shared_data/get_bad_pointers"] = R2,
    ["shared_data/set_bad_pointers"] = R2,
    ["shared_data/set_cas0_present"] = R6,
    ["shared_data/set_cas_absent"] = R7,
    ["shared_data/zero_length_strings"] = R2,
    ["startup/no_allocator"] = R1,
    ["startup/restricted_allocator"] = K_RESTRICT,
    ["startup/restricted_start"] = K_RESTRICT,
    ["startup/restricted_start_wasi"] = K_RESTRICT,
    ["wasi/clock_errors"] = R8,
    ["wasi/environ_args_faults"] = R8,
    ["wasi/fd_stub_faults"] = R8,
    ["wasi/fd_write_errors"] = R8,
    ["wasi/random_get_errors"] = R8,
  },
  uncoverable = {
    ["guest proxy_on_grpc_close"] = nyi("proxy_grpc_call"),
    ["guest proxy_on_grpc_receive"] = nyi("proxy_grpc_call"),
    ["guest proxy_on_grpc_receive_initial_metadata"] = nyi("proxy_grpc_call"),
    ["guest proxy_on_grpc_receive_trailing_metadata"] = nyi("proxy_grpc_call"),
    ["v0_1_0: host proxy_clear_route_cache"] = nyi("proxy_clear_route_cache"),
    ["v0_2_0: host proxy_close_stream"] = nyi("proxy_close_stream"),
    ["v0_2_1: host proxy_close_stream"] = nyi("proxy_close_stream"),
    ["v0_1_0: host proxy_continue_response"] = nyi("proxy_continue_response"),
    ["host proxy_done"] = nyi("proxy_done"),
    ["host proxy_get_buffer_status"] = K_LINK_BUF,
    ["host proxy_get_header_map_size"] = K_LINK_SIZE,
    ["v0_2_1: host proxy_get_log_level"] = K_LINK_LOG,
    ["host proxy_get_status"] = nyi("proxy_get_status"),
    ["host proxy_grpc_call"] = nyi("proxy_grpc_call"),
    ["host proxy_grpc_cancel"] = nyi("proxy_grpc_cancel"),
    ["host proxy_grpc_close"] = nyi("proxy_grpc_close"),
    ["host proxy_grpc_send"] = nyi("proxy_grpc_send"),
    ["host proxy_grpc_stream"] = nyi("proxy_grpc_stream"),
    ["host proxy_resolve_shared_queue"] = nyi("proxy_resolve_shared_queue"),
    ["v0_2_0: param proxy_close_stream.stream_type"] = nyi("proxy_close_stream"),
    ["v0_2_1: param proxy_close_stream.stream_type"] = nyi("proxy_close_stream"),
    ["param proxy_get_buffer_status.buffer_type"] = K_LINK_BUF,
    ["param proxy_get_buffer_status.flags"] = K_LINK_BUF,
    ["param proxy_get_buffer_status.len"] = K_LINK_BUF,
    ["param proxy_get_header_map_size.headers_type"] = K_LINK_SIZE,
    ["param proxy_get_header_map_size.len"] = K_LINK_SIZE,
    ["v0_2_1: param proxy_get_log_level.level"] = K_LINK_LOG,
    ["param proxy_get_status.code"] = nyi("proxy_get_status"),
    ["param proxy_get_status.message"] = nyi("proxy_get_status"),
    ["param proxy_get_status.message_len"] = nyi("proxy_get_status"),
    ["param proxy_grpc_call.initial_metadata"] = nyi("proxy_grpc_call"),
    ["param proxy_grpc_call.method_name"] = nyi("proxy_grpc_call"),
    ["param proxy_grpc_call.request"] = nyi("proxy_grpc_call"),
    ["param proxy_grpc_call.service"] = nyi("proxy_grpc_call"),
    ["param proxy_grpc_call.service_name"] = nyi("proxy_grpc_call"),
    ["param proxy_grpc_call.timeout_ms"] = nyi("proxy_grpc_call"),
    ["param proxy_grpc_call.token"] = nyi("proxy_grpc_call"),
    ["param proxy_grpc_cancel.token"] = nyi("proxy_grpc_cancel"),
    ["param proxy_grpc_close.token"] = nyi("proxy_grpc_close"),
    ["param proxy_grpc_send.end_stream"] = nyi("proxy_grpc_send"),
    ["param proxy_grpc_send.message"] = nyi("proxy_grpc_send"),
    ["param proxy_grpc_send.token"] = nyi("proxy_grpc_send"),
    ["param proxy_grpc_stream.initial_metadata"] = nyi("proxy_grpc_stream"),
    ["param proxy_grpc_stream.method_name"] = nyi("proxy_grpc_stream"),
    ["param proxy_grpc_stream.service"] = nyi("proxy_grpc_stream"),
    ["param proxy_grpc_stream.service_name"] = nyi("proxy_grpc_stream"),
    ["param proxy_grpc_stream.token"] = nyi("proxy_grpc_stream"),
    ["param proxy_on_grpc_close.context_id"] = nyi("proxy_grpc_call"),
    ["param proxy_on_grpc_close.status_code"] = nyi("proxy_grpc_call"),
    ["param proxy_on_grpc_close.token"] = nyi("proxy_grpc_call"),
    ["param proxy_on_grpc_receive.context_id"] = nyi("proxy_grpc_call"),
    ["param proxy_on_grpc_receive.response_size"] = nyi("proxy_grpc_call"),
    ["param proxy_on_grpc_receive.token"] = nyi("proxy_grpc_call"),
    ["param proxy_on_grpc_receive_initial_metadata.context_id"] = nyi("proxy_grpc_call"),
    ["param proxy_on_grpc_receive_initial_metadata.headers_count"] = nyi("proxy_grpc_call"),
    ["param proxy_on_grpc_receive_initial_metadata.token"] = nyi("proxy_grpc_call"),
    ["param proxy_on_grpc_receive_trailing_metadata.context_id"] = nyi("proxy_grpc_call"),
    ["param proxy_on_grpc_receive_trailing_metadata.token"] = nyi("proxy_grpc_call"),
    ["param proxy_on_grpc_receive_trailing_metadata.trailers_count"] = nyi("proxy_grpc_call"),
    ["param proxy_resolve_shared_queue.queue_name"] = nyi("proxy_resolve_shared_queue"),
    ["param proxy_resolve_shared_queue.token"] = nyi("proxy_resolve_shared_queue"),
    ["param proxy_resolve_shared_queue.vm_id"] = nyi("proxy_resolve_shared_queue"),
    ["v0_1_0: result proxy_clear_route_cache.error"] = nyi("proxy_clear_route_cache"),
    ["v0_2_0: result proxy_close_stream.error"] = nyi("proxy_close_stream"),
    ["v0_2_1: result proxy_close_stream.error"] = nyi("proxy_close_stream"),
    ["v0_1_0: result proxy_continue_response.error"] = nyi("proxy_continue_response"),
    ["result proxy_done.error"] = nyi("proxy_done"),
    ["result proxy_get_buffer_status.error"] = K_LINK_BUF,
    ["result proxy_get_header_map_size.error"] = K_LINK_SIZE,
    ["v0_2_1: result proxy_get_log_level.error"] = K_LINK_LOG,
    ["result proxy_get_status.error"] = nyi("proxy_get_status"),
    ["result proxy_grpc_call.error"] = nyi("proxy_grpc_call"),
    ["result proxy_grpc_cancel.error"] = nyi("proxy_grpc_cancel"),
    ["result proxy_grpc_close.error"] = nyi("proxy_grpc_close"),
    ["result proxy_grpc_send.error"] = nyi("proxy_grpc_send"),
    ["result proxy_grpc_stream.error"] = nyi("proxy_grpc_stream"),
    ["result proxy_resolve_shared_queue.error"] = nyi("proxy_resolve_shared_queue"),
    ["status args_get.fault"] = R8,
    ["status args_sizes_get.fault"] = R8,
    ["status clock_time_get.fault"] = R8,
    ["status environ_get.fault"] = R8,
    ["status environ_sizes_get.fault"] = R8,
    ["status fd_fdstat_get.fault"] = R8,
    ["status fd_prestat_dir_name.fault"] = R8,
    ["status fd_prestat_get.fault"] = R8,
    ["status fd_seek.fault"] = R8,
    ["status fd_write.fault"] = R8,
    ["status poll_oneoff.fault"] = R8,
    ["status proxy_add_header_map_value.invalid_memory_access"] = R2,
    ["status proxy_call_foreign_function.invalid_memory_access"] = R2,
    ["v0_1_0: status proxy_clear_route_cache.ok"] = nyi("proxy_clear_route_cache"),
    ["v0_2_0: status proxy_close_stream.bad_argument"] = nyi("proxy_close_stream"),
    ["v0_2_1: status proxy_close_stream.bad_argument"] = nyi("proxy_close_stream"),
    ["v0_2_0: status proxy_close_stream.ok"] = nyi("proxy_close_stream"),
    ["v0_2_1: status proxy_close_stream.ok"] = nyi("proxy_close_stream"),
    ["v0_1_0: status proxy_continue_response.ok"] = nyi("proxy_continue_response"),
    ["status proxy_define_metric.invalid_memory_access"] = R2,
    ["status proxy_dequeue_shared_queue.invalid_memory_access"] = R2,
    ["status proxy_done.not_found"] = nyi("proxy_done"),
    ["status proxy_done.ok"] = nyi("proxy_done"),
    ["status proxy_enqueue_shared_queue.invalid_memory_access"] = R2,
    ["status proxy_get_buffer_bytes.bad_argument"] = K_SUITE,
    ["status proxy_get_buffer_bytes.invalid_memory_access"] = R2,
    ["status proxy_get_buffer_status.bad_argument"] = K_LINK_BUF,
    ["status proxy_get_buffer_status.invalid_memory_access"] = K_LINK_BUF,
    ["status proxy_get_buffer_status.not_found"] = K_LINK_BUF,
    ["status proxy_get_buffer_status.ok"] = K_LINK_BUF,
    ["v0_1_0: status proxy_get_configuration.invalid_memory_access"] = R2,
    ["status proxy_get_current_time_nanoseconds.invalid_memory_access"] = R2,
    ["status proxy_get_header_map_pairs.bad_argument"] = K_SUITE,
    ["status proxy_get_header_map_pairs.invalid_memory_access"] = R2,
    ["status proxy_get_header_map_size.bad_argument"] = K_LINK_SIZE,
    ["status proxy_get_header_map_size.invalid_memory_access"] = K_LINK_SIZE,
    ["status proxy_get_header_map_size.ok"] = K_LINK_SIZE,
    ["status proxy_get_header_map_value.invalid_memory_access"] = R2,
    ["v0_2_1: status proxy_get_log_level.invalid_memory_access"] = K_LINK_LOG,
    ["v0_2_1: status proxy_get_log_level.ok"] = K_LINK_LOG,
    ["status proxy_get_metric.invalid_memory_access"] = R2,
    ["status proxy_get_property.invalid_memory_access"] = R2,
    ["status proxy_get_shared_data.invalid_memory_access"] = R2,
    ["status proxy_get_status.invalid_memory_access"] = nyi("proxy_get_status"),
    ["status proxy_get_status.ok"] = nyi("proxy_get_status"),
    ["status proxy_grpc_call.bad_argument"] = nyi("proxy_grpc_call"),
    ["status proxy_grpc_call.internal_failure"] = nyi("proxy_grpc_call"),
    ["status proxy_grpc_call.invalid_memory_access"] = nyi("proxy_grpc_call"),
    ["status proxy_grpc_call.ok"] = nyi("proxy_grpc_call"),
    ["status proxy_grpc_call.parse_failure"] = nyi("proxy_grpc_call"),
    ["status proxy_grpc_cancel.bad_argument"] = nyi("proxy_grpc_cancel"),
    ["status proxy_grpc_cancel.not_found"] = nyi("proxy_grpc_cancel"),
    ["status proxy_grpc_cancel.ok"] = nyi("proxy_grpc_cancel"),
    ["status proxy_grpc_close.bad_argument"] = nyi("proxy_grpc_close"),
    ["status proxy_grpc_close.not_found"] = nyi("proxy_grpc_close"),
    ["status proxy_grpc_close.ok"] = nyi("proxy_grpc_close"),
    ["status proxy_grpc_send.bad_argument"] = nyi("proxy_grpc_send"),
    ["status proxy_grpc_send.invalid_memory_access"] = nyi("proxy_grpc_send"),
    ["status proxy_grpc_send.not_found"] = nyi("proxy_grpc_send"),
    ["status proxy_grpc_send.ok"] = nyi("proxy_grpc_send"),
    ["status proxy_grpc_stream.bad_argument"] = nyi("proxy_grpc_stream"),
    ["status proxy_grpc_stream.internal_failure"] = nyi("proxy_grpc_stream"),
    ["status proxy_grpc_stream.invalid_memory_access"] = nyi("proxy_grpc_stream"),
    ["status proxy_grpc_stream.ok"] = nyi("proxy_grpc_stream"),
    ["status proxy_grpc_stream.parse_failure"] = nyi("proxy_grpc_stream"),
    ["status proxy_http_call.invalid_memory_access"] = R2,
    ["status proxy_log.invalid_memory_access"] = R2,
    ["status proxy_register_shared_queue.invalid_memory_access"] = R2,
    ["status proxy_remove_header_map_value.invalid_memory_access"] = R2,
    ["status proxy_replace_header_map_value.invalid_memory_access"] = R2,
    ["status proxy_resolve_shared_queue.invalid_memory_access"] = nyi("proxy_resolve_shared_queue"),
    ["status proxy_resolve_shared_queue.not_found"] = nyi("proxy_resolve_shared_queue"),
    ["status proxy_resolve_shared_queue.ok"] = nyi("proxy_resolve_shared_queue"),
    ["status proxy_send_local_response.invalid_memory_access"] = R2,
    ["status proxy_set_buffer_bytes.invalid_memory_access"] = R2,
    ["status proxy_set_header_map_pairs.invalid_memory_access"] = R2,
    ["status proxy_set_property.invalid_memory_access"] = R2,
    ["status proxy_set_shared_data.invalid_memory_access"] = R2,
    ["status random_get.fault"] = R8,
    ["type buffer_flags"] = K_LINK_BUF,
    ["variant buffer_flags.end_of_stream"] = K_LINK_BUF,
    ["variant buffer_type.grpc_receive_buffer"] = nyi("proxy_grpc_call"),
    ["variant headers_type.grpc_receive_initial_metadata"] = nyi("proxy_grpc_call"),
    ["variant headers_type.grpc_receive_trailing_metadata"] = nyi("proxy_grpc_call"),
    ["variant wasm_result.bad_expression"] = K_VALUES,
    ["variant wasm_result.broken_connection"] = K_VALUES,
    ["variant wasm_result.invalid_memory_access"] = R2,
    ["variant wasm_result.parse_failure"] = K_VALUES,
    ["variant wasm_result.result_mismatch"] = K_VALUES,
    ["v0_1_0: variant wasm_result.unimplemented"] = K_VALUES,
  },
}
