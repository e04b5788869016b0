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

static void *must(void *p)
{
  if (p == NULL) {
    fputs("reference host: out of memory\n", stderr);
    abort();
  }
  return p;
}

void *ref_alloc(size_t n)
{
  return must(calloc(1, n ? n : 1));
}

/* Make room for `need` elements of `size` bytes in *p (capacity *cap). */
void *ref_grow(void *p, size_t *cap, size_t need, size_t size)
{
  size_t n = *cap ? *cap : 4;

  if (need <= *cap)
    return p;
  while (n < need)
    n *= 2;
  *cap = n;
  return must(realloc(p, n * size));
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
  uint8_t *q = must(realloc(s->p, (size_t)s->n + n + 1));

  if (n > 0)
    memcpy(q + s->n, p, n);
  s->p = q;
  s->n += (uint32_t)n;
  s->p[s->n] = 0;
}

/*
 * An entry is one block of cap bytes, key then value, each NUL-terminated:
 * maps are built per request, and one malloc per entry is the fewest.  A
 * value that outgrows its block moves the entry to a bigger one, so an
 * entry never has a second block.  Entries that go (emptied, removed,
 * replaced repeats) leave their blocks past n, up to old, for the next
 * entries written there: a map refilled per request allocates nothing
 * once its blocks are big enough.  Every slot below max(n, old) has a
 * block; ref_map_clear frees them.
 */

/* malloc's granule: a block rounded up to it costs nothing more and
   takes a value a few bytes longer in place. */
#define KV_ROUND 16

/* memmove, but a short copy (most keys and values of headers) without a
   call: both ends loaded, then stored, so s and d may overlap. */
static inline void copy(uint8_t *d, const void *src, size_t n)
{
  const uint8_t *s = src;

  if (n > 16) {
    memmove(d, s, n);
  } else if (n >= 8) {
    uint64_t a, b;
    memcpy(&a, s, 8);
    memcpy(&b, s + n - 8, 8);
    memcpy(d, &a, 8);
    memcpy(d + n - 8, &b, 8);
  } else if (n >= 4) {
    uint32_t a, b;
    memcpy(&a, s, 4);
    memcpy(&b, s + n - 4, 4);
    memcpy(d, &a, 4);
    memcpy(d + n - 4, &b, 4);
  } else if (n > 0) {
    uint8_t a = s[0], b = s[n / 2], c = s[n - 1];
    d[0] = a;
    d[n / 2] = b;
    d[n - 1] = c;
  }
}

/* Entry e's block made at least `need` bytes; its old content goes. */
static uint8_t *kv_room(ref_kv *e, size_t need)
{
  if (need > e->cap) {
    free(e->k.p);
    e->cap = (need + KV_ROUND - 1) & ~(size_t)(KV_ROUND - 1);
    e->k.p = must(malloc(e->cap));
  }
  return e->k.p;
}

/* The value goes at b + kn + 1, after the key's NUL. */
static void kv_put_value(ref_kv *e, uint8_t *b, size_t kn, const void *v,
                         size_t vn)
{
  uint8_t *q = b + kn + 1;

  copy(q, v, vn);   /* v may lie in the block (ref_map_replace) */
  q[vn] = 0;
  e->v = (ref_str){ q, (uint32_t)vn };
}

/* Forced inline in its two callers: left alone, gcc made it a call per
   entry, which cost more than its copies. */
__attribute__((always_inline))
static inline void kv_init(ref_kv *e, const void *k, size_t kn,
                           const void *v, size_t vn)
{
  uint8_t *b = kv_room(e, kn + vn + 2);

  copy(b, k, kn);
  b[kn] = 0;
  e->k = (ref_str){ b, (uint32_t)kn };
  kv_put_value(e, b, kn, v, vn);
}

/* A value that fits is written in place; a longer one takes the entry
   to a new block (v may point into the old one, freed after). */
static void kv_set_value(ref_kv *e, const void *v, size_t vn)
{
  size_t kn = e->k.n, need = kn + vn + 2;
  ref_kv t = { { NULL, 0 }, { NULL, 0 }, 0 };

  if (need <= e->cap) {
    kv_put_value(e, e->k.p, kn, v, vn);
    return;
  }
  kv_room(&t, need);
  memcpy(t.k.p, e->k.p, kn + 1);
  t.k.n = (uint32_t)kn;
  kv_put_value(&t, t.k.p, kn, v, vn);
  free(e->k.p);
  *e = t;
}

/* Entries go, their array and blocks stay for the next ones. */
static void keep_blocks(ref_map *m, size_t n)
{
  if (m->n > m->old)
    m->old = m->n;
  m->n = n;
}

void ref_map_empty(ref_map *m)
{
  keep_blocks(m, 0);
}

void ref_map_clear(ref_map *m)
{
  size_t end = m->n > m->old ? m->n : m->old;

  for (size_t i = 0; i < end; i++)
    free(m->e[i].k.p);
  free(m->e);
  m->e = NULL;
  m->n = m->cap = m->old = 0;
}

/* The slot of entry n, its block kept if it had one (n < old). */
static inline ref_kv *next_slot(ref_map *m)
{
  ref_kv *e;

  if (m->n == m->cap)
    m->e = ref_grow(m->e, &m->cap, m->n + 1, sizeof *m->e);
  e = &m->e[m->n++];
  if (m->n > m->old)
    *e = (ref_kv){ { NULL, 0 }, { NULL, 0 }, 0 };   /* a fresh slot */
  return e;
}

void ref_map_add(ref_map *m, const void *k, size_t kn, const void *v,
                 size_t vn)
{
  kv_init(next_slot(m), k, kn, v, vn);
}

ref_kv *ref_map_find(const ref_map *m, const void *k, size_t kn)
{
  for (size_t i = 0; i < m->n; i++)
    if (ref_eq(m->e[i].k, k, kn))
      return &m->e[i];
  return NULL;
}

/* Entries from i on with key k go past n, the rest keep their order (a
   stable partition by swaps: every block stays in the array). */
static void drop_from(ref_map *m, size_t i, const void *k, size_t kn)
{
  size_t j = i;

  for (; i < m->n; i++)
    if (!ref_eq(m->e[i].k, k, kn)) {
      if (i != j) {
        ref_kv t = m->e[j];
        m->e[j] = m->e[i];
        m->e[i] = t;
      }
      j++;
    }
  keep_blocks(m, j);
}

void ref_map_remove(ref_map *m, const void *k, size_t kn)
{
  drop_from(m, 0, k, kn);
}

/* The first entry keeps its place and takes the value; repeats go. */
void ref_map_replace(ref_map *m, const void *k, size_t kn, const void *v,
                     size_t vn)
{
  ref_kv *e = ref_map_find(m, k, kn);

  if (e == NULL) {
    ref_map_add(m, k, kn, v, vn);
    return;
  }
  kv_set_value(e, v, vn);
  drop_from(m, (size_t)(e - m->e) + 1, k, kn);
}

void ref_map_copy(ref_map *dst, const ref_map *src)
{
  ref_map_empty(dst);
  for (size_t i = 0; i < src->n; i++)
    ref_map_add(dst, src->e[i].k.p, src->e[i].k.n, src->e[i].v.p,
                src->e[i].v.n);
}

void ref_map_from(ref_map *m, const pw_pair *p, size_t n)
{
  ref_map_empty(m);
  for (size_t i = 0; i < n; i++)
    kv_init(next_slot(m), p[i].key.ptr, p[i].key.len, p[i].value.ptr,
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
