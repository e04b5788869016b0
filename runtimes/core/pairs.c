/*
 * The `pairs` codec.  The rule, and why, is in pairs.h; here it is applied
 * in one place, pw_pairs_begin and pw_pairs_next, which pw_pairs_check
 * runs to the end.
 */
#include <string.h>

#include "args.h"   /* pw_le32: the one little-endian read */
#include "pairs.h"

static void wr32(uint8_t *p, uint32_t v)
{
  p[0] = (uint8_t)v;
  p[1] = (uint8_t)(v >> 8);
  p[2] = (uint8_t)(v >> 16);
  p[3] = (uint8_t)(v >> 24);
}

static const char *const names[] = {
  "ok", "truncated count", "count past the end", "entry past the end",
  "missing NUL", "trailing bytes"
};

const char *pw_pairs_error_name(int err)
{
  if (err < 0 || (size_t)err >= sizeof names / sizeof names[0])
    return "unknown";
  return names[err];
}

int pw_pairs_begin(pw_pairs_iter *it, const uint8_t *p, uint32_t len)
{
  *it = (pw_pairs_iter){ .p = p, .len = len, .at = len };
  if (len == 0 || (len == 1 && p[0] == 0))
    return PW_PAIRS_OK;           /* the empty forms: nothing to read */
  if (len < 4)
    return it->err = PW_PAIRS_SHORT;
  it->count = pw_le32(p);
  if (4 + 10 * (uint64_t)it->count > len)
    return it->err = PW_PAIRS_COUNT;
  it->at = 4 + 8 * (uint64_t)it->count;
  return PW_PAIRS_OK;
}

/* n bytes at it->at and their NUL; 0 (and it->err) when they are not. */
static int slice(pw_pairs_iter *it, uint32_t n, const uint8_t **s)
{
  if (it->at + n + 1 > it->len)
    it->err = PW_PAIRS_TRUNCATED;
  else if (it->p[it->at + n] != 0)
    it->err = PW_PAIRS_NUL;
  if (it->err != PW_PAIRS_OK)
    return 0;
  *s = it->p + it->at;
  it->at += (uint64_t)n + 1;
  return 1;
}

int pw_pairs_next(pw_pairs_iter *it, pw_pairs_entry *e)
{
  const uint8_t *lens;

  if (it->err != PW_PAIRS_OK)
    return 0;
  if (it->i == it->count) {
    if (it->at != it->len)
      it->err = PW_PAIRS_TRAILING;
    return 0;
  }
  lens = it->p + 4 + 8 * (uint64_t)it->i;
  e->key_len = pw_le32(lens);
  e->value_len = pw_le32(lens + 4);
  if (!slice(it, e->key_len, &e->key) ||
      !slice(it, e->value_len, &e->value))
    return 0;
  it->i++;
  return 1;
}

int pw_pairs_check(const uint8_t *p, uint32_t len, uint32_t *count)
{
  pw_pairs_iter it;
  pw_pairs_entry e;

  pw_pairs_begin(&it, p, len);
  while (pw_pairs_next(&it, &e))
    continue;
  if (count != NULL)
    *count = it.err == PW_PAIRS_OK ? it.count : 0;
  return it.err;
}

uint64_t pw_pairs_size(uint64_t count, uint64_t bytes)
{
  return 4 + 10 * count + bytes;
}

void pw_pairs_start(pw_pairs_writer *w, uint8_t *buf, uint32_t count)
{
  w->p = buf;
  w->i = 0;
  w->at = 4 + 8 * (uint64_t)count;
  wr32(buf, count);
}

/* n bytes and a NUL. */
static void put(pw_pairs_writer *w, const void *s, uint32_t n)
{
  if (n > 0)
    memcpy(w->p + w->at, s, n);
  w->p[w->at + n] = 0;
  w->at += (uint64_t)n + 1;
}

void pw_pairs_put(pw_pairs_writer *w, const void *key, uint32_t key_len,
                  const void *value, uint32_t value_len)
{
  uint8_t *lens = w->p + 4 + 8 * (uint64_t)w->i++;

  wr32(lens, key_len);
  wr32(lens + 4, value_len);
  put(w, key, key_len);
  put(w, value, value_len);
}
