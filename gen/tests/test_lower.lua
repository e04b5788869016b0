-- The lowering against core Wasm signatures written down independently
-- (from the witx, §1.3/1.4 of the reference notes), and against the C
-- declarations the seed carries.
local T = require("t")
local load = require("pwabi.load")
local lower = require("pwabi.lower")
local util = require("pwabi.util")

-- name = params ":" results; i = i32, I = i64
local HOST = {
  proxy_get_configuration = "ii:i", proxy_get_status = "iii:i",
  proxy_log = "iii:i", proxy_set_tick_period_milliseconds = "i:i",
  proxy_get_current_time_nanoseconds = "i:i", proxy_get_property = "iiii:i",
  proxy_set_property = "iiii:i", proxy_set_effective_context = "i:i",
  proxy_done = ":i", proxy_define_metric = "iiii:i",
  proxy_increment_metric = "iI:i", proxy_record_metric = "iI:i",
  proxy_get_metric = "ii:i", proxy_continue_request = ":i",
  proxy_continue_response = ":i", proxy_send_local_response = "iiiiiiii:i",
  proxy_clear_route_cache = ":i", proxy_get_shared_data = "iiiii:i",
  proxy_set_shared_data = "iiiii:i", proxy_register_shared_queue = "iii:i",
  proxy_resolve_shared_queue = "iiiii:i", proxy_dequeue_shared_queue = "iii:i",
  proxy_enqueue_shared_queue = "iii:i", proxy_add_header_map_value = "iiiii:i",
  proxy_get_header_map_value = "iiiii:i", proxy_get_header_map_pairs = "iii:i",
  proxy_set_header_map_pairs = "iii:i",
  proxy_replace_header_map_value = "iiiii:i",
  proxy_remove_header_map_value = "iii:i", proxy_get_header_map_size = "ii:i",
  proxy_get_buffer_bytes = "iiiii:i", proxy_get_buffer_status = "iii:i",
  proxy_http_call = "iiiiiiiiii:i", proxy_grpc_call = "iiiiiiiiii:i",
  proxy_grpc_stream = "iiiiiii:i", proxy_grpc_cancel = "i:i",
  proxy_grpc_close = "i:i", proxy_grpc_send = "iiii:i",
}
local GUEST = {
  proxy_on_start = "ii:i", proxy_validate_configuration = "ii:i",
  proxy_on_configure = "ii:i", proxy_on_tick = "i:", proxy_on_queue_ready = "ii:",
  proxy_on_create = "ii:", proxy_on_new_connection = "i:i",
  proxy_on_downstream_data = "iii:i", proxy_on_upstream_data = "iii:i",
  proxy_on_downstream_connection_close = "ii:",
  proxy_on_upstream_connection_close = "ii:",
  proxy_on_request_headers = "ii:i", proxy_on_request_body = "iii:i",
  proxy_on_request_trailers = "ii:i", proxy_on_request_metadata = "ii:i",
  proxy_on_response_headers = "ii:i", proxy_on_response_body = "iii:i",
  proxy_on_response_trailers = "ii:i", proxy_on_response_metadata = "ii:i",
  proxy_on_done = "i:i", proxy_on_log = "i:", proxy_on_delete = "i:",
  proxy_on_http_call_response = "iiiii:",
  proxy_on_grpc_create_initial_metadata = "iii:",
  proxy_on_grpc_receive_initial_metadata = "iii:",
  proxy_on_grpc_trailing_metadata = "iii:", proxy_on_grpc_receive = "iii:",
  proxy_on_grpc_close = "iii:",
}

local function lowered()
  return lower.lower(load.load(T.root .. "/spec", "v1alpha"))
end

local tests = {}

function tests.counts()
  local low = lowered()
  T.eq(#low.host, 38, "host functions")
  T.eq(#low.guest, 28, "guest exports")
  T.eq(#low.abi.types, 20, "types")
end

function tests.signatures()
  local low = lowered()
  for side, want in pairs({ host = HOST, guest = GUEST }) do
    local n = 0
    for _, L in ipairs(low[side]) do
      T.eq(lower.code(L), want[L.name], L.name)
      n = n + 1
    end
    T.eq(n, util.count(want), side .. " count")
  end
end

function tests.objdump_form()
  local L = lowered().by_name
  T.eq(lower.signature(L.proxy_log), "(i32, i32, i32) -> i32", "proxy_log")
  T.eq(lower.signature(L.proxy_on_tick), "(i32) -> nil", "proxy_on_tick")
  T.eq(lower.signature(L.proxy_done), "() -> i32", "proxy_done")
end

function tests.classes()
  local L = lowered().by_name
  local a = L.proxy_get_shared_data.args
  T.eq(#a, 3, "args (value_len absorbed)")
  T.eq(a[1].class, "bytes_in", "key")
  T.eq(a[2].class, "out_bytes", "value")
  T.eq(a[2].len_param.name, "value_len", "value's length")
  T.eq(a[3].class, "out_scalar", "cas")
  T.eq(L.proxy_get_metric.args[2].size, 8, "u64 out size")
  T.eq(L.proxy_get_current_time_nanoseconds.args[1].size, 8, "timestamp")
  T.eq(L.proxy_log.args[1].class, "enum", "level")
  T.eq(L.proxy_get_buffer_status.args[3].pointee.class, "flags", "flags out")
end

-- E3: the C declarations have other names, but the same number of core
-- values as the lowering.
function tests.c_signatures_match_arity()
  for _, L in ipairs(lowered().host) do
    local sig = L.spec.c_signature:gsub("%s+", " ")
    local inside = sig:match("^.-" .. L.name .. "%((.*)%)%s*;$")
    T.ok(inside, "cannot parse C signature of " .. L.name)
    local n = 0
    if inside:match("%S") then
      n = select(2, inside:gsub(",", ",")) + 1
    end
    T.eq(n, #L.wasm_params, L.name .. " C parameter count")
  end
end

-- The layout strings decoders read: one code per lowered argument, and the
-- number of Wasm values they consume equals the signature's arity.
function tests.layouts()
  local L = lowered().by_name
  T.eq(lower.layout(L.proxy_log), "level:e=log_level message:b", "log")
  T.eq(lower.layout(L.proxy_get_property), "path:n value:O", "property")
  T.eq(lower.layout(L.proxy_get_shared_data), "key:b value:O cas:o4", "kv")
  T.eq(lower.layout(L.proxy_increment_metric), "id:u offset:S", "metric")
  T.eq(lower.layout(L.proxy_set_header_map_pairs),
    "headers_type:e=headers_type buf:p", "pairs")
  T.eq(lower.result_layout(L.proxy_on_request_headers),
    "e=filter_headers_status", "callback result")
  T.eq(lower.result_layout(L.proxy_on_tick), "", "no result")
  local WIDTH = { b = 2, p = 2, n = 2, O = 2 }
  for name, f in pairs(L) do
    local n = 0
    for code in lower.layout(f):gmatch("%S+:(%S+)") do
      n = n + (WIDTH[code] or 1)
    end
    T.eq(n, #f.wasm_params, name .. " layout width")
  end
end

return tests
