/*
 * Reference host ops: the six buffers.
 *
 * Body buffers (0, 1) are readable in their body callback, and afterwards
 * while the guest holds them with a buffering status; L4 data (2, 3) in
 * their data callback and while held; the HTTP call response body (4) and
 * the gRPC message (5) only inside their callback.  END_OF_STREAM is
 * reported when the last chunk had it (option eos_flag=never: CH's 0).
 */
#include "ref.h"

static int in_cb(pw_host *h, ref_ctx *c, int cb, int dir)
{
  return h->cur == c && h->cb == cb && h->cbdir == dir;
}

static const ref_str *body(pw_host *h, ref_ctx *c, int d, int *eos)
{
  int cb = d ? REF_CB_RESP_BODY : REF_CB_REQ_BODY;

  if (c->kind != REF_HTTP || c->closing || !c->body_seen[d])
    return NULL;
  if (!in_cb(h, c, cb, d) && !c->body_hold[d])
    return NULL;
  *eos = c->body_eos[d];
  return &c->body[d];
}

static const ref_str *data(pw_host *h, ref_ctx *c, int d, int *eos)
{
  if (c->kind != REF_TCP)
    return NULL;
  if (!in_cb(h, c, REF_CB_DATA, d) && !c->data_hold[d])
    return NULL;
  *eos = c->data_eos[d];
  return &c->data[d];
}

/* Stream buffer t: an HTTP body or L4 data, and its direction. */
static int is_body(uint32_t t)
{
  return t == PW_BUFFER_TYPE_HTTP_REQUEST_BODY ||
         t == PW_BUFFER_TYPE_HTTP_RESPONSE_BODY;
}

static int dir_of(uint32_t t)
{
  return t == PW_BUFFER_TYPE_HTTP_RESPONSE_BODY ||
         t == PW_BUFFER_TYPE_NETWORK_UPSTREAM_DATA;
}

static const ref_str *access(pw_host *h, uint32_t t, int *eos)
{
  ref_ctx *c = ref_eff(h);

  *eos = 0;
  if (t >= REF_CB_BUFS) {
    *eos = h->cbeos[t];
    return h->cbbuf[t];
  }
  if (c == NULL || c->dead)
    return NULL;
  return is_body(t) ? body(h, c, dir_of(t), eos) : data(h, c, dir_of(t), eos);
}

/* For the driver: the buffer as it stands, whatever the phase; NULL for
   an unknown t. */
const ref_str *ref_buf_for(pw_host *h, ref_ctx *c, uint32_t t, int *eos)
{
  int d = dir_of(t);

  *eos = 0;
  if (t >= REF_CB_BUFS) {
    if (t >= REF_NBUFS)
      return NULL;
    *eos = h->cbeos[t];
    return &h->last_buf[t];
  }
  if (c == NULL || c->kind != (is_body(t) ? REF_HTTP : REF_TCP))
    return NULL;
  *eos = is_body(t) ? c->body_eos[d] : c->data_eos[d];
  return is_body(t) ? &c->body[d] : &c->data[d];
}

/* The range is clamped to the buffer, as CH does. */
pw_wasm_result_t ref_buffer_bytes(void *host, pw_buffer_type_t t,
                                      uint32_t start, uint32_t length,
                                      pw_out *buf)
{
  int eos;
  const ref_str *b = access(host, t, &eos);
  uint32_t n;

  if (b == NULL)
    return PW_WASM_RESULT_NOT_FOUND;
  if (start >= b->n)
    return OK;
  n = b->n - start < length ? b->n - start : length;
  return ref_give(buf, b->p + start, n);
}

pw_wasm_result_t ref_buffer_status(void *host, pw_buffer_type_t t,
                                       uint32_t *len,
                                       pw_buffer_flags_t *flags)
{
  pw_host *h = host;
  int eos;
  const ref_str *b = access(h, t, &eos);

  if (b == NULL)
    return PW_WASM_RESULT_NOT_FOUND;
  *len = b->n;
  *flags = eos && !h->o.eos_never ? PW_BUFFER_FLAGS_END_OF_STREAM : 0;
  return OK;
}
