/*
 * The cases: <cases>/<area>/<name>.lua, sorted by id, each validated by
 * the executor, its module found, and those matching --filter first.
 */
#include <dirent.h>
#include <fnmatch.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <lauxlib.h>

#include "certify.h"

static int by_id(const void *a, const void *b)
{
  return strcmp(((const cf_case *)a)->id, ((const cf_case *)b)->id);
}

static void add_case(cf_run *r, const char *area, const char *file)
{
  char buf[PATH_MAX];
  cf_case *c;
  size_t n = strlen(file) - 4;     /* without ".lua" */

  c = cf_grow((void **)&r->cases, &r->ncases, sizeof *c);
  r->nall = r->ncases;
  snprintf(buf, sizeof buf, "%s/%.*s", area, (int)n, file);
  c->id = strdup(buf);
  c->area = strdup(area);
  snprintf(buf, sizeof buf, "%s/%s/%s", r->cases_dir, area, file);
  c->lua = strdup(buf);
}

static int has_suffix(const char *s, const char *suf)
{
  size_t n = strlen(s), k = strlen(suf);

  return n > k && strcmp(s + n - k, suf) == 0;
}

static void add_area(cf_run *r, const char *area)
{
  char path[PATH_MAX];
  struct dirent *f;
  DIR *d;

  snprintf(path, sizeof path, "%s/%s", r->cases_dir, area);
  if ((d = opendir(path)) == NULL)
    return;
  while ((f = readdir(d)) != NULL)
    if (f->d_name[0] != '.' && has_suffix(f->d_name, ".lua"))
      add_case(r, area, f->d_name);
  closedir(d);
}

int cf_find_cases(cf_run *r)
{
  DIR *top = opendir(r->cases_dir);
  struct dirent *e;

  if (top == NULL) {
    fprintf(stderr, "pwabi: %s: cannot open the cases\n", r->cases_dir);
    return -1;
  }
  while ((e = readdir(top)) != NULL)
    if (e->d_name[0] != '.')
      add_area(r, e->d_name);
  closedir(top);
  if (r->ncases > 0)
    qsort(r->cases, r->ncases, sizeof *r->cases, by_id);
  return 0;
}

int cf_load_case(lua_State *L, const char *path)
{
  if (luaL_loadfilex(L, path, "t") != LUA_OK)
    return -1;
  lua_newtable(L);                  /* data only: an empty environment */
  lua_setupvalue(L, -2, 1);
  return lua_pcall(L, 0, 1, 0) == LUA_OK ? 0 : -1;
}

char *cf_field_string(lua_State *L, const char *k, const char *dflt)
{
  const char *s;
  char *copy;

  lua_getfield(L, -1, k);
  s = lua_isstring(L, -1) ? lua_tostring(L, -1) : dflt;
  copy = s ? strdup(s) : NULL;
  lua_pop(L, 1);
  return copy;
}

/* executor.validate(case, path), the executor on top of L: leaves the
   case above it. */
static int validate(lua_State *L, const char *path)
{
  lua_getfield(L, -1, "validate");
  if (cf_load_case(L, path) != 0) {
    fprintf(stderr, "pwabi: %s\n", lua_tostring(L, -1));
    lua_pop(L, 2);
    return -1;
  }
  lua_pushvalue(L, -1);
  lua_insert(L, -3);               /* case, validate, case */
  lua_pushstring(L, path);
  if (lua_pcall(L, 2, 0, 0) != LUA_OK) {
    fprintf(stderr, "%s\n", lua_tostring(L, -1));
    lua_pop(L, 2);
    return -1;
  }
  return 0;
}

/* The case's facts, the case on top of L and the executor below it. */
static void read_facts(cf_run *r, cf_case *c)
{
  lua_State *L = r->L;

  c->title = cf_field_string(L, "title", "");
  c->kind = cf_field_string(L, "kind", "");
  c->klass = cf_field_string(L, "class", "");
  c->abi = cf_field_string(L, "abi", "");  /* none: chosen at run time */
  lua_getfield(L, -2, "negative");
  lua_pushvalue(L, -2);
  lua_call(L, 1, 1);
  c->negative = lua_toboolean(L, -1);
  lua_pop(L, 1);
}

/* The module is built under the wasm dir at its path in pwabi's data (as
   make builds it), else at its path as given. */
static void wasm_path(cf_run *r, cf_case *c)
{
  char buf[PATH_MAX];
  const char *rel = c->wat;
  size_t n = r->root ? strlen(r->root) : 0;

  if (n > 0 && strncmp(rel, r->root, n) == 0 && rel[n] == '/')
    rel += n + 1;
  snprintf(buf, sizeof buf, "%s/%.*s.wasm", r->wasm_dir,
           (int)(strlen(rel) - 4), rel);
  c->wasm = strdup(buf);
}

/* <dir of the .lua>/<module>, else <name>.wat, and its .wasm. */
static int find_module(cf_run *r, cf_case *c, const char *module)
{
  char buf[PATH_MAX];
  size_t n = strlen(c->lua) - strlen(strrchr(c->lua, '/'));

  if (module != NULL)
    snprintf(buf, sizeof buf, "%.*s/%s", (int)n, c->lua, module);
  else
    snprintf(buf, sizeof buf, "%.*s.wat", (int)(strlen(c->lua) - 4),
             c->lua);
  if (module == NULL && access(buf, R_OK) != 0)
    snprintf(buf, sizeof buf, "%.*s.tmpl.wat", (int)(strlen(c->lua) - 4),
             c->lua);
  c->wat = strdup(buf);
  c->tmpl = has_suffix(c->wat, ".tmpl.wat");
  wasm_path(r, c);
  if (access(c->wat, R_OK) != 0 && (c->tmpl || access(c->wasm, R_OK) != 0)) {
    fprintf(stderr, "pwabi: %s: module: no %s\n", c->lua, c->wat);
    return -1;
  }
  return 0;
}

/* One name of a declared list, known to the registry, to c->versions. */
static int add_version(cf_case *c, const char *name, size_t *n)
{
  char *v;

  if (name == NULL || pw_version_by_name(name) == NULL) {
    fprintf(stderr, "pwabi: %s: abi: no version '%s'\n", c->lua,
            name ? name : "?");
    return -1;
  }
  if ((v = realloc(c->versions, *n + strlen(name) + 2)) == NULL)
    abort();
  c->versions = v;
  *n += (size_t)sprintf(v + *n, "%s%s", *n ? " " : "", name);
  return 0;
}

/* The list on top of L into c->versions; an empty one is an error. */
static int list_versions(lua_State *L, cf_case *c, size_t *n)
{
  lua_Integer k;

  for (k = 1; lua_geti(L, -1, k) != LUA_TNIL; k++) {
    int rc = add_version(c, lua_tostring(L, -1), n);
    lua_pop(L, 1);
    if (rc != 0)
      return -1;
  }
  lua_pop(L, 1);
  if (k > 1)
    return 0;
  fprintf(stderr, "pwabi: %s: abi: an empty list\n", c->lua);
  return -1;
}

/* abi = { "v1", ... } or "all": c->versions; a plain name stays c->abi. */
static int declared_versions(lua_State *L, cf_case *c)
{
  size_t n = 0;
  int rc = 0;

  if (strcmp(c->abi, "all") == 0)
    for (const pw_version *v = pw_versions; v->name && rc == 0; v++)
      rc = add_version(c, v->name, &n);
  if (lua_getfield(L, -1, "abi") == LUA_TTABLE)
    rc = list_versions(L, c, &n);
  lua_pop(L, 1);
  return rc;
}

static int load_case(cf_run *r, cf_case *c)
{
  char *module;
  int rc;

  if (validate(r->L, c->lua) != 0)
    return -1;
  read_facts(r, c);
  if (declared_versions(r->L, c) != 0)
    return -1;
  module = cf_field_string(r->L, "module", NULL);
  lua_pop(r->L, 1);
  rc = find_module(r, c, module);
  free(module);
  return rc;
}

static char *dup_or_null(const char *s)
{
  return s ? strdup(s) : NULL;
}

/* Case c bound to version v: its own id <id>@<v>. */
static void add_instance(cf_case **to, size_t *n, const cf_case *c,
                         const char *v)
{
  cf_case *k = cf_grow((void **)to, n, sizeof *k);
  char id[PATH_MAX];

  snprintf(id, sizeof id, "%s@%s", c->id, v);
  *k = *c;
  k->id = strdup(id);
  k->abi = strdup(v);
  k->versions = NULL;
  k->area = strdup(c->area);
  k->lua = strdup(c->lua);
  k->wat = strdup(c->wat);
  k->wasm = strdup(c->wasm);
  k->title = strdup(c->title);
  k->kind = strdup(c->kind);
  k->klass = strdup(c->klass);
  k->bound = dup_or_null(c->bound);
}

/* A multi-version case: one instance per version the run includes. */
static void expand(cf_run *r, cf_case **to, size_t *n, const cf_case *c)
{
  char *list = strdup(c->versions), *save = NULL;

  for (char *v = strtok_r(list, " ", &save); v != NULL;
       v = strtok_r(NULL, " ", &save))
    if (cf_runs_version(r, v))
      add_instance(to, n, c, v);
  free(list);
}

/* A case bound to one version runs when the run includes it; one that
   declares none is bound at run time (its marker, --abi). */
static int kept(const cf_run *r, const cf_case *c)
{
  return c->abi[0] == '\0' || cf_runs_version(r, c->abi);
}

int cf_load_cases(cf_run *r)
{
  cf_case *all = NULL;
  size_t n = 0;
  int rc = 0;

  for (size_t i = 0; i < r->ncases && rc == 0; i++)
    rc = load_case(r, &r->cases[i]);
  for (size_t i = 0; i < r->ncases && rc == 0; i++)
    if (r->cases[i].versions != NULL)
      expand(r, &all, &n, &r->cases[i]);
    else if (kept(r, &r->cases[i]))
      *(cf_case *)cf_grow((void **)&all, &n, sizeof *all) = r->cases[i];
  for (size_t i = 0; i < r->ncases && rc == 0; i++) {
    if (!kept(r, &r->cases[i]))
      cf_set_add(&r->left_out, r->cases[i].id);
    if (r->cases[i].versions != NULL || !kept(r, &r->cases[i]))
      cf_free_case(&r->cases[i]);
  }
  if (rc != 0) {
    free(all);
    return -1;
  }
  free(r->cases);
  r->cases = all;
  r->ncases = r->nall = n;
  return 0;
}

/* The matching cases first, in order; the others stay after r->ncases
   (r->nall counts them all, for freeing). */
/* Copy the cases that match (or not) to `to`; how many. */
static size_t pick(const cf_run *r, cf_case *to, int match)
{
  size_t k = 0;

  for (size_t i = 0; i < r->nall; i++)
    if ((fnmatch(r->filter, r->cases[i].id, 0) == 0) == match)
      to[k++] = r->cases[i];
  return k;
}

void cf_keep_matching(cf_run *r)
{
  cf_case *tmp;
  size_t k;

  if (r->filter == NULL)
    return;
  if ((tmp = malloc(r->nall * sizeof *tmp)) == NULL)
    abort();
  k = pick(r, tmp, 1);
  pick(r, tmp + k, 0);
  memcpy(r->cases, tmp, r->nall * sizeof *tmp);
  free(tmp);
  r->ncases = k;
}
