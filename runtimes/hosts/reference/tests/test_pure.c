/*
 * Reference host: tests of the parts that need no engine -- the pairs
 * codec (runtimes/core/pairs.h: its rule, one case per malformed kind,
 * counts and lengths that would wrap in 32 bits, writing and reading
 * back) and maps to and from it (byte-exact encoding, strict decoding),
 * ordered pair lists, and option parsing.
 */
#include <check.h>
#include <stdlib.h>
#include <string.h>

#include "pairs.h"
#include "ref.h"

static pw_bytes B(const void *p, size_t n)
{
  return (pw_bytes){ p, (uint32_t)n };
}

#define LEN(s) ((uint32_t)(sizeof(s) - 1))
#define U8(s) ((const uint8_t *)(s))
#define BLOB(s) B(s, LEN(s))

/* {"a":"1","bb":"22"} */
static const char AB[] =
  "\x02\0\0\0" "\x01\0\0\0\x01\0\0\0" "\x02\0\0\0\x02\0\0\0"
  "a\0" "1\0" "bb\0" "22\0";

static int slice_is(const uint8_t *p, uint32_t n, const char *want,
                    uint32_t wn)
{
  return n == wn && memcmp(p, want, n) == 0;
}

START_TEST(codec_well_formed)
{
  uint32_t n = 99;
  pw_pairs_iter it;
  pw_pairs_entry e;

  ck_assert_int_eq(pw_pairs_check(U8(AB), LEN(AB), &n), PW_PAIRS_OK);
  ck_assert_uint_eq(n, 2);
  ck_assert_int_eq(pw_pairs_begin(&it, U8(AB), LEN(AB)), PW_PAIRS_OK);
  ck_assert_int_eq(pw_pairs_next(&it, &e), 1);
  ck_assert(slice_is(e.key, e.key_len, "a", 1));
  ck_assert(slice_is(e.value, e.value_len, "1", 1));
  ck_assert_int_eq(pw_pairs_next(&it, &e), 1);
  ck_assert(slice_is(e.key, e.key_len, "bb", 2));
  ck_assert(slice_is(e.value, e.value_len, "22", 2));
  ck_assert_int_eq(pw_pairs_next(&it, &e), 0);
  ck_assert_int_eq(pw_pairs_next(&it, &e), 0);
  ck_assert_int_eq(it.err, PW_PAIRS_OK);
}
END_TEST

/* Length 0 (even without a pointer), one 0x00, and count 0. */
START_TEST(codec_empty_forms)
{
  static const struct { const char *p; uint32_t n; } ok[] = {
    { NULL, 0 }, { "", 0 }, { "\0", 1 }, { "\0\0\0\0", 4 },
  };

  for (size_t i = 0; i < sizeof ok / sizeof ok[0]; i++) {
    uint32_t n = 99;
    pw_pairs_iter it;
    pw_pairs_entry e;
    ck_assert_int_eq(pw_pairs_check(U8(ok[i].p), ok[i].n, &n), PW_PAIRS_OK);
    ck_assert_uint_eq(n, 0);
    pw_pairs_begin(&it, U8(ok[i].p), ok[i].n);
    ck_assert_int_eq(pw_pairs_next(&it, &e), 0);
    ck_assert_int_eq(it.err, PW_PAIRS_OK);
  }
}
END_TEST

#define K1 "\x01\0\0\0\x01\0\0\0\x01\0\0\0"   /* count 1, lengths 1, 1 */

/* Each kind, found reading from the start. */
START_TEST(codec_malformed)
{
  static const struct { const char *p; uint32_t n; int err; } bad[] = {
    { "\x01", 1, PW_PAIRS_SHORT },
    { "\0\0", 2, PW_PAIRS_SHORT },
    { "\x01\0\0", 3, PW_PAIRS_SHORT },
    { "\x01\0\0\0", 4, PW_PAIRS_COUNT },                /* no lengths */
    { K1, 12, PW_PAIRS_COUNT },                         /* no entry */
    { K1 "a\0" "1", 15, PW_PAIRS_TRUNCATED },           /* value's NUL */
    { K1 "ab" "1\0", 16, PW_PAIRS_NUL },                /* after key */
    { K1 "a\0" "1X", 16, PW_PAIRS_NUL },                /* after value */
    { K1 "aX" "1", 15, PW_PAIRS_NUL },                  /* key first */
    { K1 "a\0" "1\0Z", 17, PW_PAIRS_TRAILING },
    { "\0\0\0\0Z", 5, PW_PAIRS_TRAILING },              /* count 0 */
    { "Z", 1, PW_PAIRS_SHORT },                         /* not 0x00 */
  };

  for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
    uint32_t n = 99;
    ck_assert_msg(pw_pairs_check(U8(bad[i].p), bad[i].n, &n) == bad[i].err,
                  "case %zu: %s", i, pw_pairs_error_name(
                      pw_pairs_check(U8(bad[i].p), bad[i].n, NULL)));
    ck_assert_uint_eq(n, 0);
  }
}
END_TEST

/* Counts and lengths whose sizes wrap in 32 bits are still too large. */
START_TEST(codec_no_wrap)
{
  static const struct { const char *p; uint32_t n; int err; } bad[] = {
    { "\xff\xff\xff\xff\0\0\0\0", 8, PW_PAIRS_COUNT },     /* UINT32_MAX */
    { "\xfe\xff\xff\xff" K1, 16, PW_PAIRS_COUNT },
    { "\x9a\x99\x99\x19" "\0\0\0\0\0\0\0\0", 12, PW_PAIRS_COUNT },
    { "\0\0\0\x20" "\0\0\0\0\0\0\0\0\0\0", 14, PW_PAIRS_COUNT },
    /* key length UINT32_MAX: 12 + 2^32 - 1 + 1 wraps to 12 */
    { "\x01\0\0\0\xff\xff\xff\xff\x01\0\0\0" "a\0" "1\0", 16,
      PW_PAIRS_TRUNCATED },
    { "\x01\0\0\0\x01\0\0\0\xff\xff\xff\xff" "a\0" "1\0", 16,
      PW_PAIRS_TRUNCATED },
    { "\x01\0\0\0\xf4\xff\xff\xff\x01\0\0\0" "a\0" "1\0", 16,
      PW_PAIRS_TRUNCATED },
  };

  for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++)
    ck_assert_msg(pw_pairs_check(U8(bad[i].p), bad[i].n, NULL) ==
                  bad[i].err, "case %zu", i);
  ck_assert(pw_pairs_size(UINT32_MAX, 2ull * UINT32_MAX) ==
            4 + 12ull * UINT32_MAX);
  ck_assert(pw_pairs_size(UINT32_MAX, 0) > UINT32_MAX);
  ck_assert(pw_pairs_size(0, 0) == 4);
}
END_TEST

/* The iterator yields what is well-formed before the first problem. */
START_TEST(codec_partial)
{
  static const char two[] =
    "\x02\0\0\0" "\x01\0\0\0\x01\0\0\0" "\x01\0\0\0\x01\0\0\0"
    "a\0" "1\0" "b\0" "2X";
  pw_pairs_iter it;
  pw_pairs_entry e;

  ck_assert_int_eq(pw_pairs_begin(&it, U8(two), LEN(two)), PW_PAIRS_OK);
  ck_assert_int_eq(pw_pairs_next(&it, &e), 1);
  ck_assert(slice_is(e.key, e.key_len, "a", 1));
  ck_assert_int_eq(pw_pairs_next(&it, &e), 0);
  ck_assert_int_eq(it.err, PW_PAIRS_NUL);
  ck_assert_uint_eq(it.i, 1);
  ck_assert_int_eq(pw_pairs_next(&it, &e), 0);
  ck_assert_int_eq(pw_pairs_begin(&it, U8("\x07\0\0\0"), 4),
                   PW_PAIRS_COUNT);
  ck_assert_uint_eq(it.count, 7);
  ck_assert_int_eq(pw_pairs_next(&it, &e), 0);
}
END_TEST

START_TEST(codec_names)
{
  const char *seen[PW_PAIRS_TRAILING + 1];

  for (int i = 0; i <= PW_PAIRS_TRAILING; i++) {
    seen[i] = pw_pairs_error_name(i);
    ck_assert(seen[i] != NULL && seen[i][0] != 0);
    for (int j = 0; j < i; j++)
      ck_assert_str_ne(seen[i], seen[j]);
  }
  ck_assert_str_eq(pw_pairs_error_name(PW_PAIRS_OK), "ok");
  ck_assert_str_eq(pw_pairs_error_name(PW_PAIRS_NUL), "missing NUL");
  ck_assert_str_eq(pw_pairs_error_name(-1), "unknown");
  ck_assert_str_eq(pw_pairs_error_name(PW_PAIRS_TRAILING + 1), "unknown");
}
END_TEST

START_TEST(codec_write_exact)
{
  uint8_t buf[sizeof AB];
  pw_pairs_writer w;

  ck_assert(pw_pairs_size(2, 6) == LEN(AB));
  memset(buf, 0xee, sizeof buf);
  pw_pairs_start(&w, buf, 2);
  pw_pairs_put(&w, "a", 1, "1", 1);
  pw_pairs_put(&w, "bb", 2, "22", 2);
  ck_assert_mem_eq(buf, AB, LEN(AB));
  ck_assert_uint_eq(buf[LEN(AB)], 0xee);   /* nothing past the size */
}
END_TEST

/* Binary keys and values, empty ones, repeats: written, read back. */
START_TEST(codec_round_trip)
{
  static const struct { const char *k, *v; uint32_t kn, vn; } in[] = {
    { "k", "\0\xff", 1, 2 }, { "k", "", 1, 0 }, { "", "", 0, 0 },
    { "\0\0", "v\0w", 2, 3 },
  };
  uint64_t bytes = 0, size;
  uint8_t *buf;
  pw_pairs_writer w;
  pw_pairs_iter it;
  pw_pairs_entry e;
  uint32_t n = 0, i = 0;

  for (i = 0; i < 4; i++)
    bytes += (uint64_t)in[i].kn + in[i].vn;
  size = pw_pairs_size(4, bytes);
  buf = malloc(size);
  pw_pairs_start(&w, buf, 4);
  for (i = 0; i < 4; i++)
    pw_pairs_put(&w, in[i].k, in[i].kn, in[i].v, in[i].vn);
  ck_assert(w.at == size);
  ck_assert_int_eq(pw_pairs_check(buf, (uint32_t)size, &n), PW_PAIRS_OK);
  ck_assert_uint_eq(n, 4);
  pw_pairs_begin(&it, buf, (uint32_t)size);
  for (i = 0; pw_pairs_next(&it, &e); i++) {
    ck_assert(slice_is(e.key, e.key_len, in[i].k, in[i].kn));
    ck_assert(slice_is(e.value, e.value_len, in[i].v, in[i].vn));
  }
  ck_assert_uint_eq(i, 4);
  ck_assert_int_eq(it.err, PW_PAIRS_OK);
  free(buf);
}
END_TEST

START_TEST(encode_exact)
{
  ref_map m = {0};
  pw_out o = PW_OUT_INIT;

  ref_map_add(&m, "a", 1, "1", 1);
  ref_map_add(&m, "bb", 2, "22", 2);
  ck_assert_int_eq(ref_pairs_encode(&m, 0, &o), 0);
  ck_assert_uint_eq(o.len, sizeof AB - 1);
  ck_assert_mem_eq(o.data, AB, sizeof AB - 1);
  ref_map_clear(&m);
  pw_out_free(&o);
}
END_TEST

START_TEST(encode_empty)
{
  ref_map m = {0};
  pw_out o = PW_OUT_INIT;

  ck_assert_int_eq(ref_pairs_encode(&m, 0, &o), 0);
  ck_assert_uint_eq(o.len, 0);
  ck_assert_int_eq(ref_pairs_encode(&m, 1, &o), 0);
  ck_assert_uint_eq(o.len, 4);
  ck_assert_mem_eq(o.data, "\0\0\0\0", 4);
  pw_out_free(&o);
}
END_TEST

START_TEST(encode_binary_and_dups)
{
  ref_map m = {0};
  pw_out o = PW_OUT_INIT;
  static const char want[] =
    "\x02\0\0\0" "\x01\0\0\0\x02\0\0\0" "\x01\0\0\0\0\0\0\0"
    "k\0" "\0\xff\0" "k\0" "\0";

  ref_map_add(&m, "k", 1, "\0\xff", 2);
  ref_map_add(&m, "k", 1, "", 0);
  ck_assert_int_eq(ref_pairs_encode(&m, 0, &o), 0);
  ck_assert_uint_eq(o.len, sizeof want - 1);
  ck_assert_mem_eq(o.data, want, sizeof want - 1);
  ref_map_clear(&m);
  pw_out_free(&o);
}
END_TEST

START_TEST(decode_roundtrip)
{
  ref_map m = {0};

  ck_assert_int_eq(ref_pairs_decode(BLOB(AB), &m), 0);
  ck_assert_uint_eq(m.n, 2);
  ck_assert(ref_eq(m.e[0].k, "a", 1) && ref_eq(m.e[0].v, "1", 1));
  ck_assert(ref_eq(m.e[1].k, "bb", 2) && ref_eq(m.e[1].v, "22", 2));
  ref_map_clear(&m);
}
END_TEST

START_TEST(decode_empty_forms)
{
  ref_map m = {0};

  ck_assert_int_eq(ref_pairs_decode(B("", 0), &m), 0);
  ck_assert_uint_eq(m.n, 0);
  ck_assert_int_eq(ref_pairs_decode(B("\0", 1), &m), 0);
  ck_assert_int_eq(ref_pairs_decode(B("\0\0\0\0", 4), &m), 0);
  ck_assert_uint_eq(m.n, 0);
}
END_TEST

/* Every way a blob can be wrong is rejected and leaves the map empty. */
START_TEST(decode_malformed)
{
  static const struct { const char *p; size_t n; } bad[] = {
    { "\x01", 1 },                                   /* short count */
    { "\x01\0\0", 3 },
    { "\x01\0\0\0", 4 },                             /* no lengths */
    { "\x01\0\0\0\x01\0\0\0\x01\0\0\0a\0" "1", 15 }, /* truncated */
    { "\x01\0\0\0\x01\0\0\0\x01\0\0\0aX1\0", 16 },   /* no NUL after key */
    { "\x01\0\0\0\x01\0\0\0\x01\0\0\0a\0" "1X", 16 },/* no NUL after value */
    { "\x01\0\0\0\x01\0\0\0\x01\0\0\0a\0" "1\0Z", 17 }, /* trailing */
    { "\xff\xff\xff\xff\0\0\0\0", 8 },               /* huge count */
    { "\x01\0\0\0\xff\xff\xff\xff\x01\0\0\0a\0" "1\0", 16 }, /* huge len */
    { "\0\0\0\0Z", 5 },                              /* count 0 + junk */
  };
  ref_map m = {0};

  for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
    ref_map_add(&m, "x", 1, "y", 1);
    ck_assert_msg(ref_pairs_decode(B(bad[i].p, bad[i].n), &m) == -1,
                  "case %zu accepted", i);
    ck_assert_uint_eq(m.n, 0);
  }
}
END_TEST

START_TEST(map_replace_remove)
{
  ref_map m = {0};

  ref_map_add(&m, "a", 1, "1", 1);
  ref_map_add(&m, "b", 1, "2", 1);
  ref_map_add(&m, "a", 1, "3", 1);
  ref_map_replace(&m, "a", 1, "9", 1);
  ck_assert_uint_eq(m.n, 2);
  ck_assert(ref_eq(m.e[0].k, "a", 1) && ref_eq(m.e[0].v, "9", 1));
  ck_assert(ref_eq(m.e[1].k, "b", 1));
  ref_map_replace(&m, "c", 1, "4", 1);
  ck_assert_uint_eq(m.n, 3);
  ref_map_remove(&m, "a", 1);
  ref_map_remove(&m, "zz", 2);
  ck_assert_uint_eq(m.n, 2);
  ck_assert(ref_eq(m.e[0].k, "b", 1) && ref_eq(m.e[1].k, "c", 1));
  ref_map_clear(&m);
}
END_TEST

/* ids: lookups, removals and the table following what it holds. */
START_TEST(ids_table)
{
  ref_ids t = {0};
  static int v[1001];

  for (uint32_t i = 1; i <= 1000; i++)
    ref_ids_put(&t, i, &v[i]);
  for (uint32_t i = 2; i <= 1000; i += 2)
    ck_assert_ptr_eq(ref_ids_take(&t, i), &v[i]);
  ck_assert_ptr_null(ref_ids_take(&t, 2));
  ck_assert_ptr_null(ref_ids_get(&t, 0));
  ck_assert_ptr_null(ref_ids_get(&t, 1001));
  for (uint32_t i = 1; i <= 1000; i++)
    ck_assert_ptr_eq(ref_ids_get(&t, i), i % 2 ? &v[i] : NULL);
  for (uint32_t i = 1; i < 1000; i += 2)
    ref_ids_take(&t, i);
  ck_assert_uint_eq(t.n, 0);
  ck_assert_uint_le(t.cap, 32);
  ref_ids_free(&t);
}
END_TEST

/* An emptied map refilled: old blocks reused or replaced, none lost
   (sanitize checks the frees). */
START_TEST(map_empty_refill)
{
  static const pw_pair p[] = {
    { { (const uint8_t *)"a", 1 }, { (const uint8_t *)"1234", 4 } },
    { { (const uint8_t *)"b", 1 }, { (const uint8_t *)"5", 1 } },
    { { (const uint8_t *)"c", 1 }, { (const uint8_t *)"6", 1 } },
  };
  ref_map m = {0};

  ref_map_from(&m, p, 3);
  ref_map_replace(&m, "c", 1, "longer", 6);
  ref_map_empty(&m);
  ck_assert_uint_eq(m.n, 0);
  ref_map_add(&m, "x", 1, "yy", 2);
  ref_map_add(&m, "long key", 8, "long value", 10);
  ck_assert(ref_eq(m.e[0].k, "x", 1) && ref_eq(m.e[0].v, "yy", 2));
  ck_assert(ref_eq(m.e[1].v, "long value", 10));
  ref_map_remove(&m, "x", 1);
  ck_assert_uint_eq(m.n, 1);
  ck_assert(ref_eq(m.e[0].k, "long key", 8));
  ref_map_replace(&m, "long key", 8, "v", 1);
  ck_assert(ref_eq(m.e[0].v, "v", 1));
  ref_map_clear(&m);
}
END_TEST

/* Each entry is one block, key NUL value NUL, and both are terminated. */
static int one_block(const ref_map *m)
{
  for (size_t i = 0; i < m->n; i++) {
    const ref_kv *e = &m->e[i];
    if (e->v.p != e->k.p + e->k.n + 1 || e->k.p[e->k.n] != 0 ||
        e->v.p[e->v.n] != 0 || e->k.n + e->v.n + 2 > e->cap)
      return 0;
  }
  return 1;
}

#define KV(k, v) { { (const uint8_t *)k, sizeof k - 1 }, \
                   { (const uint8_t *)v, sizeof v - 1 } }

/* A map refilled per request, one value replaced by a longer one, keeps
   the blocks of its first round: nothing moves, so nothing was allocated
   (the bench counts it; this says where). */
START_TEST(map_refill_keeps_blocks)
{
  static const pw_pair p[] = {
    KV(":method", "GET"), KV(":path", "/"), KV(":authority", "example.com"),
  };
  static const char lv[] = "a value longer than any block so far";
  ref_map m = {0};
  uint8_t *first[4] = {0};
  ref_kv *arr = NULL;

  for (int r = 0; r < 100; r++) {
    ref_map_from(&m, p, 3);
    ref_map_add(&m, "x-bench", 7, "1", 1);
    ref_map_replace(&m, ":authority", 10, lv, sizeof lv - 1);
    ck_assert_uint_eq(m.n, 4);
    ck_assert(one_block(&m));
    ck_assert(ref_eq(m.e[2].k, ":authority", 10));
    ck_assert(ref_eq(m.e[2].v, lv, sizeof lv - 1));
    ck_assert(ref_eq(m.e[3].k, "x-bench", 7) && ref_eq(m.e[3].v, "1", 1));
    for (int i = 0; i < 4; i++) {
      if (r == 0)
        first[i] = m.e[i].k.p;
      ck_assert_ptr_eq(m.e[i].k.p, first[i]);
    }
    if (r == 0)
      arr = m.e;
    ck_assert_ptr_eq(m.e, arr);
    ref_map_empty(&m);
  }
  ref_map_clear(&m);
}
END_TEST

/* Values shorter, longer (in the block's room, then past it) and taken
   from the entry's own block come out right. */
START_TEST(map_value_resizes)
{
  ref_map m = {0};
  static const char whole[] = "key\0" "0123456789";
  static const char big[] = "0123456789" "0123456789" "0123456789";

  ref_map_add(&m, "key", 3, "0123456789", 10);
  ref_map_add(&m, "next", 4, "n", 1);
  ref_map_replace(&m, "key", 3, "ab", 2);
  ck_assert(ref_eq(m.e[0].v, "ab", 2) && one_block(&m));
  ref_map_replace(&m, "key", 3, "0123456789", 10);
  ck_assert(ref_eq(m.e[0].v, "0123456789", 10) && one_block(&m));
  /* its own bytes, overlapping where they go */
  ref_map_replace(&m, "key", 3, m.e[0].v.p + 2, 5);
  ck_assert(ref_eq(m.e[0].v, "23456", 5) && one_block(&m));
  ref_map_replace(&m, "key", 3, "0123456789", 10);
  /* its whole block, longer than the block holds */
  ref_map_replace(&m, "key", 3, m.e[0].k.p, sizeof whole - 1);
  ck_assert(ref_eq(m.e[0].v, whole, sizeof whole - 1) && one_block(&m));
  ref_map_replace(&m, "key", 3, big, sizeof big - 1);
  ck_assert(ref_eq(m.e[0].v, big, sizeof big - 1) && one_block(&m));
  ck_assert(ref_eq(m.e[0].k, "key", 3));
  ck_assert(ref_eq(m.e[1].k, "next", 4) && ref_eq(m.e[1].v, "n", 1));
  ref_map_replace(&m, "key", 3, "", 0);
  ck_assert(ref_eq(m.e[0].v, "", 0) && one_block(&m));
  ref_map_clear(&m);
}
END_TEST

/* Keys and values of every short length (the copies without a call) and
   past them come out whole, also moved within their own bytes. */
START_TEST(map_copy_lengths)
{
  uint8_t src[64], want[64];
  ref_map m = {0};

  for (size_t i = 0; i < sizeof src; i++)
    src[i] = (uint8_t)(i * 7 + 1);
  for (size_t kn = 0; kn <= 20; kn++)
    for (size_t vn = 0; vn <= 40; vn++) {
      ref_map_empty(&m);
      ref_map_add(&m, src, kn, src + 20, vn);
      ck_assert(ref_eq(m.e[0].k, src, kn) && ref_eq(m.e[0].v, src + 20, vn));
      ck_assert(one_block(&m));
      if (vn < 2)
        continue;
      /* its own value, one byte on: overlapping source and destination */
      memcpy(want, src + 21, vn - 1);
      ref_map_replace(&m, src, kn, m.e[0].v.p + 1, vn - 1);
      ck_assert(ref_eq(m.e[0].v, want, vn - 1) && one_block(&m));
      ck_assert(ref_eq(m.e[0].k, src, kn));
    }
  ref_map_clear(&m);
}
END_TEST

/* Removed entries and repeats leave their blocks for the next adds; the
   rest keep their order. */
START_TEST(map_remove_reuses)
{
  ref_map m = {0};

  ref_map_add(&m, "a", 1, "1", 1);
  ref_map_add(&m, "b", 1, "2", 1);
  ref_map_add(&m, "a", 1, "3", 1);
  ref_map_add(&m, "c", 1, "4", 1);
  ref_map_add(&m, "a", 1, "5", 1);
  ref_map_replace(&m, "a", 1, "9", 1);
  ck_assert_uint_eq(m.n, 3);
  ck_assert(ref_eq(m.e[0].k, "a", 1) && ref_eq(m.e[0].v, "9", 1));
  ck_assert(ref_eq(m.e[1].k, "b", 1) && ref_eq(m.e[2].k, "c", 1));
  ref_map_remove(&m, "b", 1);
  ck_assert_uint_eq(m.n, 2);
  ck_assert(ref_eq(m.e[0].k, "a", 1) && ref_eq(m.e[1].k, "c", 1));
  ck_assert_uint_eq(m.old, 5);
  for (int i = 0; i < 3; i++)
    ref_map_add(&m, "d", 1, "x", 1);
  ck_assert_uint_eq(m.n, 5);
  ck_assert(one_block(&m) && ref_eq(m.e[4].k, "d", 1));
  ref_map_clear(&m);
}
END_TEST

START_TEST(options_parse)
{
  ref_opts o;
  pw_err err;

  ck_assert_int_eq(ref_options(&o, NULL, &err), 0);
  ck_assert_int_eq(o.empty_map_count0 + o.bad_pairs_empty + o.eos_never +
                   o.cas0_create_only + o.log_first + o.local_response, 0);
  ck_assert_int_eq(ref_options(&o, "empty_map=count0,bad_pairs=empty,"
                   "eos_flag=never,cas0=create_only,cas_absent=mismatch,"
                   "close_order=log_done_delete,local_response=trap", &err),
                   0);
  ck_assert_int_eq(o.empty_map_count0 && o.bad_pairs_empty && o.eos_never &&
                   o.cas0_create_only && o.cas_absent_mismatch &&
                   o.log_first, 1);
  ck_assert_int_eq(o.local_response, REF_LR_TRAP);
  ck_assert_int_eq(ref_options(&o, "local_response=first", &err), 0);
  ck_assert_int_eq(o.local_response, REF_LR_FIRST);
  ck_assert_int_eq(o.bad_memory_trap + o.aligned, 0);
  ck_assert_int_eq(ref_options(&o, "bad_memory=trap,,alignment=natural",
                   &err), 0);
  ck_assert_int_eq(o.bad_memory_trap && o.aligned, 1);
  ck_assert_int_eq(o.log_level + o.splice + o.continue_l4 +
                   o.config_buffers, 0);
  ck_assert_int_eq(ref_options(&o, "log_level=off,splice=kong,"
                   "continue_l4=envoy,config_buffers=any", &err), 0);
  ck_assert_int_eq(o.log_level, 6);   /* the seventh value */
  ck_assert_int_eq(o.splice, REF_HOST_KONG);
  ck_assert_int_eq(o.continue_l4, REF_HOST_ENVOY);
  ck_assert_int_eq(o.config_buffers, REF_CFGBUF_ANY);
}
END_TEST

START_TEST(options_errors)
{
  ref_opts o;
  pw_err err;

  ck_assert_int_eq(ref_options(&o, "nope=1", &err), -1);
  ck_assert_ptr_nonnull(strstr(err.msg, "unknown option 'nope'"));
  ck_assert_int_eq(ref_options(&o, "empty_map=zero", &err), -1);
  ck_assert_ptr_nonnull(strstr(err.msg, "empty_map"));
  ck_assert_int_eq(ref_options(&o, "empty_map", &err), -1);
  ck_assert_int_eq(ref_options(&o, "cas0=create_only,x=y", &err), -1);
  ck_assert_int_eq(ref_options(&o, "log_level=verbose", &err), -1);
  ck_assert_ptr_nonnull(strstr(err.msg, "log_level"));
}
END_TEST

int main(void)
{
  Suite *s = suite_create("reference_pure");
  TCase *t = tcase_create("pure"), *c = tcase_create("codec");
  SRunner *r;
  int failed;

  tcase_add_test(c, codec_well_formed);
  tcase_add_test(c, codec_empty_forms);
  tcase_add_test(c, codec_malformed);
  tcase_add_test(c, codec_no_wrap);
  tcase_add_test(c, codec_partial);
  tcase_add_test(c, codec_names);
  tcase_add_test(c, codec_write_exact);
  tcase_add_test(c, codec_round_trip);
  suite_add_tcase(s, c);

  tcase_add_test(t, encode_exact);
  tcase_add_test(t, encode_empty);
  tcase_add_test(t, encode_binary_and_dups);
  tcase_add_test(t, decode_roundtrip);
  tcase_add_test(t, decode_empty_forms);
  tcase_add_test(t, decode_malformed);
  tcase_add_test(t, map_replace_remove);
  tcase_add_test(t, map_empty_refill);
  tcase_add_test(t, map_refill_keeps_blocks);
  tcase_add_test(t, map_value_resizes);
  tcase_add_test(t, map_remove_reuses);
  tcase_add_test(t, map_copy_lengths);
  tcase_add_test(t, ids_table);
  tcase_add_test(t, options_parse);
  tcase_add_test(t, options_errors);
  suite_add_tcase(s, t);
  r = srunner_create(s);
  srunner_run_all(r, CK_NORMAL);
  failed = srunner_ntests_failed(r);
  srunner_free(r);
  return failed ? 1 : 0;
}
