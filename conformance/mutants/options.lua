-- Mutants of the host's option defaults: spec-strict runs the defaults,
-- so a default flipped to a real host's deviation must be caught:
-- runtimes/hosts/reference/options.c.
local F = "runtimes/hosts/reference/options.c"
local function default(opt, field, value, why)
  add { id = "options-default-" .. opt, area = "options", file = F,
    find = "  memset(o, 0, sizeof *o);\n", replace = "  memset(o, 0, sizeof *o);\n  o->" .. field .. " = " .. value .. ";\n",
    why = "the default of " .. opt .. " becomes a host's deviation: " .. why }
end
default("empty_map", "empty_map_count0", "1", "an empty map is a 4-byte count 0 (NGX, SDKs)")
default("bad_pairs", "bad_pairs_empty", "1", "malformed pairs read as empty (CH)")
default("eos_flag", "eos_never", "1", "end_of_stream never in the buffer flags (CH)")
default("cas0", "cas0_create_only", "1", "cas 0 only creates (NGX)")
default("cas_absent", "cas_absent_mismatch", "1", "a cas on a missing key mismatches (NGX)")
default("close_order", "log_first", "1", "on_log before on_done (Envoy)")
default("local_response-first", "local_response", "REF_LR_FIRST", "a second local response is ignored")
default("local_response-trap", "local_response", "REF_LR_TRAP", "a second local response traps (NGX)")
default("bad_memory", "bad_memory_trap", "1", "a bad pointer traps (NGX)")
default("alignment", "aligned", "1", "out-pointers must be naturally aligned (NGX)")
default("config_elsewhere", "config_not_found", "1", "proxy_get_configuration outside its callbacks is not_found")
default("log_level", "log_level", "6", "get_log_level reports off (6)")
default("splice", "splice", "REF_HOST_ENVOY", "set_buffer_bytes only prepends/appends/replaces all (Envoy)")
default("continue_l4", "continue_l4", "REF_HOST_ENVOY", "continue_stream(upstream) is unimplemented (Envoy)")
default("config_buffers", "config_buffers", "REF_CFGBUF_ANY", "buffers 6/7 readable at any time (Kong)")
