/*
 * Reference host ops: HTTP stream control (continue, local response, route
 * cache).  Each records an action event; continues take effect after the
 * current callback returns (deferred), as in CH.
 */
#include "ref.h"

static ref_ctx *http_ctx(pw_host *h)
{
  ref_ctx *c = ref_eff(h);

  return c != NULL && c->kind == REF_HTTP && !c->dead ? c : NULL;
}

/* Deferred: side dir's maps go once the callback has returned. */
static int release(pw_host *h, ref_ctx *c, uint32_t dir)
{
  (void)h;
  if (dir == PW_DIR_RESPONSE)
    c->resp_released = 1;
  else
    c->req_released = 1;
  return PW_DRV_OK;
}

/* Always ok; outside an HTTP stream it does nothing (semantics.lua). */
static pw_wasm_result_t cont(pw_host *h, uint32_t dir, const char *name)
{
  ref_ctx *c = http_ctx(h);

  if (c == NULL) {
    ref_event(h, PW_EV_ACTION, name, 0, "ignored: not an HTTP stream");
    return OK;
  }
  ref_event(h, PW_EV_ACTION, name, 0, "ctx=%u", c->id);
  ref_defer_add(h, release, c->id, dir);
  return OK;
}

pw_wasm_result_t ref_continue_request(void *host)
{
  return cont(host, PW_DIR_REQUEST, "continue_request");
}

pw_wasm_result_t ref_continue_response(void *host)
{
  return cont(host, PW_DIR_RESPONSE, "continue_response");
}

pw_wasm_result_t ref_clear_route_cache(void *host)
{
  ref_ctx *c = ref_eff(host);

  ref_event(host, PW_EV_ACTION, "clear_route_cache", 0, "ctx=%u",
            c ? c->id : 0);
  return OK;
}

static void lresp_store(ref_lresp *l, uint32_t code, pw_bytes details,
                        pw_bytes body, pw_bytes pairs, uint32_t grpc)
{
  l->set = 1;
  l->code = code;
  l->grpc_status = grpc;
  ref_set(&l->details, details.ptr, details.len);
  ref_set(&l->body, body.ptr, body.len);
  ref_set(&l->pairs, pairs.ptr, pairs.len);
}

/* Only an HTTP stream can be answered (bad_argument elsewhere). */
pw_wasm_result_t ref_local_response(void *host, uint32_t code,
                                        pw_bytes details, pw_bytes body,
                                        pw_bytes pairs,
                                        pw_grpc_status_t grpc)
{
  pw_host *h = host;
  ref_ctx *c = http_ctx(h);
  ref_map m = {0};
  int bad = ref_pairs_decode(pairs, &m);

  ref_map_clear(&m);
  if (c == NULL || (bad && !h->o.bad_pairs_empty))
    return BAD;
  if (c->lresp.set && h->o.local_response == REF_LR_TRAP) {
    pw_set_trap(h->env, "proxy_send_local_response",
                "a local response was already sent");
    return PW_WASM_RESULT_INTERNAL_FAILURE;
  }
  if (c->lresp.set && h->o.local_response == REF_LR_FIRST)
    return OK;
  lresp_store(&c->lresp, code, details, body, bad ? (pw_bytes){0} : pairs,
              grpc);
  ref_event(h, PW_EV_ACTION, "local_response", 0,
            "ctx=%u code=%u body_len=%u grpc_status=%u", c->id, code,
            body.len, grpc);
  return OK;
}
