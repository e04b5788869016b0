/*
 * Reference host: header maps to and from the `pairs` encoding.  The codec
 * and its rule are the core's (runtimes/core/pairs.h); this is the glue to
 * ref_map.  Sizes are checked before anything is allocated, so a hostile
 * count cannot make the host allocate more than the input holds.
 */
#include <stdlib.h>

#include "pairs.h"
#include "ref.h"

/* Key and value bytes of the whole map. */
static uint64_t map_bytes(const ref_map *m)
{
  uint64_t n = 0;

  for (size_t i = 0; i < m->n; i++)
    n += (uint64_t)m->e[i].k.n + m->e[i].v.n;
  return n;
}

/* An empty map is length 0, or with empty_count0 a count of 0.  0 ok;
   -1 the map is too large to encode (over 4 GiB) or out of memory. */
int ref_pairs_encode(const ref_map *m, int empty_count0, pw_out *o)
{
  static const ref_map none = {0};
  uint64_t size;
  pw_pairs_writer w;
  uint8_t *p;
  int rc;

  m = m != NULL ? m : &none;
  if (m->n == 0 && !empty_count0)
    return pw_out_set(o, "", 0);
  size = pw_pairs_size(m->n, map_bytes(m));
  if (size > UINT32_MAX)
    return -1;
  p = ref_alloc((size_t)size);
  pw_pairs_start(&w, p, (uint32_t)m->n);
  for (size_t i = 0; i < m->n; i++)
    pw_pairs_put(&w, m->e[i].k.p, m->e[i].k.n, m->e[i].v.p, m->e[i].v.n);
  rc = pw_out_set(o, p, (uint32_t)size);
  free(p);
  return rc == 0 ? 0 : -1;
}

/* Decode into m (replacing its content), by the core's rule: the empty
   forms are the empty map.  0 ok, -1 malformed (m is then empty). */
int ref_pairs_decode(pw_bytes b, ref_map *m)
{
  pw_pairs_iter it;
  pw_pairs_entry e;

  ref_map_clear(m);
  if (pw_pairs_check(b.ptr, b.len, NULL) != PW_PAIRS_OK)
    return -1;
  pw_pairs_begin(&it, b.ptr, b.len);
  while (pw_pairs_next(&it, &e))
    ref_map_add(m, e.key, e.key_len, e.value, e.value_len);
  return 0;
}
