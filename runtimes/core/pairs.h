/*
 * The `pairs` encoding of a header map: pwabi's one codec for it.
 *
 *   u32 count | count x (u32 key_len, u32 value_len) |
 *   count x (key bytes, NUL, value bytes, NUL)
 *
 * Numbers are little-endian; lengths exclude the NULs; keys may repeat
 * and may hold any byte.
 *
 * The rule.  A blob is well-formed when it is
 *   - empty (length 0) or the single byte 0x00: the empty map, as the
 *     Proxy-Wasm spec 0.2.1 spells it.  Both forms are part of the rule,
 *     not of one caller, so every reader in pwabi takes them alike
 *     (conformance/cases/headers/set_pairs_empty_forms);
 *   - or a count, the count's length table and count entries, each key and
 *     value followed by a NUL, with no byte left over.
 * Anything else is malformed.  Reading from the start, the first problem
 * is reported as one of:
 *   PW_PAIRS_SHORT     1 to 3 bytes (other than the single 0x00): no count
 *   PW_PAIRS_COUNT     the count cannot fit: 4 + 10 x count > length (each
 *                      entry takes 8 table bytes and 2 NULs at least)
 *   PW_PAIRS_TRUNCATED a key or value, with its NUL, runs past the end
 *   PW_PAIRS_NUL       the byte after a key or value is not NUL
 *   PW_PAIRS_TRAILING  bytes after the last entry
 * pw_pairs_error_name words each, so every caller says it the same way.
 *
 * Offsets and sizes are computed in 64 bits: no count or length, however
 * large, wraps.  Taking (pointer, length) and nothing of the glue, this
 * header stands alone.
 */
#ifndef PW_PAIRS_H
#define PW_PAIRS_H

#include <stdint.h>

enum {
  PW_PAIRS_OK = 0,
  PW_PAIRS_SHORT,
  PW_PAIRS_COUNT,
  PW_PAIRS_TRUNCATED,
  PW_PAIRS_NUL,
  PW_PAIRS_TRAILING
};

/* "truncated count", "count past the end", ...; "ok" for PW_PAIRS_OK. */
const char *pw_pairs_error_name(int err);

/* Check a whole blob: PW_PAIRS_OK or its first problem.  *count (may be
   NULL): its number of entries, 0 when malformed.  A checked count is at
   most len / 10, so arrays may be sized by it. */
int pw_pairs_check(const uint8_t *p, uint32_t len, uint32_t *count);

/* One entry: slices of the blob, without their NULs. */
typedef struct pw_pairs_entry {
  const uint8_t *key, *value;
  uint32_t key_len, value_len;
} pw_pairs_entry;

/*
 * Reading entries in order.  The iterator applies the rule as it goes, so
 * it reads unchecked blobs too: it yields every well-formed entry before
 * the first problem, then stops with `err` set.
 *
 *   pw_pairs_iter it;
 *   pw_pairs_entry e;
 *   pw_pairs_begin(&it, p, len);
 *   while (pw_pairs_next(&it, &e))
 *     use(e);
 *   if (it.err != PW_PAIRS_OK) ...
 */
typedef struct pw_pairs_iter {
  const uint8_t *p;
  uint32_t len;
  uint32_t count;    /* the header's count (0 for the empty forms) */
  uint32_t i;        /* entries read so far */
  uint64_t at;       /* where the next key starts */
  int err;           /* PW_PAIRS_OK, or the first problem met */
} pw_pairs_iter;

/* Reads the header; returns it->err (PW_PAIRS_SHORT, PW_PAIRS_COUNT: then
   no entry follows; it->count still holds a COUNT blob's count). */
int pw_pairs_begin(pw_pairs_iter *it, const uint8_t *p, uint32_t len);

/* 1 and *e set; or 0: past the last entry, or stopped at a problem
   (it->err; at the end, PW_PAIRS_TRAILING when bytes are left). */
int pw_pairs_next(pw_pairs_iter *it, pw_pairs_entry *e);

/*
 * Writing.  The size of `count` entries whose keys and values hold
 * `bytes` bytes in all is 4 + 10 x count + bytes (count below 2^32: no
 * wrap); a blob must not exceed UINT32_MAX.  Into a buffer of that size,
 * pw_pairs_start writes the count and each pw_pairs_put one entry: call
 * it exactly `count` times.  Count 0 writes the 4-byte form; whoever
 * wants length 0 for an empty map sends nothing instead.
 */
uint64_t pw_pairs_size(uint64_t count, uint64_t bytes);

typedef struct pw_pairs_writer {
  uint8_t *p;
  uint32_t i;        /* entries written so far */
  uint64_t at;       /* where the next key goes */
} pw_pairs_writer;

void pw_pairs_start(pw_pairs_writer *w, uint8_t *buf, uint32_t count);
void pw_pairs_put(pw_pairs_writer *w, const void *key, uint32_t key_len,
                  const void *value, uint32_t value_len);

#endif /* PW_PAIRS_H */
