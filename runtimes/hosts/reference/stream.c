/*
 * Reference host ops: stream control (continue, close, local response,
 * route cache).  Each records an action event; continues and closes take
 * effect after the current callback returns (deferred), as in CH.  0.1.0's
 * continue_request / continue_response are continue_stream of an HTTP
 * side.
 */
#include "ref.h"

static const char *const CONT[PW_STREAM_TYPE_LIMIT] = {
  "continue_request", "continue_response", "continue_downstream",
  "continue_upstream"
};
static const char *const CLOSE[PW_STREAM_TYPE_LIMIT] = {
  "close_request", "close_response", "close_downstream", "close_upstream"
};

static int is_http(uint32_t t)
{
  return t <= PW_STREAM_TYPE_HTTP_RESPONSE;
}

/* The context a stream type acts on: the effective HTTP stream for the
   HTTP sides, the effective connection for the L4 ones. */
static ref_ctx *stream_ctx(pw_host *h, uint32_t t)
{
  ref_ctx *c = ref_eff(h);
  int kind = is_http(t) ? REF_HTTP : REF_TCP;

  return c != NULL && c->kind == kind && !c->dead ? c : NULL;
}

/* `run` for the stream of type t after the callback; ok, and nothing
   happens, outside a stream of that kind (semantics.lua). */
static pw_wasm_result_t schedule(pw_host *h, uint32_t t,
                                 const char *const *names, ref_runner run)
{
  ref_ctx *c = stream_ctx(h, t);

  if (c == NULL) {
    ref_event(h, PW_EV_ACTION, names[t], 0, "ignored: not %s",
              is_http(t) ? "an HTTP stream" : "a connection");
    return OK;
  }
  ref_event(h, PW_EV_ACTION, names[t], 0, "ctx=%u", c->id);
  ref_defer_add(h, run, c->id, t);
  return OK;
}

/* Deferred: an HTTP side's maps go; held L4 data flows on.  A response
   that has not started has nothing to resume: its maps, when it comes,
   are there as usual. */
static int release(pw_host *h, ref_ctx *c, uint32_t t)
{
  (void)h;
  if (t == PW_STREAM_TYPE_HTTP_RESPONSE)
    c->resp_released = c->resp_started;
  else if (t == PW_STREAM_TYPE_HTTP_REQUEST)
    c->req_released = 1;
  else
    c->data_hold[t - PW_STREAM_TYPE_DOWNSTREAM] = 0;
  return PW_DRV_OK;
}

/* continue_l4, unless the calling context's property pwabi.l4 (set by
   the proxy: a reserved name, README) says "envoy" or "kong". */
static int l4_rule(pw_host *h)
{
  ref_ctx *c = ref_eff(h);
  ref_kv *p = c ? ref_map_find(&c->props, REF_PROP_L4,
                               sizeof REF_PROP_L4 - 1) : NULL;

  if (p != NULL && ref_eq(p->v, "envoy", 5))
    return REF_HOST_ENVOY;
  if (p != NULL && ref_eq(p->v, "kong", 4))
    return REF_HOST_KONG;
  return h->o.continue_l4;
}

/* Envoy cannot resume upstream, Kong no L4 side. */
static pw_wasm_result_t l4_refusal(pw_host *h, uint32_t t)
{
  int rule = is_http(t) ? REF_HOST_SPEC : l4_rule(h);

  if (rule == REF_HOST_SPEC)
    return OK;
  if (rule == REF_HOST_KONG)
    return PW_WASM_RESULT_INTERNAL_FAILURE;
  return t == PW_STREAM_TYPE_UPSTREAM ? PW_WASM_RESULT_UNIMPLEMENTED : OK;
}

pw_wasm_result_t ref_continue_stream(void *host, pw_stream_type_t t)
{
  pw_wasm_result_t rc;

  if (t >= PW_STREAM_TYPE_LIMIT)
    return BAD;
  rc = l4_refusal(host, t);
  return rc != OK ? rc : schedule(host, t, CONT, release);
}

pw_wasm_result_t ref_continue_request(void *host)
{
  return ref_continue_stream(host, PW_STREAM_TYPE_HTTP_REQUEST);
}

pw_wasm_result_t ref_continue_response(void *host)
{
  return ref_continue_stream(host, PW_STREAM_TYPE_HTTP_RESPONSE);
}

/* Deferred: either HTTP side resets the whole stream, either L4 side
   closes the connection (Envoy); the context ends as at a driver close. */
static int reset(pw_host *h, ref_ctx *c, uint32_t t)
{
  if (c->closing)
    return PW_DRV_OK;
  return is_http(t) ? ref_http_end(h, c) : ref_tcp_end(h, c);
}

pw_wasm_result_t ref_close_stream(void *host, pw_stream_type_t t)
{
  if (t >= PW_STREAM_TYPE_LIMIT)
    return BAD;
  return schedule(host, t, CLOSE, reset);
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
  ref_ctx *c = stream_ctx(h, PW_STREAM_TYPE_HTTP_REQUEST);
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
