/*
 * The profile ({ title, options, strict, xfail = { [id] = reason } }) and
 * the coverage manifest, found in pwabi's data unless given as paths.
 */
#include <dirent.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <lauxlib.h>

#include "certify.h"
#include "versions.h"

int cf_data_path(cf_run *r, const char *rel, char *buf, size_t cap)
{
  pw_err err;

  if (r->root == NULL && (r->root = pw_data_root(&err)) == NULL) {
    fprintf(stderr, "pwabi: certify: %s\n", err.msg);
    return -1;
  }
  if ((size_t)snprintf(buf, cap, "%s/%s", r->root, rel) < cap)
    return 0;
  fprintf(stderr, "pwabi: certify: %s/%s: path too long\n", r->root, rel);
  return -1;
}

static int is_profile(const struct dirent *e)
{
  size_t n = strlen(e->d_name);

  return n > 4 && strcmp(e->d_name + n - 4, ".lua") == 0;
}

/* "profiles: a, b in DIR" for an unknown name. */
static void profile_names(FILE *f, const void *dir)
{
  struct dirent **v;
  int n = scandir(dir, &v, is_profile, alphasort);

  fputs("profiles: ", f);
  for (int i = 0; i < n; i++) {
    fprintf(f, "%s%.*s", i ? ", " : "", (int)strlen(v[i]->d_name) - 4,
            v[i]->d_name);
    free(v[i]);
  }
  if (n >= 0)
    free(v);
  fprintf(f, "%sin %s", n > 0 ? " " : "none ", (const char *)dir);
}

/* A name in pwabi's data, or a path when it looks like one. */
static int profile_path(cf_run *r, char *path, size_t cap)
{
  char dir[PATH_MAX];
  pw_err err;

  if (strchr(r->profile, '/') || strstr(r->profile, ".lua")) {
    snprintf(path, cap, "%s", r->profile);
    return 0;
  }
  if (cf_data_path(r, "conformance/profiles", dir, sizeof dir) != 0)
    return -1;
  if ((size_t)snprintf(path, cap, "%s/%s.lua", dir, r->profile) < cap
      && access(path, F_OK) == 0)
    return 0;
  pw_unknown(&err, "profile", r->profile, profile_names, dir);
  pw_fail(&err);
  return -1;
}

/* title, strict, options: the profile on top of r->L. */
static void read_fields(cf_run *r, const char *path)
{
  lua_State *L = r->L;

  r->profile_title = cf_field_string(L, "title", "");
  lua_getfield(L, -1, "strict");
  r->strict = lua_toboolean(L, -1) || strstr(path, "spec-strict.lua");
  lua_pop(L, 1);
  if (r->options == NULL)
    r->options = r->own_options = cf_field_string(L, "options", NULL);
}

static cf_case *case_by_id(cf_run *r, const char *id)
{
  for (size_t i = 0; i < r->ncases; i++)
    if (strcmp(r->cases[i].id, id) == 0)
      return &r->cases[i];
  return NULL;
}

static int bad_xfail(const char *path, const char *id, const char *why)
{
  fprintf(stderr, "pwabi: %s: xfail[\"%s\"]: %s\n", path, id, why);
  return -1;
}

/* The xfail entry at the top of r->L (key, reason): 0, or -1 and a
   message. */
static int xfail_entry(cf_run *r, const char *path)
{
  lua_State *L = r->L;
  const char *id;
  cf_case *c;

  if (lua_type(L, -2) != LUA_TSTRING || lua_type(L, -1) != LUA_TSTRING) {
    fprintf(stderr, "pwabi: %s: xfail: entries are [\"<case id>\"] = "
            "\"<reason>\"\n", path);
    return -1;
  }
  id = lua_tostring(L, -2);
  if (r->strict)
    return bad_xfail(path, id, "a spec-strict profile allows no expected "
                     "failure");
  if ((c = case_by_id(r, id)) == NULL)
    return bad_xfail(path, id, "no such case");
  c->xfail = strdup(lua_tostring(L, -1));
  return 0;
}

/* Every entry is checked, all errors said; pops the profile. */
static int read_xfail(cf_run *r, const char *path)
{
  lua_State *L = r->L;
  int bad = 0;

  lua_getfield(L, -1, "xfail");
  if (!lua_isnil(L, -1) && !lua_istable(L, -1)) {
    fprintf(stderr, "pwabi: %s: xfail: not a table\n", path);
    return -1;
  }
  if (lua_istable(L, -1))
    for (lua_pushnil(L); lua_next(L, -2); lua_pop(L, 1))
      bad |= xfail_entry(r, path) != 0;
  lua_pop(L, 2);
  return bad ? -1 : 0;
}

int cf_load_profile(cf_run *r)
{
  char path[PATH_MAX];
  lua_State *L = r->L;

  if (profile_path(r, path, sizeof path) != 0)
    return -1;
  if (cf_load_case(L, path) != 0) {
    fprintf(stderr, "pwabi: %s\n", lua_tostring(L, -1));
    return -1;
  }
  if (!lua_istable(L, -1)) {
    fprintf(stderr, "pwabi: %s: profile: does not return a table\n", path);
    return -1;
  }
  read_fields(r, path);
  return read_xfail(r, path);
}

/* One "kind<TAB>name" line; comments and others are skipped. */
static void add_item(cf_item **items, size_t *n, char *line)
{
  char *tab = strchr(line, '\t');
  cf_item *it;

  if (line[0] == '#' || tab == NULL)
    return;
  *tab = '\0';
  tab[1 + strcspn(tab + 1, "\r\n")] = '\0';
  it = cf_grow((void **)items, n, sizeof *it);
  it->kind = strdup(line);
  it->name = strdup(tab + 1);
}

static int read_items(const char *path, cf_item **items, size_t *n)
{
  char line[512];
  FILE *f;

  if ((f = fopen(path, "r")) == NULL) {
    fprintf(stderr, "pwabi: %s: cannot open the coverage manifest\n", path);
    return -1;
  }
  while (fgets(line, sizeof line, f) != NULL)
    add_item(items, n, line);
  fclose(f);
  return 0;
}

static int version_manifest(cf_run *r, const pw_version *v, char *path,
                            size_t cap)
{
  char rel[PATH_MAX];

  snprintf(rel, sizeof rel, "generated/%s", v->manifest);
  return cf_data_path(r, rel, path, cap);
}

int cf_load_items(cf_run *r, const pw_version *v, cf_item **items,
                  size_t *n)
{
  char path[PATH_MAX];

  if (version_manifest(r, v, path, sizeof path) != 0)
    return -1;
  return read_items(path, items, n);
}

void cf_free_items(cf_item *items, size_t n)
{
  for (size_t i = 0; i < n; i++) {
    free(items[i].kind);
    free(items[i].name);
  }
  free(items);
}

int cf_load_manifest(cf_run *r)
{
  char path[PATH_MAX];

  if (r->manifest_path != NULL)
    return read_items(r->manifest_path, &r->items, &r->nitems);
  if (version_manifest(r, pw_version_by_name(r->abi->version), path,
                       sizeof path) != 0)
    return -1;
  return read_items(path, &r->items, &r->nitems);
}
