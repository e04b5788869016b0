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

static const ref_str *access(pw_host *h, uint32_t t, int *eos)
{
  ref_ctx *c = ref_eff(h);

  *eos = 0;
  if (t >= 4) {
    *eos = h->cbeos[t];
    return h->cbbuf[t];
  }
  if (c == NULL || c->dead)
    return NULL;
  return t < 2 ? body(h, c, (int)t, eos) : data(h, c, (int)t - 2, eos);
}

/* For the driver: the buffer as it stands, whatever the phase. */
const ref_str *ref_buf_for(pw_host *h, ref_ctx *c, uint32_t t, int *eos)
{
  *eos = 0;
  if (t >= 4) {
    *eos = h->cbeos[t];
    return t <= 5 ? &h->last_buf[t] : NULL;
  }
  if (c == NULL || c->kind != (t < 2 ? REF_HTTP : REF_TCP))
    return NULL;
  *eos = t < 2 ? c->body_eos[t] : c->data_eos[t - 2];
  return t < 2 ? &c->body[t] : &c->data[t - 2];
}

/* The range is clamped to the buffer, as CH does. */
pw_v1a_wasm_result_t ref_buffer_bytes(void *host, pw_v1a_buffer_type_t t,
                                      uint32_t start, uint32_t length,
                                      pw_out *buf)
{
  int eos;
  const ref_str *b = access(host, t, &eos);
  uint32_t n;

  if (b == NULL)
    return PW_V1A_WASM_RESULT_NOT_FOUND;
  if (start >= b->n)
    return OK;
  n = b->n - start < length ? b->n - start : length;
  return ref_give(buf, b->p + start, n);
}

pw_v1a_wasm_result_t ref_buffer_status(void *host, pw_v1a_buffer_type_t t,
                                       uint32_t *len,
                                       pw_v1a_buffer_flags_t *flags)
{
  pw_host *h = host;
  int eos;
  const ref_str *b = access(h, t, &eos);

  if (b == NULL)
    return PW_V1A_WASM_RESULT_NOT_FOUND;
  *len = b->n;
  *flags = eos && !h->o.eos_never ? PW_V1A_BUFFER_FLAGS_END_OF_STREAM : 0;
  return OK;
}
