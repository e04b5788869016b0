-- Mutants of logging, time and ticks (proxy_log, proxy_get_log_level,
-- proxy_get_current_time_nanoseconds, proxy_set_tick_period_milliseconds):
-- runtimes/hosts/reference/env.c and the glue.
local F = "runtimes/hosts/reference/env.c"
add { id = "logging-level-dropped", area = "logging", file = F,
  find = "  ref_event(host, PW_EV_LOG, \"proxy_log\", level, \"%s\", text);",
  replace = "  ref_event(host, PW_EV_LOG, \"proxy_log\", 2 + 0 * level, \"%s\", text);",
  why = "every message is logged at info, whatever its level", sample = true }
add { id = "logging-message-dropped", area = "logging", file = F,
  find = "  ref_escape(text, sizeof text, message.ptr, message.len);",
  replace = "  ref_escape(text, sizeof text, message.ptr, message.len ? message.len - 1 : 0);",
  why = "the last byte of each message is lost" }
add { id = "logging-log-level-off-by-one", area = "logging", file = F,
  find = "  static const pw_log_level_t by_option[] = { 2, 0, 1, 3, 4, 5, 6 };",
  replace = "  static const pw_log_level_t by_option[] = { 1, 0, 1, 3, 4, 5, 6 };",
  why = "get_log_level reports debug when the host logs at info" }
add { id = "logging-log-level-option-ignored", area = "logging", file = F,
  find = "  *level = by_option[((pw_host *)host)->o.log_level];",
  replace = "  *level = by_option[0 * ((pw_host *)host)->o.log_level];",
  equivalent = "spec-strict runs the default log_level=info, the level by_option[0] gives too; only a profile setting log_level could tell",
  why = "get_log_level ignores the configured level" }
add { id = "logging-time-zero", area = "logging", file = F,
  find = "  *time = ((pw_host *)host)->now;\n  return OK;",
  replace = "  *time = 0 * ((pw_host *)host)->now;\n  return OK;",
  why = "the current time is always 0" }
add { id = "logging-tick-not-armed", area = "logging", file = F,
  find = "  r->tick_due = period_millis ? h->now + period_millis * 1000000ull : 0;",
  replace = "  r->tick_due = 0;",
  why = "set_tick_period stores the period but never arms the tick" }
add { id = "logging-tick-microseconds", area = "logging", file = F,
  find = "  r->tick_due = period_millis ? h->now + period_millis * 1000000ull : 0;",
  replace = "  r->tick_due = period_millis ? h->now + period_millis * 1000ull : 0;",
  why = "the tick period is read as microseconds" }
add { id = "logging-tick-zero-armed", area = "logging", file = F,
  find = "  r->tick_due = period_millis ? h->now + period_millis * 1000000ull : 0;",
  replace = "  r->tick_due = h->now + period_millis * 1000000ull;",
  why = "a period of 0 does not stop the tick" }
for _, v in ipairs({ "v0_2_1", "vnext" }) do
  add { id = "logging-glue-" .. v .. "-log-level-store", area = "logging", file = G[v],
    find = "    pw_store32(e, level_ptr, level);", replace = "    pw_store32(e, level_ptr, level + 1);",
    why = v .. " glue: get_log_level stores the next level up" }
  mem_as_arg("logging", { v }, "proxy_get_log_level.level")
end
arg_unchecked("logging", ALL, "proxy_log", "level", "log_level")
mem_as_arg("logging", { "v1alpha", "v0_1_0", "v0_2_0" }, "proxy_log.message")
for _, v in ipairs({ "v1alpha", "v0_2_1" }) do
  add { id = "logging-glue-" .. v .. "-time-not-stored", area = "logging", file = G[v],
    find = "  rc = ops->proxy_get_current_time_nanoseconds(e->host, &time);\n  if (rc == PW_WASM_RESULT_OK) {\n    pw_view_memory(e);   /* the op may have run guest code */\n    pw_store64(e, time_ptr, time);",
    replace = "  rc = ops->proxy_get_current_time_nanoseconds(e->host, &time);\n  if (rc == PW_WASM_RESULT_OK) {\n    pw_view_memory(e);   /* the op may have run guest code */\n    pw_store64(e, time_ptr, time >> 1);",
    why = v .. " glue: the time stored is halved (a truncation)" }
end
