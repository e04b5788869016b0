/*
 * The observer of a certification run: it keeps the events of the current
 * step for the executor (host calls with the out-values read back from
 * guest memory, top-level callbacks, logs, traps) and records coverage:
 * manifest items as "kind\tname", decided by the layouts of the ABI's
 * tables and the parameter types of its .def file.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <lauxlib.h>

#include "certify.h"
#include "decode.h"

/* Parameter types of each ABI version, from the generated .def. */
typedef struct cf_param {
  const char *fn, *name, *type, *dir;
} cf_param;

static const cf_param params_v1alpha[] = {
#define PW_PARAM(f, n, t, d) {#f, #n, #t, #d},
#include "pw_v1a_abi.def"
  {NULL, NULL, NULL, NULL}
};

static const struct {
  const char *abi;
  const cf_param *params;
} param_tables[] = {
  {"v1alpha", params_v1alpha},
};

const char *cf_param_type(const char *abi, const char *fn, const char *name)
{
  for (size_t t = 0; t < sizeof param_tables / sizeof param_tables[0]; t++) {
    const cf_param *p = param_tables[t].params;
    if (strcmp(param_tables[t].abi, abi) != 0)
      continue;
    for (; p->fn != NULL; p++)
      if (strcmp(p->fn, fn) == 0 && strcmp(p->name, name) == 0)
        return p->type;
  }
  return NULL;
}

/* --- string sets -------------------------------------------------------- */

static size_t set_find(const cf_set *set, const char *s, int *found)
{
  size_t lo = 0, hi = set->n;

  *found = 0;
  while (lo < hi) {
    size_t mid = (lo + hi) / 2;
    int c = strcmp(set->s[mid], s);
    if (c == 0) {
      *found = 1;
      return mid;
    }
    if (c < 0)
      lo = mid + 1;
    else
      hi = mid;
  }
  return lo;
}

int cf_set_add(cf_set *set, const char *s)
{
  int found;
  size_t at = set_find(set, s, &found);
  char *copy;

  if (found)
    return 0;
  if (set->n == set->cap) {
    size_t cap = set->cap ? set->cap * 2 : 64;
    char **ns = realloc(set->s, cap * sizeof *ns);
    if (ns == NULL)
      abort();
    set->s = ns;
    set->cap = cap;
  }
  if ((copy = strdup(s)) == NULL)
    abort();
  memmove(set->s + at + 1, set->s + at, (set->n - at) * sizeof *set->s);
  set->s[at] = copy;
  set->n++;
  return 1;
}

int cf_set_has(const cf_set *set, const char *s)
{
  int found;

  set_find(set, s, &found);
  return found;
}

void cf_set_free(cf_set *set)
{
  for (size_t i = 0; i < set->n; i++)
    free(set->s[i]);
  free(set->s);
  memset(set, 0, sizeof *set);
}

/* --- events ------------------------------------------------------------- */

enum { EV_CALL, EV_CALLBACK, EV_LOG, EV_TRAP };

#define MAX_OUT 4

typedef struct cf_out {
  char name[48];
  int is_bytes;
  uint8_t *bytes;
  uint32_t len;
  uint64_t num;
} cf_out;

typedef struct cf_ev {
  int kind, depth, has_result, rc;
  uint64_t result;
  char name[64];
  const char *rtype;        /* callback: enum type of its result */
  char *text;               /* log message (raw bytes) */
  size_t text_len;
  char trap[24], where[64], msg[256];
  cf_out out[MAX_OUT];
  int nout;
} cf_ev;

struct cf_obs {
  const pw_abi *abi;
  cf_ev *ev;
  size_t n, cap;
  cf_set cov;
};

cf_obs *cf_obs_new(const pw_abi *abi)
{
  cf_obs *o = calloc(1, sizeof *o);

  if (o == NULL)
    abort();
  o->abi = abi;
  return o;
}

static void clear_events(cf_obs *o)
{
  for (size_t i = 0; i < o->n; i++) {
    for (int k = 0; k < o->ev[i].nout; k++)
      free(o->ev[i].out[k].bytes);
    free(o->ev[i].text);
  }
  o->n = 0;
}

void cf_obs_free(cf_obs *o)
{
  if (o == NULL)
    return;
  clear_events(o);
  free(o->ev);
  cf_set_free(&o->cov);
  free(o);
}

const cf_set *cf_obs_coverage(const cf_obs *o)
{
  return &o->cov;
}

static cf_ev *new_event(cf_obs *o, int kind, const pw_event *e)
{
  cf_ev *ev;

  if (o->n == o->cap) {
    size_t cap = o->cap ? o->cap * 2 : 32;
    cf_ev *nv = realloc(o->ev, cap * sizeof *nv);
    if (nv == NULL)
      abort();
    o->ev = nv;
    o->cap = cap;
  }
  ev = &o->ev[o->n++];
  memset(ev, 0, sizeof *ev);
  ev->kind = kind;
  ev->depth = e->depth;
  ev->has_result = e->has_result;
  ev->result = e->result;
  ev->rc = e->rc;
  snprintf(ev->name, sizeof ev->name, "%s", e->name ? e->name : "?");
  return ev;
}

/* --- coverage ----------------------------------------------------------- */

static void cover(cf_obs *o, const char *kind, const char *a, const char *b)
{
  char key[256];

  snprintf(key, sizeof key, "%s\t%s%s%s", kind, a, b ? "." : "",
           b ? b : "");
  cf_set_add(&o->cov, key);
}

static int is_variant_type(const pw_abi *abi, const char *type)
{
  for (size_t i = 0; i < abi->nvariants; i++)
    if (strcmp(abi->variants[i].type, type) == 0)
      return 1;
  return 0;
}

/* A value of `type` crossed: the type, and its variant (flags: each bit). */
static void cover_value(cf_obs *o, const char *type, int flags, uint64_t x)
{
  const char *name;

  cover(o, "type", type, NULL);
  if (!flags) {
    if ((name = pw_variant_name(o->abi, type, (uint32_t)x)) != NULL)
      cover(o, "variant", type, name);
    return;
  }
  for (size_t i = 0; i < o->abi->nvariants; i++) {
    const pw_variant *v = &o->abi->variants[i];
    if (strcmp(v->type, type) == 0 && v->value != 0
        && (x & v->value) == v->value)
      cover(o, "variant", type, v->name);
  }
}

/* The declared type of a parameter, "ptr_" taken off for out-params. */
static const char *ptype(cf_obs *o, const char *fn, const char *name)
{
  const char *t = cf_param_type(o->abi->version, fn, name);

  while (t != NULL && strncmp(t, "ptr_", 4) == 0)
    t = t + 4;
  return t;
}

static void cover_typed(cf_obs *o, const char *fn, const char *name,
                        uint64_t x)
{
  const char *t = ptype(o, fn, name);

  if (t == NULL)
    return;
  if (is_variant_type(o->abi, t))
    cover_value(o, t, 0, x);   /* flags are handled by their layout code */
  else
    cover(o, "type", t, NULL);
}

/* --- layouts ------------------------------------------------------------ */

typedef struct tok {
  char name[48], code[48];
} tok;

/* Next "name:code" of a layout; 0 at the end. */
static int next_tok(const char **p, tok *t)
{
  const char *s = *p, *colon, *end;
  size_t n;

  while (*s == ' ')
    s++;
  if (*s == '\0' || (colon = strchr(s, ':')) == NULL)
    return 0;
  end = strchr(colon, ' ');
  if (end == NULL)
    end = colon + strlen(colon);
  n = (size_t)(colon - s);
  snprintf(t->name, sizeof t->name, "%.*s", (int)n, s);
  n = (size_t)(end - colon - 1);
  snprintf(t->code, sizeof t->code, "%.*s", (int)n, colon + 1);
  *p = end;
  return 1;
}

static int code_args(const char *code)
{
  return strchr("bnpO", code[0]) != NULL ? 2 : 1;
}

static uint32_t le32(const uint8_t *p)
{
  return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16
         | (uint32_t)p[3] << 24;
}

static const uint8_t *at(const pw_event *e, uint64_t ptr, uint64_t len)
{
  if (e->mem == NULL || ptr + len > e->mem_size)
    return NULL;
  return e->mem + ptr;
}

/* What the host wrote to an out-param, read back from memory. */
static void read_out(cf_ev *ev, const pw_event *e, const tok *t,
                     const uint64_t *a)
{
  cf_out *out;
  const uint8_t *p, *q, *d;

  if (ev->nout == MAX_OUT)
    return;
  out = &ev->out[ev->nout];
  snprintf(out->name, sizeof out->name, "%s", t->name);
  if (t->code[0] == 'O') {
    if ((p = at(e, a[0], 4)) == NULL || (q = at(e, a[1], 4)) == NULL)
      return;
    if ((d = at(e, le32(p), le32(q))) == NULL)
      return;
    out->is_bytes = 1;
    out->len = le32(q);
    if ((out->bytes = malloc(out->len + 1)) == NULL)
      abort();
    memcpy(out->bytes, d, out->len);
  } else {
    int wide = t->code[1] == '8';
    if ((p = at(e, a[0], wide ? 8 : 4)) == NULL)
      return;
    out->num = le32(p);
    if (wide)
      out->num |= (uint64_t)le32(p + 4) << 32;
  }
  ev->nout++;
}

static const pw_import *find_import(const pw_abi *abi, const char *name)
{
  for (size_t i = 0; i < abi->nimports; i++)
    if (strcmp(abi->imports[i].name, name) == 0)
      return &abi->imports[i];
  return NULL;
}

static const pw_export *find_export(const pw_abi *abi, const char *name)
{
  for (size_t i = 0; i < abi->nexports; i++)
    if (strcmp(abi->exports[i].name, name) == 0)
      return &abi->exports[i];
  return NULL;
}

static void on_hostcall(cf_obs *o, const pw_event *e)
{
  cf_ev *ev = new_event(o, EV_CALL, e);
  const pw_import *im = find_import(o->abi, ev->name);
  const char *lp;
  const uint64_t *a = e->args;
  size_t used = 0;
  int ok = e->has_result && e->result == 0;
  tok t;

  if (im == NULL)
    return;
  cover(o, "host", im->name, NULL);
  /* a call that raised a trap returned nothing the guest could see */
  if (e->has_result && e->rc != PW_CALL_TRAP) {
    const char *st = pw_variant_name(o->abi, o->abi->status_type,
                                     (uint32_t)e->result);
    cover(o, "result", im->name, NULL);
    cover_value(o, o->abi->status_type, 0, e->result);
    if (st != NULL)
      cover(o, "status", im->name, st);
  }
  for (lp = im->args; next_tok(&lp, &t); a += code_args(t.code)) {
    int n = code_args(t.code), out = t.code[0] == 'O' || t.code[0] == 'o';
    if (used + (size_t)n > e->nargs)
      break;
    used += (size_t)n;
    if (out && !ok)
      continue;
    cover(o, "param", im->name, t.name);
    if (t.code[0] == 'O') {
      char len[64];
      snprintf(len, sizeof len, "%s_len", t.name);
      cover(o, "param", im->name, len);
      read_out(ev, e, &t, a);
    } else if (t.code[0] == 'o') {
      read_out(ev, e, &t, a);
      if (ev->nout > 0 && !ev->out[ev->nout - 1].is_bytes
          && strcmp(ev->out[ev->nout - 1].name, t.name) == 0)
        cover_typed(o, im->name, t.name, ev->out[ev->nout - 1].num);
    } else if (t.code[0] == 'e' || t.code[0] == 'f') {
      cover_value(o, t.code + 2, t.code[0] == 'f', a[0]);
    } else if (n == 1) {
      cover_typed(o, im->name, t.name, a[0]);
    }
  }
}

static void on_callback(cf_obs *o, const pw_event *e)
{
  cf_ev *ev = new_event(o, EV_CALLBACK, e);
  const pw_export *ex = find_export(o->abi, ev->name);
  const char *lp;
  const uint64_t *a = e->args;
  size_t used = 0;
  tok t;

  if (ex == NULL)
    return;
  if (ex->result[0] == 'e' || ex->result[0] == 'f')
    ev->rtype = ex->result + 2;
  cover(o, "guest", ex->name, NULL);
  for (lp = ex->args; next_tok(&lp, &t); a++) {
    if (++used > e->nargs)
      break;
    cover(o, "param", ex->name, t.name);
    if (t.code[0] == 'e' || t.code[0] == 'f')
      cover_value(o, t.code + 2, t.code[0] == 'f', a[0]);
    else
      cover_typed(o, ex->name, t.name, a[0]);
  }
  if (e->rc == PW_CALL_OK && ex->result[0] != '\0' && e->has_result) {
    cover(o, "result", ex->name, NULL);
    if (ev->rtype != NULL)
      cover_value(o, ev->rtype, ex->result[0] == 'f', e->result);
  }
}

/* The reference host escapes log text as \xNN; undo it. */
static void on_log(cf_obs *o, const pw_event *e)
{
  cf_ev *ev = new_event(o, EV_LOG, e);
  const char *s = e->text ? e->text : "";
  size_t n = strlen(s), k = 0;

  if ((ev->text = malloc(n + 1)) == NULL)
    abort();
  for (size_t i = 0; i < n; i++) {
    unsigned v;
    if (s[i] == '\\' && s[i + 1] == 'x' && sscanf(s + i + 2, "%2x", &v) == 1
        && i + 3 < n) {
      ev->text[k++] = (char)v;
      i += 3;
    } else {
      ev->text[k++] = s[i];
    }
  }
  ev->text_len = k;
}

static void on_trap(cf_obs *o, const pw_event *e)
{
  cf_ev *ev = new_event(o, EV_TRAP, e);

  if (e->trap == NULL)
    return;
  snprintf(ev->trap, sizeof ev->trap, "%s", pw_trap_kind_name(e->trap->kind));
  snprintf(ev->where, sizeof ev->where, "%s", e->trap->where);
  snprintf(ev->msg, sizeof ev->msg, "%s", e->trap->msg);
}

void cf_observe(void *ud, const pw_event *e)
{
  cf_obs *o = ud;

  switch (e->kind) {
  case PW_EV_HOSTCALL: on_hostcall(o, e); break;
  case PW_EV_CALLBACK: on_callback(o, e); break;
  case PW_EV_LOG: on_log(o, e); break;
  case PW_EV_TRAP: on_trap(o, e); break;
  default: break;
  }
}

/* --- the Lua side ------------------------------------------------------- */

static cf_obs *self(lua_State *L)
{
  return lua_touserdata(L, lua_upvalueindex(1));
}

static void set_str(lua_State *L, const char *k, const char *v)
{
  lua_pushstring(L, v);
  lua_setfield(L, -2, k);
}

static void set_int(lua_State *L, const char *k, lua_Integer v)
{
  lua_pushinteger(L, v);
  lua_setfield(L, -2, k);
}

static void push_event(lua_State *L, cf_obs *o, const cf_ev *ev)
{
  static const char *const kinds[] = {"call", "callback", "log", "trap"};

  lua_newtable(L);
  set_str(L, "kind", kinds[ev->kind]);
  set_str(L, "name", ev->name);
  set_int(L, "depth", ev->depth);
  switch (ev->kind) {
  case EV_CALL: {
    const char *st = pw_variant_name(o->abi, o->abi->status_type,
                                     (uint32_t)ev->result);
    if (st != NULL)
      set_str(L, "status", st);
    else
      set_int(L, "status", (lua_Integer)ev->result);
    lua_newtable(L);
    for (int k = 0; k < ev->nout; k++) {
      if (ev->out[k].is_bytes)
        lua_pushlstring(L, (const char *)ev->out[k].bytes, ev->out[k].len);
      else
        lua_pushinteger(L, (lua_Integer)ev->out[k].num);
      lua_setfield(L, -2, ev->out[k].name);
      if (ev->out[k].is_bytes) {   /* the length the host wrote, too */
        char key[64];
        snprintf(key, sizeof key, "%s_len", ev->out[k].name);
        lua_pushinteger(L, ev->out[k].len);
        lua_setfield(L, -2, key);
      }
    }
    lua_setfield(L, -2, "out");
    break;
  }
  case EV_CALLBACK:
    if (ev->has_result)
      set_int(L, "ret", (lua_Integer)ev->result);
    if (ev->rtype != NULL)
      set_str(L, "rtype", ev->rtype);
    set_int(L, "rc", ev->rc);
    break;
  case EV_LOG:
    set_int(L, "level", (lua_Integer)ev->result);
    lua_pushlstring(L, ev->text, ev->text_len);
    lua_setfield(L, -2, "message");
    break;
  case EV_TRAP:
    set_str(L, "trap", ev->trap);
    set_str(L, "where", ev->where);
    set_str(L, "msg", ev->msg);
    break;
  }
}

/* events = certify_events(): what happened since the last call. */
static int l_events(lua_State *L)
{
  cf_obs *o = self(L);

  lua_createtable(L, (int)o->n, 0);
  for (size_t i = 0; i < o->n; i++) {
    push_event(L, o, &o->ev[i]);
    lua_rawseti(L, -2, (lua_Integer)i + 1);
  }
  clear_events(o);
  return 1;
}

/* name = certify_variant(type, value) */
static int l_variant(lua_State *L)
{
  const char *type = luaL_checkstring(L, 1);
  const char *name;

  if (!lua_isinteger(L, 2)) {
    lua_pushnil(L);
    return 1;
  }
  name = pw_variant_name(self(L)->abi, type, (uint32_t)lua_tointeger(L, 2));
  if (name != NULL)
    lua_pushstring(L, name);
  else
    lua_pushnil(L);
  return 1;
}

/* value = certify_value(type, name) */
static int l_value(lua_State *L)
{
  const pw_abi *abi = self(L)->abi;
  const char *type = luaL_checkstring(L, 1), *name = luaL_checkstring(L, 2);

  for (size_t i = 0; i < abi->nvariants; i++)
    if (strcmp(abi->variants[i].type, type) == 0
        && strcmp(abi->variants[i].name, name) == 0) {
      lua_pushinteger(L, abi->variants[i].value);
      return 1;
    }
  lua_pushnil(L);
  return 1;
}

void cf_obs_open(lua_State *L, cf_obs *o)
{
  static const luaL_Reg fns[] = {
    {"certify_events", l_events},
    {"certify_variant", l_variant},
    {"certify_value", l_value},
    {NULL, NULL}
  };

  lua_pushglobaltable(L);
  lua_pushlightuserdata(L, o);
  luaL_setfuncs(L, fns, 1);
  lua_pop(L, 1);
}
