/*
 * Reference host ops: configuration, status, logging, time and ticks,
 * effective context and proxy_done.
 */
#include "ref.h"

/* VM configuration in on_start, the candidate in validate, the plugin
   configuration in on_configure; elsewhere the root's plugin
   configuration (semantics.lua), or not_found (config_elsewhere). */
pw_wasm_result_t ref_get_configuration(void *host, pw_out *config)
{
  pw_host *h = host;
  ref_ctx *r = ref_root_of(h, ref_eff(h));
  const ref_str *c = h->cfg;

  if (c == NULL && (r == NULL || h->o.config_not_found))
    return PW_WASM_RESULT_NOT_FOUND;
  if (c == NULL)
    c = &r->plugin_cfg;
  return ref_give(config, c->p, c->n);
}

/* The root context's last gRPC close or HTTP call failure. */
pw_wasm_result_t ref_get_status(void *host, pw_wasm_result_t *code,
                                    pw_out *message)
{
  pw_host *h = host;
  ref_ctx *r = ref_root_of(h, ref_eff(h));

  *code = r ? r->st_code : 0;
  if (r == NULL || r->st_msg.n == 0)
    return OK;
  return ref_give(message, r->st_msg.p, r->st_msg.n);
}

pw_wasm_result_t ref_log(void *host, pw_log_level_t level,
                             pw_bytes message)
{
  char text[1024];

  ref_escape(text, sizeof text, message.ptr, message.len);
  ref_event(host, PW_EV_LOG, "proxy_log", level, "%s", text);
  return OK;
}

/* The configured level (log_level=, info by default): what the host
   says, not a filter; every message is logged.  Envoy can say 6, off. */
pw_wasm_result_t ref_get_log_level(void *host, pw_log_level_t *level)
{
  static const pw_log_level_t by_option[] = { 2, 0, 1, 3, 4, 5, 6 };

  *level = by_option[((pw_host *)host)->o.log_level];
  return OK;
}

/* Applies to the caller's root, from any context (CH). */
pw_wasm_result_t ref_set_tick(void *host, uint32_t period_millis)
{
  pw_host *h = host;
  ref_ctx *r = ref_root_of(h, ref_eff(h));

  if (r == NULL)
    return OK;
  r->tick_ms = period_millis;
  r->tick_due = period_millis ? h->now + period_millis * 1000000ull : 0;
  return OK;
}

pw_wasm_result_t ref_get_time(void *host, uint64_t *time)
{
  *time = ((pw_host *)host)->now;
  return OK;
}

pw_wasm_result_t ref_set_effective(void *host, pw_context_id_t id)
{
  pw_host *h = host;

  if (ref_ctx_live(h, id) == NULL)
    return BAD;
  h->eff = id;
  return OK;
}

/* Deferred: the pending root goes. */
static int delete_root(pw_host *h, ref_ctx *r, uint32_t unused)
{
  (void)unused;
  return ref_run_delete(h, r);
}

/* A pending root (on_done returned 0) is deleted after this callback. */
pw_wasm_result_t ref_done(void *host)
{
  pw_host *h = host;
  ref_ctx *r = ref_root_of(h, ref_eff(h));

  if (r == NULL || r->dead || !r->pending)
    return PW_WASM_RESULT_NOT_FOUND;
  r->pending = 0;
  ref_defer_add(h, delete_root, r->id, 0);
  return OK;
}
