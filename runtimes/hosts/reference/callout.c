/*
 * Reference host: HTTP calls and gRPC calls and streams, guest side.
 *
 * Every callout belongs to the caller's root context and its callbacks go
 * there.  An HTTP call with a body gets a content-length header.  Tokens
 * as CH: HTTP calls 4, 8, ...; gRPC calls 5, 9, ...; gRPC streams 6,
 * 10, ...  The driver answers them (answer.c).  A new gRPC call or stream
 * gets proxy_on_grpc_create_initial_metadata(root, token, 0) after the
 * current callback, with map 4 writable.
 */
#include <stdlib.h>
#include <string.h>

#include "ref.h"

ref_callout *ref_callout_find(pw_host *h, uint32_t token)
{
  for (ref_callout *c = h->calls; c != NULL; c = c->next)
    if (c->token == token)
      return c;
  return NULL;
}

static ref_callout *callout_new(pw_host *h, int kind, uint32_t token)
{
  ref_callout *c = ref_alloc(sizeof *c);
  ref_ctx *r = ref_root_of(h, ref_eff(h));

  c->kind = kind;
  c->token = token;
  c->root = r ? r->id : 0;
  c->next = h->calls;
  h->calls = c;
  return c;
}

static void callout_free(ref_callout *c)
{
  ref_free(&c->upstream);
  ref_free(&c->service);
  ref_free(&c->method);
  ref_free(&c->body);
  ref_free(&c->trailers);
  ref_free(&c->enc);
  ref_map_clear(&c->headers);
  free(c);
}

/* Unlink and free a finished callout. */
void ref_callout_drop(pw_host *h, ref_callout *c)
{
  ref_callout **pp = &h->calls;

  while (*pp != NULL && *pp != c)
    pp = &(*pp)->next;
  if (*pp != NULL)
    *pp = c->next;
  callout_free(c);
}

void ref_callouts_free(pw_host *h)
{
  while (h->calls != NULL) {
    ref_callout *c = h->calls;
    h->calls = c->next;
    callout_free(c);
  }
}

static int has(const ref_map *m, const char *key)
{
  return ref_map_find(m, key, strlen(key)) != NULL;
}

/* Strict pairs (bad_pairs=empty reads malformed ones as empty). */
static int pairs_in(pw_host *h, pw_bytes b, ref_map *m)
{
  return ref_pairs_decode(b, m) != 0 && !h->o.bad_pairs_empty ? -1 : 0;
}

static int http_check(pw_host *h, pw_bytes uri, pw_bytes hp, pw_bytes tp,
                      uint32_t timeout, ref_map *hdr)
{
  ref_map trl = {0};
  int bad = pairs_in(h, tp, &trl);

  ref_map_clear(&trl);
  if (bad || pairs_in(h, hp, hdr) != 0 || timeout > INT32_MAX ||
      uri.len == 0 || ref_root_of(h, ref_eff(h)) == NULL)
    return -1;
  return has(hdr, ":method") && has(hdr, ":path") && has(hdr, ":authority")
      ? 0 : -1;
}

/* Is `upstream` the simulated cluster `name` (README)? */
static int named(pw_bytes upstream, const char *name)
{
  size_t n = strlen(name);

  return upstream.len == n && memcmp(upstream.ptr, name, n) == 0;
}

/* The simulated cluster whose sends fail. */
static int down(pw_bytes upstream)
{
  return named(upstream, REF_DOWN_UPSTREAM);
}

pw_wasm_result_t ref_http_call(void *host, pw_bytes uri, pw_bytes hp,
                                   pw_bytes body, pw_bytes tp,
                                   uint32_t timeout, pw_token_t *token)
{
  pw_host *h = host;
  ref_map hdr = {0};
  ref_callout *c;
  pw_wasm_result_t rc = http_check(h, uri, hp, tp, timeout, &hdr)
      ? BAD : down(uri) ? PW_WASM_RESULT_INTERNAL_FAILURE : OK;

  if (rc != OK) {
    ref_map_clear(&hdr);
    return rc;
  }
  if (body.len > 0 && !has(&hdr, "content-length")) {
    char n[16];
    snprintf(n, sizeof n, "%u", body.len);
    ref_map_add(&hdr, "content-length", 14, n, strlen(n));
  }
  h->next_http += 4;
  c = callout_new(h, 'h', h->next_http);
  c->headers = hdr;
  c->upstream = ref_dup(uri.ptr, uri.len);
  c->body = ref_dup(body.ptr, body.len);
  c->trailers = ref_dup(tp.ptr, tp.len);
  c->timeout = timeout;
  *token = c->token;
  ref_event(h, PW_EV_ACTION, "http_call", 0, "token=%u root=%u",
            c->token, c->root);
  return OK;
}

/* Deferred: a new gRPC call or stream's initial metadata, writable. */
static int create_metadata(pw_host *h, ref_ctx *root, uint32_t token)
{
  ref_callout *c = ref_callout_find(h, token);
  uint32_t t = PW_HEADERS_TYPE_GRPC_CREATE_INITIAL_METADATA;
  int rc;

  if (c == NULL || c->done)
    return PW_DRV_OK;
  ref_enter(h, root, REF_CB_GRPC_CIM);
  h->cbmap[t] = &c->headers;
  rc = pw_call_proxy_on_grpc_create_initial_metadata(h->env, root->id,
                                                         token, 0);
  rc = ref_leave(h, rc, "proxy_on_grpc_create_initial_metadata", NULL, 0);
  ref_map_copy(&h->last_map[t], &c->headers);
  return rc;
}

static ref_callout *grpc_new(pw_host *h, int kind, pw_bytes svc,
                             pw_bytes name, pw_bytes method)
{
  uint32_t *next = kind == 'g' ? &h->next_grpc : &h->next_stream;
  ref_callout *c;

  *next += 4;
  c = callout_new(h, kind, *next | (kind == 'g' ? 1u : 2u));
  c->upstream = ref_dup(svc.ptr, svc.len);
  c->service = ref_dup(name.ptr, name.len);
  c->method = ref_dup(method.ptr, method.len);
  c->body = ref_dup(NULL, 0);
  c->trailers = ref_dup(NULL, 0);
  ref_defer_add(h, create_metadata, c->root, c->token);
  ref_event(h, PW_EV_ACTION, kind == 'g' ? "grpc_call" : "grpc_stream", 0,
            "token=%u root=%u", c->token, c->root);
  return c;
}

/*
 * An empty service names no cluster: parse_failure, as CH.  The simulated
 * clusters: no client can be made for one (bad_argument), sends to the
 * other fail (internal_failure).
 */
static pw_wasm_result_t grpc_check(pw_host *h, pw_bytes svc)
{
  if (svc.len == 0)
    return PW_WASM_RESULT_PARSE_FAILURE;
  if (named(svc, REF_NO_CLIENT_UPSTREAM) || ref_root_of(h, ref_eff(h)) == NULL)
    return BAD;
  return down(svc) ? PW_WASM_RESULT_INTERNAL_FAILURE : OK;
}

/*
 * Check a call or stream and read the initial metadata it brings (0.1.0
 * and later: a pairs argument; v1alpha passes none and fills them in
 * proxy_on_grpc_create_initial_metadata).  Malformed pairs: bad_argument,
 * or with bad_pairs=empty none, as CH reads them.
 */
static pw_wasm_result_t grpc_begin(pw_host *h, pw_bytes svc, pw_bytes md,
                                   ref_map *m)
{
  pw_wasm_result_t rc = grpc_check(h, svc);

  if (rc == OK && pairs_in(h, md, m) != 0)
    rc = BAD;
  if (rc != OK)
    ref_map_clear(m);
  return rc;
}

static ref_callout *grpc_open(pw_host *h, int kind, pw_bytes svc,
                              pw_bytes name, pw_bytes method, ref_map *md)
{
  ref_callout *c = grpc_new(h, kind, svc, name, method);

  ref_map_copy(&c->headers, md);
  ref_map_clear(md);
  return c;
}

pw_wasm_result_t ref_grpc_call(void *host, pw_bytes svc, pw_bytes name,
                               pw_bytes method, pw_bytes md, pw_bytes request,
                               uint32_t timeout, pw_token_t *token)
{
  pw_host *h = host;
  ref_map m = { 0 };
  pw_wasm_result_t rc = grpc_begin(h, svc, md, &m);
  ref_callout *c;

  if (rc != OK)
    return rc;
  c = grpc_open(h, 'g', svc, name, method, &m);
  ref_set(&c->body, request.ptr, request.len);
  c->timeout = timeout;
  *token = c->token;
  return OK;
}

pw_wasm_result_t ref_grpc_stream(void *host, pw_bytes svc, pw_bytes name,
                                 pw_bytes method, pw_bytes md,
                                 pw_token_t *token)
{
  pw_host *h = host;
  ref_map m = { 0 };
  pw_wasm_result_t rc = grpc_begin(h, svc, md, &m);

  if (rc != OK)
    return rc;
  *token = grpc_open(h, 's', svc, name, method, &m)->token;
  return OK;
}

/* bad_argument: not a gRPC token by its low bits; not_found: not live. */
static pw_wasm_result_t grpc_live(pw_host *h, uint32_t token,
                                      int stream_only, ref_callout **out)
{
  ref_callout *c;

  if ((token & 3) != 2 && (stream_only || (token & 3) != 1))
    return BAD;
  c = ref_callout_find(h, token);
  if (c == NULL || c->done || (stream_only && c->local_closed))
    return PW_WASM_RESULT_NOT_FOUND;
  *out = c;
  return OK;
}

pw_wasm_result_t ref_grpc_cancel(void *host, pw_token_t token)
{
  ref_callout *c = NULL;
  pw_wasm_result_t rc = grpc_live(host, token, 0, &c);

  if (rc != OK)
    return rc;
  c->done = c->local_closed = 1;
  ref_event(host, PW_EV_ACTION, "grpc_cancel", 0, "token=%u", token);
  return OK;
}

/* Stream: half-close, messages may still arrive; call: cancel. */
pw_wasm_result_t ref_grpc_close(void *host, pw_token_t token)
{
  ref_callout *c = NULL;
  pw_wasm_result_t rc = grpc_live(host, token, 0, &c);

  if (rc != OK)
    return rc;
  c->local_closed = 1;
  if (c->kind == 'g')
    c->done = 1;
  ref_event(host, PW_EV_ACTION, "grpc_close", 0, "token=%u", token);
  return OK;
}

pw_wasm_result_t ref_grpc_send(void *host, pw_token_t token,
                                   pw_bytes message, uint32_t end_stream)
{
  ref_callout *c = NULL;
  pw_wasm_result_t rc = grpc_live(host, token, 1, &c);

  if (rc != OK)
    return rc;
  ref_set(&c->body, message.ptr, message.len);
  if (end_stream)
    c->local_closed = 1;
  ref_event(host, PW_EV_ACTION, "grpc_send", 0, "token=%u len=%u end=%u",
            token, message.len, end_stream ? 1 : 0);
  return OK;
}
