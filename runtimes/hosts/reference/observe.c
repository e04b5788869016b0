/*
 * Reference host: what the driver can look at, and `dump`.
 *
 * dump prints one item per line, sorted bytewise, with every guest byte
 * escaped, so two runs of the same scenario print the same text.
 */
#include <inttypes.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "ref.h"

int ref_drv_get_map(pw_host *h, uint32_t ctx, uint32_t t, pw_out *pairs)
{
  ref_map *m = ref_map_for(h, ref_ctx_get(h, ctx), t);

  if (m == NULL)
    return PW_DRV_USAGE;
  return ref_pairs_encode(m, h->o.empty_map_count0, pairs) ? PW_DRV_USAGE
                                                            : PW_DRV_OK;
}

int ref_drv_get_buffer(pw_host *h, uint32_t ctx, uint32_t t, pw_out *bytes,
                       uint32_t *flags)
{
  int eos = 0;
  const ref_str *b = ref_buf_for(h, ref_ctx_get(h, ctx), t, &eos);

  if (b == NULL || pw_out_set(bytes, b->p, b->n) != 0)
    return PW_DRV_USAGE;
  if (flags != NULL)
    *flags = eos ? PW_BUFFER_FLAGS_END_OF_STREAM : 0;
  return PW_DRV_OK;
}

static pw_bytes view(const ref_str *s)
{
  return (pw_bytes){ s->p, s->n };
}

int ref_drv_get_local_response(pw_host *h, uint32_t ctx,
                               pw_local_response *out)
{
  const ref_lresp *l = ref_lresp_of(h, ctx);

  if (l == NULL)
    return PW_DRV_USAGE;
  out->code = l->code;
  out->details = view(&l->details);
  out->body = view(&l->body);
  out->header_pairs = view(&l->pairs);
  out->grpc_status = l->grpc_status;
  return PW_DRV_OK;
}

/* Histograms read as their sample count. */
int ref_drv_get_metric(pw_host *h, pw_bytes name, uint32_t *type,
                       uint64_t *value)
{
  for (size_t i = 0; i < h->nm; i++) {
    ref_metric *m = &h->m[i];
    if (!ref_eq(m->name, name.ptr, name.len))
      continue;
    *type = m->type;
    *value = m->type == PW_METRIC_TYPE_HISTOGRAM ? m->count : m->value;
    return PW_DRV_OK;
  }
  return PW_DRV_USAGE;
}

int ref_drv_get_shared_data(pw_host *h, pw_bytes key, pw_out *value,
                            uint32_t *cas)
{
  uint32_t c = 0;

  if (ref_get_shared(h, key, value, &c) != OK)
    return PW_DRV_USAGE;
  if (cas != NULL)
    *cas = c;
  return PW_DRV_OK;
}

/* Lines ------------------------------------------------------------------ */

typedef struct lines {
  char **v;
  size_t n, cap;
} lines;

static void add(lines *l, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

static void add(lines *l, const char *fmt, ...)
{
  char buf[4096];
  va_list ap;

  va_start(ap, fmt);
  vsnprintf(buf, sizeof buf, fmt, ap);
  va_end(ap);
  l->v = ref_grow(l->v, &l->cap, l->n + 1, sizeof *l->v);
  l->v[l->n++] = (char *)ref_dup(buf, strlen(buf)).p;
}

/* Escaped text of at most 256 guest bytes (NUL shows as \x00). */
static const char *esc(char *buf, const ref_str *s)
{
  ref_escape(buf, 1200, s->p, s->n > 256 ? 256 : s->n);
  return buf;
}

static void dump_map(lines *l, const char *what, uint32_t ctx, uint32_t t,
                     const ref_map *m)
{
  char k[1200], v[1200];

  for (size_t i = 0; i < m->n; i++)
    add(l, "%s %u %u %04zu %s: %s", what, ctx, t, i, esc(k, &m->e[i].k),
        esc(v, &m->e[i].v));
}

static const char *kind_name(int k)
{
  return k == REF_ROOT ? "root" : k == REF_HTTP ? "http" : "tcp";
}

static void dump_lresp(lines *l, uint32_t id, const ref_lresp *r)
{
  char a[1200], b[1200];

  if (r->set)
    add(l, "local_response %u code=%u grpc_status=%u details=%s body=%s",
        id, r->code, r->grpc_status, esc(a, &r->details), esc(b, &r->body));
}

static void dump_ctx(lines *l, const ref_ctx *c)
{
  char a[1200];

  add(l, "ctx %u kind=%s root=%u created=%d dead=%d pending=%d tick_ms=%"
      PRIu64 " status=%u:%s", c->id, kind_name(c->kind), c->root,
      c->created, c->dead, c->pending, c->tick_ms, c->st_code,
      esc(a, &c->st_msg));
  dump_map(l, "prop", c->id, 0, &c->props);
  for (uint32_t t = 0; t < REF_STREAM_MAPS; t++)
    if (c->has_map[t])
      dump_map(l, "map", c->id, t, &c->maps[t]);
  for (int d = 0; d < 2; d++) {
    if (c->body_seen[d])
      add(l, "body %u %d eos=%d %s", c->id, d, c->body_eos[d],
          esc(a, &c->body[d]));
    if (c->data[d].n > 0)
      add(l, "data %u %d eos=%d %s", c->id, d, c->data_eos[d],
          esc(a, &c->data[d]));
  }
  dump_lresp(l, c->id, &c->lresp);
}

static void dump_stores(lines *l, pw_host *h)
{
  char a[1200], b[1200];

  for (size_t i = 0; i < h->nkv; i++)
    add(l, "shared %s cas=%u %s", esc(a, &h->kv[i].key), h->kv[i].cas,
        esc(b, &h->kv[i].value));
  for (size_t i = 0; i < h->nq; i++) {
    size_t n = 0;
    for (ref_item *it = h->q[i].head; it != NULL; it = it->next)
      add(l, "queue_item %u %04zu %s", h->q[i].token, n++,
          esc(a, &it->data));
    add(l, "queue %u name=%s owner=%u items=%zu", h->q[i].token,
        esc(a, &h->q[i].name), h->q[i].owner, n);
  }
  for (size_t i = 0; i < h->nm; i++)
    add(l, "metric %s type=%u value=%" PRIu64 " count=%" PRIu64
        " sum=%" PRIu64, esc(a, &h->m[i].name), h->m[i].type,
        h->m[i].value, h->m[i].count, h->m[i].sum);
  for (ref_callout *c = h->calls; c != NULL; c = c->next)
    add(l, "callout %u kind=%c root=%u upstream=%s done=%d closed=%d",
        c->token, c->kind, c->root, esc(a, &c->upstream), c->done,
        c->local_closed);
}

static int cmp(const void *a, const void *b)
{
  return strcmp(*(char *const *)a, *(char *const *)b);
}

void ref_dump(pw_host *h, FILE *out)
{
  lines l = { NULL, 0, 0 };

  add(&l, "vm id=%s failed=%d time_ns=%" PRIu64, h->vm_id, h->failed,
      h->now);
  dump_map(&l, "prop", 0, 0, &h->global_props);
  for (size_t i = 0; i < h->ctx.cap; i++)
    if (ref_ids_at(&h->ctx, i) != NULL)
      dump_ctx(&l, ref_ids_at(&h->ctx, i));
  for (size_t i = 0; i < h->said.cap; i++)
    if (ref_ids_at(&h->said, i) != NULL)
      dump_lresp(&l, h->said.s[i].id, ref_ids_at(&h->said, i));
  dump_stores(&l, h);
  qsort(l.v, l.n, sizeof *l.v, cmp);
  for (size_t i = 0; i < l.n; i++) {
    fprintf(out, "%s\n", l.v[i]);
    free(l.v[i]);
  }
  free(l.v);
}
