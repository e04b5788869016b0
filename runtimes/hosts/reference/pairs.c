/*
 * Reference host: the `pairs` encoding of header maps.
 *
 *   u32 N | N x (u32 klen, u32 vlen) | N x (key NUL value NUL)
 *
 * Decoding is strict: every byte must be accounted for.  Sizes are checked
 * in 64-bit arithmetic against the input before anything is allocated, so
 * a hostile count cannot make the host allocate more than the input holds.
 */
#include <stdlib.h>
#include <string.h>

#include "ref.h"

static uint32_t rd32(const uint8_t *p)
{
  return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 |
         (uint32_t)p[3] << 24;
}

static void wr32(uint8_t *p, uint32_t v)
{
  p[0] = (uint8_t)v;
  p[1] = (uint8_t)(v >> 8);
  p[2] = (uint8_t)(v >> 16);
  p[3] = (uint8_t)(v >> 24);
}

/* 0 ok; -1 the map is too large to encode (over 4 GiB). */
int ref_pairs_encode(const ref_map *m, int empty_count0, pw_out *o)
{
  uint64_t size = 4;
  uint8_t *p, *s;

  if (m == NULL || m->n == 0)
    return empty_count0 ? pw_out_set(o, "\0\0\0\0", 4) : pw_out_set(o, "", 0);
  for (size_t i = 0; i < m->n; i++)
    size += 8 + (uint64_t)m->e[i].k.n + 1 + m->e[i].v.n + 1;
  if (size > UINT32_MAX)
    return -1;
  p = ref_alloc((size_t)size);
  wr32(p, (uint32_t)m->n);
  s = p + 4 + 8 * m->n;
  for (size_t i = 0; i < m->n; i++) {
    wr32(p + 4 + 8 * i, m->e[i].k.n);
    wr32(p + 8 + 8 * i, m->e[i].v.n);
    memcpy(s, m->e[i].k.p, m->e[i].k.n);
    s += m->e[i].k.n;
    *s++ = 0;
    memcpy(s, m->e[i].v.p, m->e[i].v.n);
    s += m->e[i].v.n;
    *s++ = 0;
  }
  size = pw_out_set(o, p, (uint32_t)size);
  free(p);
  return size == 0 ? 0 : -1;
}

/* Check the whole blob; 0 when it is well-formed. */
static int pairs_check(const uint8_t *p, uint32_t len, uint32_t *count)
{
  uint64_t need, at;
  uint32_t n;

  if (len < 4)
    return -1;
  n = rd32(p);
  need = 4 + 8 * (uint64_t)n;
  if (need > len)
    return -1;
  at = need;
  for (uint32_t i = 0; i < n; i++) {
    uint64_t kl = rd32(p + 4 + 8 * i), vl = rd32(p + 8 + 8 * i);
    if (at + kl + 1 + vl + 1 > len || p[at + kl] != 0 ||
        p[at + kl + 1 + vl] != 0)
      return -1;
    at += kl + 1 + vl + 1;
  }
  *count = n;
  return at == len ? 0 : -1;
}

/*
 * Decode into m (replacing its content).  Length 0, and the single 0x00
 * byte the spec also allows, are the empty map.  0 ok, -1 malformed (m is
 * then empty).
 */
int ref_pairs_decode(pw_bytes b, ref_map *m)
{
  uint32_t n = 0, at;

  ref_map_clear(m);
  if (b.len == 0 || (b.len == 1 && b.ptr[0] == 0))
    return 0;
  if (pairs_check(b.ptr, b.len, &n) != 0)
    return -1;
  at = 4 + 8 * n;
  for (uint32_t i = 0; i < n; i++) {
    uint32_t kl = rd32(b.ptr + 4 + 8 * i), vl = rd32(b.ptr + 8 + 8 * i);
    ref_map_add(m, b.ptr + at, kl, b.ptr + at + kl + 1, vl);
    at += kl + 1 + vl + 1;
  }
  return 0;
}
