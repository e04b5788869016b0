/*
 * Reference host ops: the nine buffers.
 *
 * Body buffers (0, 1) are readable in their body callback, and afterwards
 * while the guest holds them with a buffering status; L4 data (2, 3) in
 * their data callback and while held; the HTTP call response body (4) and
 * the gRPC message (5) only inside their callback; the VM configuration
 * (6) in on_vm_start, the plugin configuration (7) in validate and
 * on_configure, a foreign function's arguments (8) in on_foreign_function
 * (option config_buffers: 6, or 6 and 7, at any time).  END_OF_STREAM is
 * reported when the last chunk had it (option eos_flag=never: CH's 0).
 * Only 0..3 are writable.
 */
#include "ref.h"

static int in_cb(pw_host *h, ref_ctx *c, int cb, int dir)
{
  return h->cur == c && h->cb == cb && h->cbdir == dir;
}

static ref_str *body(pw_host *h, ref_ctx *c, int d, int *eos)
{
  int cb = d ? REF_CB_RESP_BODY : REF_CB_REQ_BODY;

  if (c->kind != REF_HTTP || c->closing || !c->body_seen[d])
    return NULL;
  if (!in_cb(h, c, cb, d) && !c->body_hold[d])
    return NULL;
  *eos = c->body_eos[d];
  return &c->body[d];
}

static ref_str *data(pw_host *h, ref_ctx *c, int d, int *eos)
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

/* A stream or connection buffer (t < REF_CB_BUFS) where it exists. */
static ref_str *stream_buf(pw_host *h, uint32_t t, int *eos)
{
  ref_ctx *c = ref_eff(h);

  *eos = 0;
  if (c == NULL || c->dead)
    return NULL;
  return is_body(t) ? body(h, c, dir_of(t), eos) : data(h, c, dir_of(t), eos);
}

/* Buffers 6 and 7 outside their callbacks: the caller's root's, when
   config_buffers says so (Envoy: 6; Kong: 6 and 7). */
static const ref_str *config(pw_host *h, uint32_t t)
{
  ref_ctx *r = ref_root_of(h, ref_eff(h));
  int mode = h->o.config_buffers;

  if (r == NULL || r->dead || mode == REF_CFGBUF_CALLBACK)
    return NULL;
  if (t == PW_BUFFER_TYPE_VM_CONFIGURATION)
    return &r->vm_cfg;
  if (t == PW_BUFFER_TYPE_PLUGIN_CONFIGURATION && mode == REF_CFGBUF_ANY)
    return &r->plugin_cfg;
  return NULL;
}

static const ref_str *access(pw_host *h, uint32_t t, int *eos)
{
  *eos = 0;
  if (t < REF_CB_BUFS)
    return stream_buf(h, t, eos);
  *eos = h->cbeos[t];
  return h->cbbuf[t] != NULL ? h->cbbuf[t] : config(h, t);
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

/* Envoy splices only: prepend (0, 0), replace-all (0, >= size), append
   (start >= size). */
static int envoy_splice(const ref_str *b, uint32_t start, uint32_t length)
{
  return start >= b->n || (start == 0 && (length == 0 || length >= b->n));
}

/* Replace `cut` bytes at `at` (both within b) with v. */
static void replace(ref_str *b, uint32_t at, uint32_t cut, pw_bytes v)
{
  uint32_t tail = b->n - at - cut;
  ref_str s = ref_dup(b->p, at);

  ref_append(&s, v.ptr, v.len);
  if (tail > 0)
    ref_append(&s, b->p + at + cut, tail);
  ref_free(b);
  *b = s;
}

/* A start past the end appends, a length past the end stops there
   (semantics.lua); splice=envoy / kong follow those hosts. */
static pw_wasm_result_t splice(pw_host *h, ref_str *b, uint32_t start,
                               uint32_t length, pw_bytes v)
{
  uint32_t at = start < b->n ? start : b->n, cut;

  if (h->o.splice == REF_HOST_ENVOY && !envoy_splice(b, start, length))
    return BAD;
  if (h->o.splice == REF_HOST_KONG && start > 0 && length == 0)
    length = v.len;
  cut = b->n - at < length ? b->n - at : length;
  if ((uint64_t)b->n - cut + v.len > UINT32_MAX)
    return ref_status(-1);
  replace(b, at, cut, v);
  return OK;
}

/* Callout responses, configuration and arguments are read-only. */
pw_wasm_result_t ref_set_buffer(void *host, pw_buffer_type_t t,
                                uint32_t start, uint32_t length,
                                pw_bytes value)
{
  int eos;
  ref_str *b = t < REF_CB_BUFS ? stream_buf(host, t, &eos) : NULL;

  if (t >= REF_CB_BUFS)
    return BAD;
  if (b == NULL)
    return PW_WASM_RESULT_NOT_FOUND;
  return splice(host, b, start, length, value);
}
