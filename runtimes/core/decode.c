/*
 * Decoding raw arguments for transcripts.  Everything read from guest
 * memory is bounds-checked: a hostile guest gets "<bad ptr>", not a crash.
 */
#include <inttypes.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "decode.h"
#include "pairs.h"

#define SHOW_MAX 48       /* bytes of a string shown before "..." */

typedef struct sbuf {
  char *p;
  size_t len, cap;
} sbuf;

static void put(sbuf *b, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

static void put(sbuf *b, const char *fmt, ...)
{
  va_list ap;
  int n;

  if (b->len + 1 >= b->cap)
    return;
  va_start(ap, fmt);
  n = vsnprintf(b->p + b->len, b->cap - b->len, fmt, ap);
  va_end(ap);
  if (n < 0)
    return;
  b->len += (size_t)n;
  if (b->len >= b->cap) {   /* truncated: mark it */
    b->len = b->cap - 1;
    if (b->cap > 4)
      memcpy(b->p + b->cap - 4, "...", 4);
  }
}

/* A byte string as a C literal, shortened past SHOW_MAX. */
static void quoted(sbuf *b, const uint8_t *s, uint32_t n)
{
  put(b, "\"");
  for (uint32_t i = 0; i < n && i < SHOW_MAX; i++) {
    uint8_t c = s[i];
    if (c == '"' || c == '\\')
      put(b, "\\%c", c);
    else if (c >= 0x20 && c < 0x7f)
      put(b, "%c", c);
    else
      put(b, "\\x%02x", c);
  }
  put(b, n > SHOW_MAX ? "\"...(%" PRIu32 " bytes)" : "\"", n);
}

static void bytes(sbuf *b, pw_view v, uint32_t ptr, uint32_t len)
{
  const uint8_t *s = pw_view_at(v, ptr, len);

  if (s == NULL)
    put(b, "<bad ptr 0x%" PRIx32 "+%" PRIu32 ">", ptr, len);
  else
    quoted(b, s, len);
}

/* Pairs: {k: v, ...}, then the codec's word for what is malformed. */
static void pairs(sbuf *b, pw_view v, uint32_t ptr, uint32_t len)
{
  const uint8_t *s = pw_view_at(v, ptr, len);
  pw_pairs_iter it;
  pw_pairs_entry e;

  if (s == NULL) {
    bytes(b, v, ptr, len);
    return;
  }
  pw_pairs_begin(&it, s, len);
  put(b, "{");
  while (pw_pairs_next(&it, &e)) {
    put(b, it.i > 1 ? ", " : "");
    quoted(b, e.key, e.key_len);
    put(b, ": ");
    quoted(b, e.value, e.value_len);
  }
  put(b, "}");
  if (it.err != PW_PAIRS_OK)
    put(b, " <malformed pairs: %s>", pw_pairs_error_name(it.err));
}

static void scalar(sbuf *b, const pw_abi *abi, const pw_arg *a, uint64_t x)
{
  const char *name;

  switch (a->kind) {
  case PW_ARG_S32: put(b, "%" PRId32, (int32_t)x); return;
  case PW_ARG_S64: put(b, "%" PRId64, (int64_t)x); return;
  case PW_ARG_ENUM: case PW_ARG_FLAGS:
    name = pw_variant_name(abi, a->type, (uint32_t)x);
    if (name != NULL)
      put(b, "%s", name);
    else
      put(b, "%" PRIu32 "?", (uint32_t)x);   /* not a value of its type */
    return;
  default: put(b, "%" PRIu64, x); return;
  }
}

/* An out-pointer; after success, what the host stored there. */
static void out(sbuf *b, pw_view v, const pw_arg *a, const uint64_t *raw,
                int done)
{
  pw_outval o;
  int ok = done && pw_arg_out(v, a, raw, &o) == 0;

  put(b, "@0x%" PRIx32, (uint32_t)raw[0]);
  if (a->kind == PW_ARG_OUT_BYTES)
    put(b, "/@0x%" PRIx32, (uint32_t)raw[1]);
  if (!ok)
    return;
  put(b, "=>");
  if (a->kind == PW_ARG_OUT)
    put(b, "%" PRIu64, o.num);
  else
    bytes(b, v, o.addr, o.len);
}

/* WASI iovecs: the pieces in order, each as a string. */
static void iovecs(sbuf *b, pw_view v, uint32_t ptr, uint32_t count)
{
  const uint8_t *list = pw_view_at(v, ptr, 8 * (uint64_t)count);

  if (list == NULL) {
    put(b, "<bad iovecs 0x%" PRIx32 "*%" PRIu32 ">", ptr, count);
    return;
  }
  put(b, "[");
  for (uint32_t i = 0; i < count; i++) {
    put(b, i ? ", " : "");
    bytes(b, v, pw_le32(list + 8 * (uint64_t)i),
          pw_le32(list + 8 * (uint64_t)i + 4));
  }
  put(b, "]");
}

static void one(sbuf *b, const pw_abi *abi, const pw_arg *a,
                const uint64_t *raw, pw_view v, int done)
{
  put(b, "%s%s=", b->len ? ", " : "", a->name);
  switch (a->kind) {
  case PW_ARG_BYTES: case PW_ARG_PATH:
    bytes(b, v, (uint32_t)raw[0], (uint32_t)raw[1]);
    return;
  case PW_ARG_PAIRS: pairs(b, v, (uint32_t)raw[0], (uint32_t)raw[1]); return;
  case PW_ARG_OUT: case PW_ARG_OUT_BYTES: out(b, v, a, raw, done); return;
  case PW_ARG_IOVECS: iovecs(b, v, (uint32_t)raw[0], (uint32_t)raw[1]); return;
  case PW_ARG_FILL:
    put(b, "@0x%" PRIx32 "+%" PRIu32, (uint32_t)raw[0], (uint32_t)raw[1]);
    return;
  case PW_ARG_ARRAY: put(b, "@0x%" PRIx32, (uint32_t)raw[0]); return;
  default: scalar(b, abi, a, raw[0]); return;
  }
}

size_t pw_decode(const pw_abi *abi, const pw_arg *args, size_t nargs,
                 const uint64_t *raw, size_t nraw, pw_view v, int done,
                 char *buf, size_t cap)
{
  sbuf b = { buf, 0, cap };
  pw_args_it it;
  const pw_arg *a;
  const uint64_t *x;

  if (cap == 0)
    return 0;
  buf[0] = '\0';
  pw_args_begin(&it, args, nargs, raw, nraw);
  while ((a = pw_args_next(&it, &x)) != NULL)
    one(&b, abi, a, x, v, done);
  return b.len;
}
