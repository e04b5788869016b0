/*
 * Reference host ops: the nine header maps.
 *
 * Maps 0..3 belong to an HTTP stream (the effective context) and exist
 * from the callback that delivers them: request headers from
 * on_request_headers, trailers from their callback or from a body callback
 * with end_of_stream (which creates them empty).  The request side turns
 * read-only once the response has started, and every map is gone after the
 * matching continue.  At the end of the stream (done/log/delete) the
 * request trailers are gone and the rest is read-only.  Maps 4..8 exist
 * only inside their callback; only map 4 is writable there.
 */
#include "ref.h"

enum { NONE, RO, RW };

/* The direction (PW_DIR_*) of stream map t. */
static int dir_of(uint32_t t)
{
  return t == ref_headers(PW_DIR_RESPONSE) ||
         t == ref_trailers(PW_DIR_RESPONSE);
}

static int stream_access(const ref_ctx *c, uint32_t t)
{
  if (dir_of(t) == PW_DIR_REQUEST) {
    if (c->req_released || (c->closing && t == ref_trailers(PW_DIR_REQUEST)))
      return NONE;
    return c->closing || c->resp_started ? RO : RW;
  }
  if (c->resp_released)
    return NONE;
  return c->closing ? RO : RW;
}

static int access(pw_host *h, uint32_t t, ref_map **m)
{
  ref_ctx *c;

  if (t >= REF_STREAM_MAPS) {
    *m = h->cbmap[t];
    if (*m == NULL)
      return NONE;
    return t == PW_HEADERS_TYPE_GRPC_CREATE_INITIAL_METADATA ? RW : RO;
  }
  c = ref_eff(h);
  if (c == NULL || c->kind != REF_HTTP || c->dead || !c->has_map[t])
    return NONE;
  *m = &c->maps[t];
  return stream_access(c, t);
}

/* For the driver: the map as it stands, whatever the phase; NULL for
   an unknown t. */
ref_map *ref_map_for(pw_host *h, ref_ctx *c, uint32_t t)
{
  if (t >= REF_STREAM_MAPS)
    return t < REF_NMAPS ? &h->last_map[t] : NULL;
  if (c == NULL || c->kind != REF_HTTP)
    return NULL;
  return &c->maps[t];
}

pw_wasm_result_t ref_map_add_op(void *host, pw_headers_type_t t,
                                    pw_bytes key, pw_bytes value)
{
  ref_map *m = NULL;

  if (access(host, t, &m) != RW)
    return BAD;
  ref_map_add(m, key.ptr, key.len, value.ptr, value.len);
  return OK;
}

/* In on_log a map that is gone is not_found (semantics.lua). */
pw_wasm_result_t ref_map_get_op(void *host, pw_headers_type_t t,
                                    pw_bytes key, pw_out *value)
{
  pw_host *h = host;
  ref_map *m = NULL;
  ref_kv *e;

  if (access(h, t, &m) == NONE)
    return h->cb == REF_CB_LOG ? PW_WASM_RESULT_NOT_FOUND : BAD;
  e = ref_map_find(m, key.ptr, key.len);
  if (e == NULL)
    return PW_WASM_RESULT_NOT_FOUND;
  return ref_give(value, e->v.p, e->v.n);
}

/* A map that is not there reads as empty. */
pw_wasm_result_t ref_map_pairs_op(void *host, pw_headers_type_t t,
                                      pw_out *buf)
{
  pw_host *h = host;
  ref_map *m = NULL;

  if (access(h, t, &m) == NONE)
    m = NULL;
  return ref_status(ref_pairs_encode(m, h->o.empty_map_count0, buf));
}

pw_wasm_result_t ref_map_set_pairs_op(void *host,
                                          pw_headers_type_t t,
                                          pw_bytes buf)
{
  pw_host *h = host;
  ref_map *m = NULL, tmp = {0};

  if (access(h, t, &m) != RW)
    return BAD;
  if (ref_pairs_decode(buf, &tmp) != 0 && !h->o.bad_pairs_empty)
    return BAD;
  ref_map_clear(m);
  *m = tmp;
  return OK;
}

pw_wasm_result_t ref_map_replace_op(void *host, pw_headers_type_t t,
                                        pw_bytes key, pw_bytes value)
{
  ref_map *m = NULL;

  if (access(host, t, &m) != RW)
    return BAD;
  ref_map_replace(m, key.ptr, key.len, value.ptr, value.len);
  return OK;
}

pw_wasm_result_t ref_map_remove_op(void *host, pw_headers_type_t t,
                                       pw_bytes key)
{
  ref_map *m = NULL;

  if (access(host, t, &m) != RW)
    return BAD;
  ref_map_remove(m, key.ptr, key.len);
  return OK;
}

/* pwabi's reading: the number of entries. */
pw_wasm_result_t ref_map_size_op(void *host, pw_headers_type_t t,
                                     uint32_t *len)
{
  ref_map *m = NULL;

  if (access(host, t, &m) == NONE)
    return BAD;
  *len = (uint32_t)m->n;
  return OK;
}
