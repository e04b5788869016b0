/*
 * Reads the imports and exports of a Wasm binary (see wasm_info.h).
 *
 * Every read goes through `rd`, which knows where the current section ends;
 * nothing is read past it, and every count is checked against the bytes
 * left before anything is allocated for it.  The first error wins and
 * names the offset where it was found.
 */
#include <stdlib.h>
#include <string.h>

#include "wasm_info.h"

typedef struct rd {
  const uint8_t *b;
  size_t pos, end;       /* end: of the current section (or the input) */
  pw_err *err;
} rd;

/* What the sections tell about the function index space. */
typedef struct mod {
  char **types;          /* signature of each type, "ii:i" */
  size_t ntypes;
  uint32_t *funcs;       /* type index of each function, imports first */
  size_t nfuncs;
  pw_wasm_info *out;
} mod;

static int fail(rd *r, const char *what)
{
  pw_errf(r->err, "malformed wasm: %s at offset %zu", what, r->pos);
  return -1;
}

static size_t left(const rd *r)
{
  return r->end - r->pos;
}

static int byte(rd *r, uint8_t *v, const char *what)
{
  if (r->pos >= r->end)
    return fail(r, what);
  *v = r->b[r->pos++];
  return 0;
}

/* Unsigned LEB128 of at most `bits` bits, in the fewest bytes allowed. */
static int leb(rd *r, unsigned bits, uint64_t *v, const char *what)
{
  size_t start = r->pos;
  unsigned shift = 0;
  uint8_t c;

  *v = 0;
  do {
    if (r->pos >= r->end)
      return fail(r, what);
    c = r->b[r->pos++];
    if (shift + 7 > bits && (c & 0x7f) >> (bits - shift) != 0) {
      r->pos = start;
      return fail(r, "integer too large");
    }
    *v |= (uint64_t)(c & 0x7f) << shift;
    shift += 7;
  } while ((c & 0x80) && shift < bits);
  if (c & 0x80) {
    r->pos = start;
    return fail(r, "integer representation too long");
  }
  return 0;
}

static int u32(rd *r, uint32_t *v, const char *what)
{
  uint64_t x;

  if (leb(r, 32, &x, what) != 0)
    return -1;
  *v = (uint32_t)x;
  return 0;
}

/* A count of items of at least `min` bytes each: must fit what is left. */
static int count(rd *r, size_t min, uint32_t *n)
{
  if (u32(r, n, "unexpected end") != 0)
    return -1;
  if (*n > left(r) / min)
    return fail(r, "count larger than the section");
  return 0;
}

/* Well-formed UTF-8 (no overlongs, surrogates or > U+10FFFF), no NUL. */
static int utf8_ok(const uint8_t *s, size_t n)
{
  size_t i = 0, k;
  uint32_t c;

  while (i < n) {
    if (s[i] == 0)
      return 0;
    if (s[i] < 0x80) {
      i++;
      continue;
    }
    k = s[i] >= 0xf0 ? 3 : s[i] >= 0xe0 ? 2 : s[i] >= 0xc0 ? 1 : 0;
    if (k == 0 || s[i] > 0xf4 || n - i <= k)
      return 0;
    c = s[i] & (0x3f >> k);
    for (size_t j = 1; j <= k; j++) {
      if ((s[i + j] & 0xc0) != 0x80)
        return 0;
      c = c << 6 | (s[i + j] & 0x3f);
    }
    if (c < (k == 1 ? 0x80u : k == 2 ? 0x800u : 0x10000u)
        || (c >= 0xd800 && c <= 0xdfff) || c > 0x10ffff)
      return 0;
    i += k + 1;
  }
  return 1;
}

static int name(rd *r, char **s)
{
  uint32_t n;

  if (u32(r, &n, "unexpected end") != 0)
    return -1;
  if (n > left(r))
    return fail(r, "name longer than the section");
  if (!utf8_ok(r->b + r->pos, n))
    return fail(r, "name is not UTF-8 (or holds NUL)");
  if ((*s = malloc((size_t)n + 1)) == NULL)
    return fail(r, "out of memory");
  memcpy(*s, r->b + r->pos, n);
  (*s)[n] = '\0';
  r->pos += n;
  return 0;
}

static int valtype(rd *r, char *c)
{
  static const char codes[] = "\x7fi\x7eI\x7d" "f\x7c" "F\x7bv\x70r\x6fx";
  uint8_t t;

  if (byte(r, &t, "unexpected end") != 0)
    return -1;
  for (const char *p = codes; *p; p += 2)
    if ((uint8_t)*p == t) {
      *c = p[1];
      return 0;
    }
  r->pos--;
  return fail(r, "unknown value type");
}

const char *pw_wasm_type(char code)
{
  switch (code) {
  case 'i': return "i32";
  case 'I': return "i64";
  case 'f': return "f32";
  case 'F': return "f64";
  case 'v': return "v128";
  case 'r': return "funcref";
  case 'x': return "externref";
  }
  return "?";
}

/* A vector of value types, appended to sig at *at. */
static int valtypes(rd *r, char **sig, size_t *at, size_t extra)
{
  uint32_t n;
  char *s;

  if (count(r, 1, &n) != 0)
    return -1;
  if ((s = realloc(*sig, *at + n + extra + 1)) == NULL)
    return fail(r, "out of memory");
  *sig = s;
  for (uint32_t i = 0; i < n; i++)
    if (valtype(r, &s[(*at)++]) != 0)
      return -1;
  return 0;
}

static int functype(rd *r, char **sig)
{
  uint8_t form;
  size_t at = 0;

  *sig = NULL;
  if (byte(r, &form, "unexpected end") != 0)
    return -1;
  if (form != 0x60) {
    r->pos--;
    return fail(r, "not a function type");
  }
  if (valtypes(r, sig, &at, 1) != 0)
    return -1;
  (*sig)[at++] = ':';
  if (valtypes(r, sig, &at, 0) != 0)
    return -1;
  (*sig)[at] = '\0';
  return 0;
}

static int sec_type(rd *r, mod *m)
{
  uint32_t n;

  if (count(r, 3, &n) != 0)
    return -1;
  if ((m->types = calloc(n ? n : 1, sizeof *m->types)) == NULL)
    return fail(r, "out of memory");
  for (m->ntypes = 0; m->ntypes < n; m->ntypes++)
    if (functype(r, &m->types[m->ntypes]) != 0) {
      free(m->types[m->ntypes]);
      return -1;
    }
  return 0;
}

static int typeidx(rd *r, const mod *m, uint32_t *t)
{
  size_t at = r->pos;

  if (u32(r, t, "unexpected end") != 0)
    return -1;
  if (*t >= m->ntypes) {
    r->pos = at;
    return fail(r, "type index out of range");
  }
  return 0;
}

static int limits(rd *r)
{
  uint8_t flags;
  uint64_t v;

  if (byte(r, &flags, "unexpected end") != 0)
    return -1;
  if (flags > 7) {
    r->pos--;
    return fail(r, "bad limits flags");
  }
  unsigned bits = flags & 4 ? 64 : 32;
  if (leb(r, bits, &v, "unexpected end") != 0)
    return -1;
  return flags & 1 ? leb(r, bits, &v, "unexpected end") : 0;
}

static int reftype(rd *r)
{
  char c;

  if (valtype(r, &c) != 0)
    return -1;
  if (c != 'r' && c != 'x') {
    r->pos--;
    return fail(r, "not a reference type");
  }
  return 0;
}

static int globaltype(rd *r)
{
  char c;
  uint8_t mut;

  if (valtype(r, &c) != 0 || byte(r, &mut, "unexpected end") != 0)
    return -1;
  if (mut > 1) {
    r->pos--;
    return fail(r, "bad global mutability");
  }
  return 0;
}

static char *dup(const char *s)
{
  size_t n = strlen(s) + 1;
  char *d = malloc(n);

  return d ? memcpy(d, s, n) : NULL;
}

/* The description of an import: a function takes a slot in m->funcs. */
static int importdesc(rd *r, mod *m, pw_wasm_extern *x)
{
  uint8_t kind;
  uint32_t t;

  if (byte(r, &kind, "unexpected end") != 0)
    return -1;
  switch (kind) {
  case 0:
    x->kind = 'f';
    if (typeidx(r, m, &t) != 0)
      return -1;
    if ((x->sig = dup(m->types[t])) == NULL)
      return fail(r, "out of memory");
    m->funcs[m->nfuncs++] = t;
    return 0;
  case 1: x->kind = 't'; return reftype(r) != 0 ? -1 : limits(r);
  case 2: x->kind = 'm'; return limits(r);
  case 3: x->kind = 'g'; return globaltype(r);
  }
  r->pos--;
  return fail(r, "unknown import kind");
}

static int sec_import(rd *r, mod *m)
{
  pw_wasm_info *o = m->out;
  uint32_t n;

  if (count(r, 4, &n) != 0)
    return -1;
  o->imports = calloc(n ? n : 1, sizeof *o->imports);
  m->funcs = calloc(n ? n : 1, sizeof *m->funcs);
  if (o->imports == NULL || m->funcs == NULL)
    return fail(r, "out of memory");
  for (; o->nimports < n; o->nimports++) {
    pw_wasm_extern *x = &o->imports[o->nimports];
    if (name(r, &x->module) != 0 || name(r, &x->name) != 0
        || importdesc(r, m, x) != 0) {
      o->nimports++;       /* free what was filled in */
      return -1;
    }
  }
  return 0;
}

static int sec_function(rd *r, mod *m)
{
  uint32_t n, *f;

  if (count(r, 1, &n) != 0)
    return -1;
  if ((f = realloc(m->funcs, (m->nfuncs + n + 1) * sizeof *f)) == NULL)
    return fail(r, "out of memory");
  m->funcs = f;
  for (uint32_t i = 0; i < n; i++)
    if (typeidx(r, m, &f[m->nfuncs++]) != 0)
      return -1;
  return 0;
}

static int exportdesc(rd *r, mod *m, pw_wasm_extern *x)
{
  static const char kinds[] = "ftmg";
  uint8_t kind;
  uint32_t i;
  size_t at;

  if (byte(r, &kind, "unexpected end") != 0)
    return -1;
  if (kind > 3) {
    r->pos--;
    return fail(r, "unknown export kind");
  }
  x->kind = kinds[kind];
  at = r->pos;
  if (u32(r, &i, "unexpected end") != 0)
    return -1;
  if (kind != 0)
    return 0;
  if (i >= m->nfuncs) {
    r->pos = at;
    return fail(r, "function index out of range");
  }
  if ((x->sig = dup(m->types[m->funcs[i]])) == NULL)
    return fail(r, "out of memory");
  return 0;
}

static int sec_export(rd *r, mod *m)
{
  pw_wasm_info *o = m->out;
  uint32_t n;

  if (count(r, 3, &n) != 0)
    return -1;
  if ((o->exports = calloc(n ? n : 1, sizeof *o->exports)) == NULL)
    return fail(r, "out of memory");
  for (; o->nexports < n; o->nexports++) {
    pw_wasm_extern *x = &o->exports[o->nexports];
    if (name(r, &x->name) != 0 || exportdesc(r, m, x) != 0) {
      o->nexports++;
      return -1;
    }
  }
  return 0;
}

/* Position of a section id in the required order; 0 custom, -1 unknown. */
static int rank(uint8_t id)
{
  static const signed char order[] = {
    0, 1, 2, 3, 4, 5, 7, 8, 9, 10, 12, 13, 11, 6
  };
  return id < sizeof order ? order[id] : -1;
}

static int section(rd *r, mod *m, uint8_t id)
{
  int rc;

  switch (id) {
  case 1: rc = sec_type(r, m); break;
  case 2: rc = sec_import(r, m); break;
  case 3: rc = sec_function(r, m); break;
  case 7: rc = sec_export(r, m); break;
  default: r->pos = r->end; return 0;    /* not ours: skip */
  }
  if (rc == 0 && r->pos != r->end)
    return fail(r, "section size mismatch");
  return rc;
}

static int sections(rd *r, mod *m)
{
  size_t total = r->end;
  int last = 0;
  uint8_t id;
  uint32_t size;

  while (r->pos < total) {
    size_t at = r->pos;
    if (byte(r, &id, "unexpected end") != 0
        || u32(r, &size, "unexpected end") != 0)
      return -1;
    if (rank(id) < 0 || (rank(id) > 0 && rank(id) <= last)) {
      r->pos = at;
      return fail(r, rank(id) < 0 ? "unknown section"
                                  : "section out of order");
    }
    if (size > left(r))
      return fail(r, "section larger than the module");
    last = rank(id) > 0 ? rank(id) : last;
    r->end = r->pos + size;
    if (section(r, m, id) != 0)
      return -1;
    r->end = total;
  }
  return 0;
}

static int header(rd *r)
{
  static const uint8_t magic[4] = {0, 'a', 's', 'm'};
  static const uint8_t version[4] = {1, 0, 0, 0};

  if (left(r) < 4 || memcmp(r->b, magic, 4) != 0)
    return fail(r, "bad magic");
  r->pos = 4;
  if (left(r) < 4 || memcmp(r->b + 4, version, 4) != 0)
    return fail(r, "unsupported version");
  r->pos = 8;
  return 0;
}

static void free_ext(pw_wasm_extern *x, size_t n)
{
  for (size_t i = 0; i < n; i++) {
    free(x[i].module);
    free(x[i].name);
    free(x[i].sig);
  }
  free(x);
}

int pw_wasm_info_read(const uint8_t *wasm, size_t len, pw_wasm_info *out,
                      pw_err *err)
{
  rd r = {wasm, 0, len, err};
  mod m = {NULL, 0, NULL, 0, out};
  int rc;

  memset(out, 0, sizeof *out);
  if (wasm == NULL)
    len = 0, r.end = 0;
  rc = header(&r) != 0 ? -1 : sections(&r, &m);
  for (size_t i = 0; i < m.ntypes; i++)
    free(m.types[i]);
  free(m.types);
  free(m.funcs);
  if (rc != 0)
    pw_wasm_info_free(out);
  return rc;
}

void pw_wasm_info_free(pw_wasm_info *info)
{
  if (info == NULL)
    return;
  free_ext(info->imports, info->nimports);
  free_ext(info->exports, info->nexports);
  memset(info, 0, sizeof *info);
}
