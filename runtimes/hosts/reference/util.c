/*
 * Reference host: owned byte strings, ordered pair lists and events.
 *
 * Out of memory aborts: every size here is bounded by bytes that already
 * exist (guest memory or driver arguments), so failure means the process
 * itself is exhausted.
 */
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "ref.h"

void *ref_alloc(size_t n)
{
  void *p = calloc(1, n ? n : 1);

  if (p == NULL) {
    fputs("reference host: out of memory\n", stderr);
    abort();
  }
  return p;
}

/* Make room for `need` elements of `size` bytes in *p (capacity *cap). */
void *ref_grow(void *p, size_t *cap, size_t need, size_t size)
{
  size_t n = *cap ? *cap : 4;

  if (need <= *cap)
    return p;
  while (n < need)
    n *= 2;
  p = realloc(p, n * size);
  if (p == NULL) {
    fputs("reference host: out of memory\n", stderr);
    abort();
  }
  *cap = n;
  return p;
}

ref_str ref_dup(const void *p, size_t n)
{
  ref_str s;

  s.p = ref_alloc(n + 1);   /* +1: always NUL-terminated for printing */
  if (n > 0)
    memcpy(s.p, p, n);
  s.n = (uint32_t)n;
  return s;
}

void ref_set(ref_str *s, const void *p, size_t n)
{
  ref_str t = ref_dup(p, n);

  ref_free(s);
  *s = t;
}

void ref_append(ref_str *s, const void *p, size_t n)
{
  uint8_t *q = realloc(s->p, (size_t)s->n + n + 1);

  if (q == NULL) {
    fputs("reference host: out of memory\n", stderr);
    abort();
  }
  if (n > 0)
    memcpy(q + s->n, p, n);
  s->p = q;
  s->n += (uint32_t)n;
  s->p[s->n] = 0;
}

void ref_free(ref_str *s)
{
  free(s->p);
  s->p = NULL;
  s->n = 0;
}

int ref_eq(ref_str s, const void *p, size_t n)
{
  return s.n == n && (n == 0 || memcmp(s.p, p, n) == 0);
}

/*
 * An entry is one allocation, key then value, each NUL-terminated: maps are
 * built per request, and half the mallocs is a tenth of a request.  A value
 * replaced later by a longer one lives in a block of its own.  An emptied
 * map keeps its one-block entries past n (up to old) for the next entries
 * written there (k.p NULL: no block).
 */
static uint8_t *kv_block(ref_kv *e, int stale, size_t need)
{
  if (stale && e->k.p != NULL && e->k.n + e->v.n + 2 >= need)
    return e->k.p;
  if (stale)
    free(e->k.p);
  return ref_alloc(need);
}

static void kv_init(ref_kv *e, int stale, const void *k, size_t kn,
                    const void *v, size_t vn)
{
  uint8_t *b = kv_block(e, stale, kn + vn + 2);

  if (kn > 0)
    memcpy(b, k, kn);
  b[kn] = 0;
  if (vn > 0)
    memcpy(b + kn + 1, v, vn);
  b[kn + 1 + vn] = 0;
  e->k = (ref_str){ b, (uint32_t)kn };
  e->v = (ref_str){ b + kn + 1, (uint32_t)vn };
}

static int kv_shared(const ref_kv *e)
{
  return e->v.p == e->k.p + e->k.n + 1;
}

static void kv_free(ref_kv *e)
{
  if (!kv_shared(e))
    ref_free(&e->v);
  ref_free(&e->k);
}

/* A value no longer than the old one is written over it (no allocation;
   v may point into it). */
static void kv_set_value(ref_kv *e, const void *v, size_t vn)
{
  ref_str t;

  if (vn <= e->v.n && e->v.p != NULL) {
    memmove(e->v.p, v, vn);
    e->v.p[vn] = 0;
    e->v.n = (uint32_t)vn;
    return;
  }
  t = ref_dup(v, vn);

  if (!kv_shared(e))
    ref_free(&e->v);
  e->v = t;
}

/* Entries go, their array and one-block entries stay for the next ones
   (a map refilled per request allocates nothing). */
void ref_map_empty(ref_map *m)
{
  for (size_t i = 0; i < m->n; i++)
    if (!kv_shared(&m->e[i])) {
      kv_free(&m->e[i]);
      m->e[i] = (ref_kv){ { NULL, 0 }, { NULL, 0 } };
    }
  if (m->n > m->old)
    m->old = m->n;
  m->n = 0;
}

void ref_map_clear(ref_map *m)
{
  for (size_t i = 0; i < m->n; i++)
    kv_free(&m->e[i]);
  for (size_t i = m->n; i < m->old; i++)
    free(m->e[i].k.p);
  free(m->e);
  m->e = NULL;
  m->n = m->cap = m->old = 0;
}

/* After removals: n becomes j; slots j.. held moved or freed entries. */
static void cut(ref_map *m, size_t j)
{
  for (size_t i = j; i < m->n; i++)
    m->e[i] = (ref_kv){ { NULL, 0 }, { NULL, 0 } };
  m->n = j;
}

void ref_map_add(ref_map *m, const void *k, size_t kn, const void *v,
                 size_t vn)
{
  m->e = ref_grow(m->e, &m->cap, m->n + 1, sizeof *m->e);
  kv_init(&m->e[m->n], m->n < m->old, k, kn, v, vn);
  m->n++;
}

ref_kv *ref_map_find(const ref_map *m, const void *k, size_t kn)
{
  for (size_t i = 0; i < m->n; i++)
    if (ref_eq(m->e[i].k, k, kn))
      return &m->e[i];
  return NULL;
}

void ref_map_remove(ref_map *m, const void *k, size_t kn)
{
  size_t j = 0;

  for (size_t i = 0; i < m->n; i++) {
    if (ref_eq(m->e[i].k, k, kn)) {
      kv_free(&m->e[i]);
    } else {
      m->e[j++] = m->e[i];
    }
  }
  cut(m, j);
}

/* The first entry keeps its place and takes the value; repeats go. */
void ref_map_replace(ref_map *m, const void *k, size_t kn, const void *v,
                     size_t vn)
{
  size_t i = 0, j;

  while (i < m->n && !ref_eq(m->e[i].k, k, kn))
    i++;
  if (i == m->n) {
    ref_map_add(m, k, kn, v, vn);
    return;
  }
  kv_set_value(&m->e[i], v, vn);
  for (j = ++i; i < m->n; i++) {
    if (ref_eq(m->e[i].k, k, kn)) {
      kv_free(&m->e[i]);
    } else {
      m->e[j++] = m->e[i];
    }
  }
  cut(m, j);
}

void ref_map_copy(ref_map *dst, const ref_map *src)
{
  ref_map_clear(dst);
  for (size_t i = 0; i < src->n; i++)
    ref_map_add(dst, src->e[i].k.p, src->e[i].k.n, src->e[i].v.p,
                src->e[i].v.n);
}

void ref_map_from(ref_map *m, const pw_pair *p, size_t n)
{
  ref_map_empty(m);
  for (size_t i = 0; i < n; i++)
    ref_map_add(m, p[i].key.ptr, p[i].key.len, p[i].value.ptr,
                p[i].value.len);
}

/* Printable ASCII stays; everything else becomes \xNN. */
void ref_escape(char *dst, size_t cap, const uint8_t *p, size_t n)
{
  size_t o = 0;

  for (size_t i = 0; i < n && o + 5 < cap; i++) {
    if (p[i] >= 0x20 && p[i] < 0x7f && p[i] != '\\')
      dst[o++] = (char)p[i];
    else
      o += (size_t)snprintf(dst + o, cap - o, "\\x%02x", p[i]);
  }
  dst[o] = 0;
}

void ref_event(pw_host *h, pw_event_kind kind, const char *name,
               uint64_t result, const char *fmt, ...)
{
  char text[1024];
  pw_event ev;
  va_list ap;

  if (h->observe == NULL)
    return;
  va_start(ap, fmt);
  vsnprintf(text, sizeof text, fmt, ap);
  va_end(ap);
  memset(&ev, 0, sizeof ev);
  ev.kind = kind;
  ev.name = name;
  ev.text = text;
  ev.has_result = kind == PW_EV_LOG;
  ev.result = result;
  ev.depth = h->cur != NULL;
  h->observe(h->observe_ud, &ev);
}
