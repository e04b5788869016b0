/*
 * Reference host: the driver's HTTP streams and L4 connections.
 *
 * An HTTP stream's context is announced lazily (on_create at its first
 * event, as Envoy does); its end runs on_done, on_log, on_delete in the
 * order of option close_order.  An L4 connection is announced at once with
 * on_new_connection and ends, once both sides have closed, with done, log,
 * delete.  Body and data chunks accumulate while the guest holds them with
 * a buffering (body) or stop (L4) status.
 */
#include <string.h>

#include "ref.h"

static ref_ctx *stream(pw_host *h, uint32_t id, int kind, int *rc)
{
  ref_ctx *c = ref_ctx_live(h, id);

  *rc = ref_guard(h);
  if (*rc != PW_DRV_OK)
    return NULL;
  if (c == NULL || c->kind != kind || c->closing) {
    *rc = PW_DRV_USAGE;
    return NULL;
  }
  return c;
}

static int announce(pw_host *h, ref_ctx *c)
{
  int rc;

  if (c->created)
    return PW_DRV_OK;
  c->created = 1;
  ref_enter(h, c, REF_CB_CREATE);
  rc = pw_call_proxy_on_context_create(h->env, c->id, c->root);
  return ref_leave(h, rc, "proxy_on_create", NULL, 0);
}

static void out(uint32_t *ret, uint32_t v)
{
  if (ret != NULL)
    *ret = v;
}

int ref_drv_http_open(pw_host *h, uint32_t root, uint32_t *s)
{
  ref_ctx *r;
  int rc = ref_guard_root(h, root, &r);

  if (rc == PW_DRV_OK)
    *s = ref_ctx_new(h, REF_HTTP, root)->id;
  return rc;
}

/* request.path etc. from the request pseudo-headers (the first of each),
   in this order. */
static void req_props(ref_ctx *c)
{
  /* properties already in path form: NUL between segments */
  static const struct {
    const char *h, *p;
    uint32_t hn, pn;
  } t[] = {
    { ":path", "request\0path", 5, 12 },
    { ":method", "request\0method", 7, 14 },
    { ":authority", "request\0host", 10, 12 },
    { ":scheme", "request\0scheme", 7, 14 },
  };
  const ref_map *m = &c->maps[PW_HEADERS_TYPE_REQUEST_HEADERS];
  const ref_kv *got[4] = { NULL };

  /* one pass over the headers, not one per pseudo-header */
  for (size_t i = 0; i < m->n; i++) {
    const ref_str *k = &m->e[i].k;
    if (k->n < 5 || k->p[0] != ':')
      continue;
    for (int j = 0; j < 4; j++)
      if (got[j] == NULL && ref_eq(*k, t[j].h, t[j].hn)) {
        got[j] = &m->e[i];
        break;
      }
  }
  for (int j = 0; j < 4; j++)
    if (got[j] != NULL)
      ref_map_replace(&c->props, t[j].p, t[j].pn, got[j]->v.p,
                      got[j]->v.n);
}

int ref_drv_http_headers(pw_host *h, uint32_t s, int dir, const pw_pair *p,
                         size_t n, int eos, uint32_t *ret)
{
  int rc;
  ref_ctx *c = stream(h, s, REF_HTTP, &rc);
  uint32_t v = 0;

  if (c == NULL || (rc = announce(h, c)) != PW_DRV_OK)
    return c == NULL ? rc : ref_end(h, rc);
  ref_map_from(&c->maps[ref_headers(dir)], p, n);
  c->has_map[ref_headers(dir)] = 1;
  if (dir)
    c->resp_started = 1;
  else
    req_props(c);
  ref_enter(h, c, dir ? REF_CB_RESP : REF_CB_REQ);
  /* end_of_stream reaches 0.2.x guests; the glue drops it for older */
  rc = dir ? pw_call_proxy_on_response_headers(h->env, s, (uint32_t)n,
                                               eos != 0, &v)
           : pw_call_proxy_on_request_headers(h->env, s, (uint32_t)n,
                                              eos != 0, &v);
  rc = ref_leave(h, rc, dir ? "proxy_on_response_headers"
                            : "proxy_on_request_headers", &v, 0);
  out(ret, v);
  return ref_end(h, rc);
}

/* A held buffer (the guest asked to buffer) grows; otherwise the chunk
   replaces it. */
static void take_chunk(ref_str *buf, int held, pw_bytes chunk)
{
  if (held)
    ref_append(buf, chunk.ptr, chunk.len);
  else
    ref_set(buf, chunk.ptr, chunk.len);
}

/* Statuses 1 and 2 keep the body buffered for the next chunk. */
int ref_drv_http_body(pw_host *h, uint32_t s, int dir, pw_bytes chunk,
                      int eos, uint32_t *ret)
{
  int rc, d = dir ? 1 : 0;
  ref_ctx *c = stream(h, s, REF_HTTP, &rc);
  uint32_t v = 0;

  if (c == NULL || (rc = announce(h, c)) != PW_DRV_OK)
    return c == NULL ? rc : ref_end(h, rc);
  take_chunk(&c->body[d], c->body_hold[d], chunk);
  c->body_seen[d] = 1;
  c->body_eos[d] = eos != 0;
  c->has_map[ref_trailers(d)] |= eos != 0;   /* trailers may now be added */
  c->resp_started |= d;
  ref_enter(h, c, d ? REF_CB_RESP_BODY : REF_CB_REQ_BODY);
  h->cbdir = d;
  rc = d ? pw_call_proxy_on_response_body(h->env, s, c->body[d].n,
                                              eos != 0, &v)
         : pw_call_proxy_on_request_body(h->env, s, c->body[d].n,
                                             eos != 0, &v);
  rc = ref_leave(h, rc, d ? "proxy_on_response_body"
                          : "proxy_on_request_body", &v, 0);
  c->body_hold[d] = rc == PW_DRV_OK && (v == 1 || v == 2);
  out(ret, v);
  return ref_end(h, rc);
}

int ref_drv_http_trailers(pw_host *h, uint32_t s, int dir,
                          const pw_pair *p, size_t n, uint32_t *ret)
{
  int rc;
  uint32_t t = ref_trailers(dir);
  ref_ctx *c = stream(h, s, REF_HTTP, &rc);
  uint32_t v = 0;

  if (c == NULL || (rc = announce(h, c)) != PW_DRV_OK)
    return c == NULL ? rc : ref_end(h, rc);
  ref_map_from(&c->maps[t], p, n);
  c->has_map[t] = 1;
  c->resp_started |= dir != 0;
  ref_enter(h, c, dir ? REF_CB_RESP : REF_CB_REQ);
  rc = dir ? pw_call_proxy_on_response_trailers(h->env, s, (uint32_t)n,
                                                    &v)
           : pw_call_proxy_on_request_trailers(h->env, s, (uint32_t)n,
                                                   &v);
  rc = ref_leave(h, rc, dir ? "proxy_on_response_trailers"
                            : "proxy_on_request_trailers", &v, 0);
  out(ret, v);
  return ref_end(h, rc);
}

/* v1alpha has no metadata map: only the count reaches the guest. */
int ref_drv_http_metadata(pw_host *h, uint32_t s, int dir,
                          const pw_pair *p, size_t n, uint32_t *ret)
{
  int rc;
  ref_ctx *c = stream(h, s, REF_HTTP, &rc);
  uint32_t v = 0;

  (void)p;
  if (c == NULL || (rc = announce(h, c)) != PW_DRV_OK)
    return c == NULL ? rc : ref_end(h, rc);
  ref_enter(h, c, dir ? REF_CB_RESP : REF_CB_REQ);
  rc = dir ? pw_call_proxy_on_response_metadata(h->env, s, (uint32_t)n,
                                                    &v)
           : pw_call_proxy_on_request_metadata(h->env, s, (uint32_t)n,
                                                   &v);
  rc = ref_leave(h, rc, dir ? "proxy_on_response_metadata"
                            : "proxy_on_request_metadata", &v, 0);
  out(ret, v);
  return ref_end(h, rc);
}

static int end_one(pw_host *h, ref_ctx *c, char which)
{
  uint32_t v = 1;
  int rc;

  if (which == 'd') {
    ref_enter(h, c, REF_CB_DONE);
    rc = pw_call_proxy_on_done(h->env, c->id, &v);  /* advisory */
    return ref_leave(h, rc, "proxy_on_done", &v, 1);
  }
  if (which == 'l') {
    ref_enter(h, c, REF_CB_LOG);
    rc = pw_call_proxy_on_log(h->env, c->id);
    return ref_leave(h, rc, "proxy_on_log", NULL, 0);
  }
  ref_enter(h, c, REF_CB_DELETE);
  rc = pw_call_proxy_on_delete(h->env, c->id);
  return ref_leave(h, rc, "proxy_on_delete", NULL, 0);
}

/* The end of a stream, in `order` ("dlx" or "ldx"); a trap stops it. */
static int finish(pw_host *h, ref_ctx *c, const char *order)
{
  int rc = PW_DRV_OK;

  c->closing = 1;
  for (const char *w = order; *w && !h->failed; w++) {
    int r = end_one(h, c, *w);
    if (rc == PW_DRV_OK)
      rc = r;
  }
  ref_kill(h, c);
  return rc;
}

/* An HTTP stream ends (driver close or close_stream), announced first. */
int ref_http_end(pw_host *h, ref_ctx *c)
{
  int rc = announce(h, c);

  if (rc != PW_DRV_OK)
    return rc;
  return finish(h, c, h->o.log_first ? "ldx" : "dlx");
}

int ref_drv_stream_close(pw_host *h, uint32_t s)
{
  int rc;
  ref_ctx *c = stream(h, s, REF_HTTP, &rc);

  if (c == NULL)
    return rc;
  return ref_end(h, ref_http_end(h, c));
}

int ref_drv_tcp_open(pw_host *h, uint32_t root, uint32_t *conn,
                     uint32_t *ret)
{
  ref_ctx *r, *c;
  uint32_t v = 0;
  int rc = ref_guard_root(h, root, &r);

  if (rc != PW_DRV_OK)
    return rc;
  c = ref_ctx_new(h, REF_TCP, root);
  *conn = c->id;
  if ((rc = announce(h, c)) != PW_DRV_OK)
    return ref_end(h, rc);
  ref_enter(h, c, REF_CB_NEWCONN);
  rc = pw_call_proxy_on_new_connection(h->env, c->id, &v);
  rc = ref_leave(h, rc, "proxy_on_new_connection", &v, 0);
  out(ret, v);
  return ref_end(h, rc);
}

int ref_drv_tcp_data(pw_host *h, uint32_t conn, int dir, pw_bytes data,
                     int eos, uint32_t *ret)
{
  int rc, d = dir ? 1 : 0;
  ref_ctx *c = stream(h, conn, REF_TCP, &rc);
  uint32_t v = 0;

  if (c == NULL || c->side_closed[d])
    return c == NULL ? rc : PW_DRV_USAGE;
  take_chunk(&c->data[d], c->data_hold[d], data);
  c->data_eos[d] = eos != 0;
  ref_enter(h, c, REF_CB_DATA);
  h->cbdir = d;
  rc = d ? pw_call_proxy_on_upstream_data(h->env, conn, c->data[d].n,
                                              eos != 0, &v)
         : pw_call_proxy_on_downstream_data(h->env, conn, c->data[d].n,
                                                eos != 0, &v);
  rc = ref_leave(h, rc, d ? "proxy_on_upstream_data"
                          : "proxy_on_downstream_data", &v, 0);
  c->data_hold[d] = rc == PW_DRV_OK && v != 0;
  out(ret, v);
  return ref_end(h, rc);
}

static int side_close(pw_host *h, ref_ctx *c, int d, uint32_t peer)
{
  int rc;

  c->side_closed[d] = 1;
  ref_enter(h, c, REF_CB_L4CLOSE);
  rc = d ? pw_call_proxy_on_upstream_connection_close(h->env, c->id,
                                                          peer)
         : pw_call_proxy_on_downstream_connection_close(h->env, c->id,
                                                            peer);
  return ref_leave(h, rc, d ? "proxy_on_upstream_connection_close"
                            : "proxy_on_downstream_connection_close", NULL,
                   0);
}

int ref_drv_tcp_close(pw_host *h, uint32_t conn, int dir, uint32_t peer)
{
  int rc, d = dir ? 1 : 0;
  ref_ctx *c = stream(h, conn, REF_TCP, &rc);

  if (c == NULL || c->side_closed[d])
    return c == NULL ? rc : PW_DRV_USAGE;
  rc = side_close(h, c, d, peer);
  if (rc != PW_DRV_OK || !c->side_closed[!d])
    return ref_end(h, rc);
  return ref_end(h, finish(h, c, "dlx"));
}

/* The host closes a connection (close_stream): each open side closes
   locally, then it ends. */
int ref_tcp_end(pw_host *h, ref_ctx *c)
{
  int rc = PW_DRV_OK;

  for (int d = 0; d < 2 && !h->failed; d++) {
    int r = c->side_closed[d] ? PW_DRV_OK
                              : side_close(h, c, d, PW_PEER_TYPE_LOCAL);
    if (rc == PW_DRV_OK)
      rc = r;
  }
  return h->failed ? rc : finish(h, c, "dlx");
}
