/*
 * Decoding raw arguments for transcripts.  Everything read from guest
 * memory is bounds-checked: a hostile guest gets "<bad ptr>", not a crash.
 */
#include <inttypes.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "decode.h"

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

const char *pw_variant_name(const pw_abi *abi, const char *type, uint32_t v)
{
  for (size_t i = 0; i < abi->nvariants; i++)
    if (abi->variants[i].value == v &&
        strcmp(abi->variants[i].type, type) == 0)
      return abi->variants[i].name;
  return NULL;
}

static const uint8_t *at(pw_view v, uint64_t ptr, uint64_t len)
{
  if (v.mem == NULL || ptr + len > v.size)
    return NULL;
  return v.mem + ptr;
}

static uint32_t le32(const uint8_t *p)
{
  return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 |
         (uint32_t)p[3] << 24;
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
  const uint8_t *s = at(v, ptr, len);

  if (s == NULL)
    put(b, "<bad ptr 0x%" PRIx32 "+%" PRIu32 ">", ptr, len);
  else
    quoted(b, s, len);
}

/* Pairs: {k: v, ...}; anything malformed is shown as such. */
static void pairs(sbuf *b, pw_view v, uint32_t ptr, uint32_t len)
{
  const uint8_t *s = at(v, ptr, len);
  uint64_t n, off;

  if (s == NULL || len < 4) {
    bytes(b, v, ptr, len);
    return;
  }
  n = le32(s);
  off = 4 + 8 * n;
  if (off > len) {
    put(b, "<malformed pairs: count %" PRIu64 ">", n);
    return;
  }
  put(b, "{");
  for (uint64_t i = 0; i < n; i++) {
    uint64_t kl = le32(s + 4 + 8 * i), vl = le32(s + 8 + 8 * i);
    if (off + kl + vl + 2 > len || s[off + kl] || s[off + kl + 1 + vl]) {
      put(b, "<malformed pairs>}");
      return;
    }
    put(b, i ? ", " : "");
    quoted(b, s + off, (uint32_t)kl);
    put(b, ": ");
    quoted(b, s + off + kl + 1, (uint32_t)vl);
    off += kl + vl + 2;
  }
  put(b, off == len ? "}" : "} <trailing bytes>");
}

static void scalar(sbuf *b, const pw_abi *abi, const char *code, uint64_t x)
{
  const char *name;

  switch (code[0]) {
  case 's': put(b, "%" PRId32, (int32_t)x); return;
  case 'S': put(b, "%" PRId64, (int64_t)x); return;
  case 'e': case 'f':
    name = pw_variant_name(abi, code + 2, (uint32_t)x);
    if (name != NULL) {
      put(b, "%s", name);
      return;
    }
    put(b, "%" PRIu32 "?", (uint32_t)x);   /* not a value of its type */
    return;
  default: put(b, "%" PRIu64, x); return;
  }
}

/* An out-pointer; after success, what the host stored there. */
static void out(sbuf *b, pw_view v, const char *code, const uint64_t *a,
                int done)
{
  const uint8_t *p, *q;

  if (code[0] == 'O') {
    p = at(v, a[0], 4);
    q = at(v, a[1], 4);
    put(b, "@0x%" PRIx32 "/@0x%" PRIx32, (uint32_t)a[0], (uint32_t)a[1]);
    if (done && p != NULL && q != NULL) {
      put(b, "=>");
      bytes(b, v, le32(p), le32(q));
    }
    return;
  }
  put(b, "@0x%" PRIx32, (uint32_t)a[0]);
  p = at(v, a[0], code[1] == '8' ? 8 : 4);
  if (done && p != NULL)
    put(b, "=>%" PRIu64, code[1] == '8'
        ? (uint64_t)le32(p) | (uint64_t)le32(p + 4) << 32 : le32(p));
}

/* One "name:code" token: renders it and returns how many args it used. */
static int one(sbuf *b, const pw_abi *abi, const char *name, size_t nlen,
               const char *code, const uint64_t *a, pw_view v, int done)
{
  put(b, "%.*s=", (int)nlen, name);
  switch (code[0]) {
  case 'b': case 'n': bytes(b, v, (uint32_t)a[0], (uint32_t)a[1]); return 2;
  case 'p': pairs(b, v, (uint32_t)a[0], (uint32_t)a[1]); return 2;
  case 'O': out(b, v, code, a, done); return 2;
  case 'o': out(b, v, code, a, done); return 1;
  default: scalar(b, abi, code, a[0]); return 1;
  }
}

size_t pw_decode_value(const pw_abi *abi, const char *code, uint64_t x,
                       char *buf, size_t cap)
{
  sbuf b = { buf, 0, cap };

  if (cap == 0)
    return 0;
  buf[0] = '\0';
  scalar(&b, abi, code, x);
  return b.len;
}

size_t pw_decode(const pw_abi *abi, const char *layout, const uint64_t *args,
                 pw_view v, int done, char *buf, size_t cap)
{
  sbuf b = { buf, 0, cap };
  char code[64];
  const char *p = layout;

  if (cap == 0)
    return 0;
  buf[0] = '\0';
  while (*p) {
    const char *colon = strchr(p, ':'), *end = strchr(p, ' ');
    size_t clen;
    if (colon == NULL)
      break;
    if (end == NULL)
      end = p + strlen(p);
    clen = (size_t)(end - colon - 1);
    if (clen >= sizeof code)
      clen = sizeof code - 1;
    memcpy(code, colon + 1, clen);
    code[clen] = '\0';
    put(&b, b.len ? ", " : "");
    args += one(&b, abi, p, (size_t)(colon - p), code, args, v, done);
    p = *end ? end + 1 : end;
  }
  return b.len;
}
