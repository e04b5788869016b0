/*
 * Reference host: the driver answers HTTP and gRPC callouts.
 *
 * Each answer calls the owning root context with the response maps and
 * buffers readable only during that callback.  An unknown token (or one
 * of the wrong kind) is driver misuse; an answer for a cancelled gRPC
 * call, or for a root that is gone, is dropped without a callback.
 */
#include "ref.h"

int ref_drv_callout(pw_host *h, uint32_t token, pw_callout *out)
{
  ref_callout *c = ref_callout_find(h, token);
  pw_out o = PW_OUT_INIT;

  if (c == NULL)
    return PW_DRV_USAGE;
  if (ref_pairs_encode(&c->headers, 1, &o) == 0)
    ref_set(&c->enc, o.data, o.len);
  pw_out_free(&o);
  out->token = c->token;
  out->root = c->root;
  out->kind = c->kind;
  out->upstream = (pw_bytes){ c->upstream.p, c->upstream.n };
  out->service_name = (pw_bytes){ c->service.p, c->service.n };
  out->method_name = (pw_bytes){ c->method.p, c->method.n };
  out->header_pairs = (pw_bytes){ c->enc.p, c->enc.n };
  out->body = (pw_bytes){ c->body.p, c->body.n };
  out->trailer_pairs = (pw_bytes){ c->trailers.p, c->trailers.n };
  out->timeout_ms = c->timeout;
  out->closed = c->local_closed;
  return PW_DRV_OK;
}

/* The live callout for `token` of kind http (h) or grpc (g/s), or NULL
   with *rc set: usage for unknown, ok (dropped) for a finished one. */
static ref_callout *live(pw_host *h, uint32_t token, int http, int *rc)
{
  ref_callout *c = ref_callout_find(h, token);

  *rc = ref_guard(h);
  if (*rc != PW_DRV_OK)
    return NULL;
  *rc = PW_DRV_USAGE;
  if (c == NULL || (c->kind == 'h') != http)
    return NULL;
  *rc = PW_DRV_OK;
  if (c->done || ref_ctx_live(h, c->root) == NULL) {
    ref_event(h, PW_EV_ACTION, "callout_dropped", 0, "token=%u", token);
    if (!c->done || c->kind == 'h')
      ref_callout_drop(h, c);
    return NULL;
  }
  return c;
}

static ref_ctx *enter_root(pw_host *h, ref_callout *c, int cb)
{
  ref_ctx *r = ref_ctx_get(h, c->root);

  ref_enter(h, r, cb);
  return r;
}

/* Map t, as last delivered, is readable in the coming callback. */
static void offer_map(pw_host *h, uint32_t t)
{
  h->cbmap[t] = &h->last_map[t];
}

static void offer_buf(pw_host *h, uint32_t t, int eos)
{
  h->cbbuf[t] = &h->last_buf[t];
  h->cbeos[t] = eos;
}

/* The response as the driver gave it (a failure: nothing). */
static uint32_t http_store(pw_host *h, const pw_pair *hdrs, size_t nh,
                           pw_bytes body, const pw_pair *trls, size_t nt)
{
  ref_str *b = &h->last_buf[PW_BUFFER_TYPE_HTTP_CALL_RESPONSE_BODY];

  ref_map_from(&h->last_map[PW_HEADERS_TYPE_HTTP_CALL_RESPONSE_HEADERS],
               hdrs, nh);
  ref_map_from(&h->last_map[PW_HEADERS_TYPE_HTTP_CALL_RESPONSE_TRAILERS],
               trls, nt);
  ref_set(b, body.ptr, body.len);
  return b->n;
}

static int http_answer(pw_host *h, ref_callout *c, uint32_t nh,
                       uint32_t nbody, uint32_t nt, int ok)
{
  uint32_t token = c->token, root = c->root;
  int rc;

  enter_root(h, c, REF_CB_HTTP_RESP);
  if (ok) {
    offer_map(h, PW_HEADERS_TYPE_HTTP_CALL_RESPONSE_HEADERS);
    offer_map(h, PW_HEADERS_TYPE_HTTP_CALL_RESPONSE_TRAILERS);
    offer_buf(h, PW_BUFFER_TYPE_HTTP_CALL_RESPONSE_BODY, 1);
  }
  ref_callout_drop(h, c);
  rc = pw_call_proxy_on_http_call_response(h->env, root, token, nh,
                                               nbody, nt);
  return ref_end(h, ref_leave(h, rc, "proxy_on_http_call_response", NULL,
                              0));
}

int ref_drv_http_response(pw_host *h, uint32_t token, const pw_pair *hdrs,
                          size_t nh, pw_bytes body, const pw_pair *trls,
                          size_t nt)
{
  int rc;
  ref_callout *c = live(h, token, 1, &rc);
  uint32_t nbody;

  if (c == NULL)
    return rc;
  nbody = http_store(h, hdrs, nh, body, trls, nt);
  ref_event(h, PW_EV_ACTION, "http_response", 0, "token=%u", token);
  return http_answer(h, c, (uint32_t)nh, nbody, (uint32_t)nt, 1);
}

/* (0, 0, 0) and status (broken_connection, "reset"), as CH. */
int ref_drv_http_failure(pw_host *h, uint32_t token)
{
  int rc;
  ref_callout *c = live(h, token, 1, &rc);
  ref_ctx *r;

  if (c == NULL)
    return rc;
  r = ref_ctx_get(h, c->root);
  r->st_code = PW_WASM_RESULT_BROKEN_CONNECTION;
  ref_set(&r->st_msg, "reset", 5);
  http_store(h, NULL, 0, (pw_bytes){ (const uint8_t *)"", 0 }, NULL, 0);
  ref_event(h, PW_EV_ACTION, "http_failure", 0, "token=%u", token);
  return http_answer(h, c, 0, 0, 0, 0);
}

int ref_drv_grpc_md(pw_host *h, uint32_t token, const pw_pair *p, size_t n)
{
  int rc;
  ref_callout *c = live(h, token, 0, &rc);

  if (c == NULL)
    return rc;
  ref_map_from(&h->last_map[PW_HEADERS_TYPE_GRPC_RECEIVE_INITIAL_METADATA],
               p, n);
  enter_root(h, c, REF_CB_GRPC);
  offer_map(h, PW_HEADERS_TYPE_GRPC_RECEIVE_INITIAL_METADATA);
  rc = pw_call_proxy_on_grpc_receive_initial_metadata(h->env, c->root,
                                                          token,
                                                          (uint32_t)n);
  return ref_end(h, ref_leave(h, rc,
                              "proxy_on_grpc_receive_initial_metadata",
                              NULL, 0));
}

/* For a unary call the message is the answer: the call ends with it. */
int ref_drv_grpc_msg(pw_host *h, uint32_t token, pw_bytes msg)
{
  int rc;
  ref_callout *c = live(h, token, 0, &rc);
  uint32_t root;

  if (c == NULL)
    return rc;
  root = c->root;
  ref_set(&h->last_buf[PW_BUFFER_TYPE_GRPC_RECEIVE_BUFFER], msg.ptr,
          msg.len);
  enter_root(h, c, REF_CB_GRPC);
  offer_buf(h, PW_BUFFER_TYPE_GRPC_RECEIVE_BUFFER, c->kind == 'g');
  if (c->kind == 'g')
    ref_callout_drop(h, c);
  rc = pw_call_proxy_on_grpc_receive(h->env, root, token, msg.len);
  return ref_end(h, ref_leave(h, rc, "proxy_on_grpc_receive", NULL, 0));
}

int ref_drv_grpc_trl(pw_host *h, uint32_t token, const pw_pair *p,
                     size_t n)
{
  int rc;
  ref_callout *c = live(h, token, 0, &rc);

  if (c == NULL)
    return rc;
  ref_map_from(&h->last_map[PW_HEADERS_TYPE_GRPC_RECEIVE_TRAILING_METADATA],
               p, n);
  enter_root(h, c, REF_CB_GRPC);
  offer_map(h, PW_HEADERS_TYPE_GRPC_RECEIVE_TRAILING_METADATA);
  rc = pw_call_proxy_on_grpc_receive_trailing_metadata(h->env, c->root, token,
                                                   (uint32_t)n);
  return ref_end(h, ref_leave(h, rc, "proxy_on_grpc_trailing_metadata",
                              NULL, 0));
}

int ref_drv_grpc_close(pw_host *h, uint32_t token, uint32_t status,
                       pw_bytes message)
{
  int rc;
  ref_callout *c = live(h, token, 0, &rc);
  uint32_t root;
  ref_ctx *r;

  if (c == NULL)
    return rc;
  root = c->root;
  r = ref_ctx_get(h, root);
  r->st_code = status;
  ref_set(&r->st_msg, message.ptr, message.len);
  ref_callout_drop(h, c);
  ref_enter(h, r, REF_CB_GRPC);
  rc = pw_call_proxy_on_grpc_close(h->env, root, token, status);
  return ref_end(h, ref_leave(h, rc, "proxy_on_grpc_close", NULL, 0));
}
