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

-- WASI (0.1.0 and later): the WASI-only words lower to their classes and
-- argument kinds; types are C's wasi_ ones; statuses errno or nothing;
-- every function served under the module and its alias.
function tests.wasi()
  local low = lower.lower(load.load(T.root .. "/spec", "v0_1_0"))
  local by = {}
  for _, L in ipairs(low.wasi) do by[L.name] = L end
  local function kinds(L)
    local ks = {}
    for i, r in ipairs(lower.rows(L)) do ks[i] = r.kind .. ":" .. r.type end
    return table.concat(ks, " ")
  end
  T.eq(kinds(by.fd_write), "U32:wasi_fd IOVECS:iovecs OUT:wasi_size",
    "fd_write")
  T.eq(kinds(by.random_get), "FILL:bytes_out", "random_get")
  T.eq(kinds(by.environ_get), "ARRAY:u32 ARRAY:u8", "environ_get")
  T.eq(kinds(by.clock_time_get), "ENUM:wasi_clockid U64:wasi_timestamp "
    .. "OUT:wasi_timestamp", "clock_time_get")
  T.eq(by.fd_write.status, "wasi_errno", "errno status")
  T.eq(by.proc_exit.status, nil, "proc_exit returns nothing")
  T.eq(lower.code(by.fd_seek), "iIii:i", "fd_seek takes an i64")
  T.eq(by.fd_write.key, "wasi_fd_write", "op name")
  local rows, n = lower.import_rows(low), 0
  for _, r in ipairs(rows) do
    if r.L == by.fd_write then n = n + 1 end
  end
  T.eq(n, 2, "fd_write under the module and its alias")
  local want = #low.host
  for _, W in ipairs(low.wasi) do want = want + 1 + #W.aliases end
  T.eq(#rows, want, "import rows")
  T.eq(by.pthread_equal.module, "env", "an extra comes from env")
  T.eq(by.pthread_equal.mode, "value", "its value passes as is")
  T.eq(by.emscripten_notify_memory_growth.mode, "void", "returns normally")
  T.eq(by.proc_exit.mode, "noreturn", "proc_exit does not return")
  T.eq(low.imports[#low.host + 1].index, #low.host, "WASI after the ABI")
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

-- The argument rows decoders read: one per lowered argument, and the Wasm
-- values they take add up to the signature's arity.
local function row_text(r)
  return ("%s:%s/%d/%d/%s/%s"):format(r.name, r.kind, r.width, r.size,
    tostring(r.type), tostring(r.len))
end

local function rows_text(L)
  local rows, res = lower.rows(L)
  local t = {}
  for i, r in ipairs(rows) do t[i] = row_text(r) end
  return table.concat(t, " "), res and row_text(res) or nil
end

function tests.rows()
  local L = lowered().by_name
  T.eq(rows_text(L.proxy_log),
    "level:ENUM/1/0/log_level/nil message:BYTES/2/0/string/nil", "log")
  T.eq(rows_text(L.proxy_get_property),
    "path:PATH/2/0/string/nil value:OUT_BYTES/2/0/char8/value_len", "prop")
  T.eq(rows_text(L.proxy_get_shared_data), "key:BYTES/2/0/string/nil "
    .. "value:OUT_BYTES/2/0/char8/value_len cas:OUT/1/4/u32/nil", "kv")
  T.eq(rows_text(L.proxy_increment_metric),
    "id:U32/1/0/metric_id/nil offset:S64/1/0/s64/nil", "metric")
  T.eq(rows_text(L.proxy_set_header_map_pairs),
    "headers_type:ENUM/1/0/headers_type/nil buf:PAIRS/2/0/string/nil",
    "pairs")
  T.eq(select(2, rows_text(L.proxy_on_request_headers)),
    "status:ENUM/1/0/filter_headers_status/nil", "callback result")
  T.eq(select(2, rows_text(L.proxy_on_tick)), nil, "no result")
  for name, f in pairs(L) do
    local n = 0
    for _, r in ipairs((lower.rows(f))) do n = n + r.width end
    T.eq(n, #f.wasm_params, name .. " row widths")
  end
end

return tests
