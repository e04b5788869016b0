/*
 * The profile and the coverage manifests, found in pwabi's data unless
 * given as paths.  A profile is
 *   { title, options, strict, abi = "all" | { versions run by default },
 *     xfail = { ["<case id>[@<version>]"] = reason },
 *     uncoverable = { ["[<version>: ]<kind> <name>"] = reason } }
 * (conformance/FORMAT.md, Profiles).
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

static int bad_entry(const char *path, const char *field, const char *key,
                     const char *why)
{
  fprintf(stderr, "pwabi: %s: %s[\"%s\"]: %s\n", path, field, key, why);
  return -1;
}

/* abi = "all" | { "v0_1_0", ... }: the versions run without --abi. */
static int read_abis(cf_run *r, const char *path)
{
  lua_State *L = r->L;
  int t = lua_getfield(L, -1, "abi"), bad = 0;

  if (t == LUA_TTABLE)
    for (lua_Integer k = 1; lua_geti(L, -1, k) != LUA_TNIL; k++) {
      const char *v = lua_tostring(L, -1);
      if (v == NULL || pw_version_by_name(v) == NULL)
        bad = bad_entry(path, "abi", v ? v : "?", "no such version");
      else
        *(char **)cf_grow((void **)&r->profile_abis, &r->nprofile_abis,
                          sizeof(char *)) = strdup(v);
      lua_pop(L, 1);
    }
  else if (t != LUA_TNIL && !(t == LUA_TSTRING
                              && strcmp(lua_tostring(L, -1), "all") == 0))
    bad = bad_entry(path, "abi", "", "not \"all\" or a list of versions");
  lua_pop(L, t == LUA_TTABLE ? 2 : 1);
  return bad;
}

/* One uncoverable entry, [ "[<version>: ]<kind> <name>" ] = reason, at
   the top of r->L. */
static int excuse_entry(cf_run *r, const char *path)
{
  lua_State *L = r->L;
  const char *key, *colon;
  cf_excuse *e;

  if (lua_type(L, -2) != LUA_TSTRING || lua_type(L, -1) != LUA_TSTRING)
    return bad_entry(path, "uncoverable", "?", "entries are "
                     "[\"[<version>: ]<kind> <name>\"] = \"<reason>\"");
  key = lua_tostring(L, -2);
  if (r->strict)
    return bad_entry(path, "uncoverable", key, "a spec-strict profile "
                     "excuses no item");
  e = cf_grow((void **)&r->excuses, &r->nexcuses, sizeof *e);
  e->why = strdup(lua_tostring(L, -1));
  if ((colon = strstr(key, ": ")) != NULL) {
    e->version = strndup(key, (size_t)(colon - key));
    key = colon + 2;
    if (pw_version_by_name(e->version) == NULL)
      return bad_entry(path, "uncoverable", e->version, "no such version");
  }
  e->item = strdup(key);
  return strchr(key, ' ') ? 0 : bad_entry(path, "uncoverable", key,
                                          "not \"<kind> <name>\"");
}

static int read_excuses(cf_run *r, const char *path)
{
  lua_State *L = r->L;
  int bad = 0, t = lua_getfield(L, -1, "uncoverable");

  if (t == LUA_TTABLE)
    for (lua_pushnil(L); lua_next(L, -2); lua_pop(L, 1))
      bad |= excuse_entry(r, path) != 0;
  else if (t != LUA_TNIL)
    bad = bad_entry(path, "uncoverable", "", "not a table");
  lua_pop(L, 1);
  return bad ? -1 : 0;
}

int cf_runs_version(const cf_run *r, const char *v)
{
  size_t k;

  if (r->abi_name != NULL)
    return strcmp(r->abi_name, v) == 0;
  for (k = 0; k < r->nprofile_abis; k++)
    if (strcmp(r->profile_abis[k], v) == 0)
      break;
  return (r->nprofile_abis == 0 || k < r->nprofile_abis)
         && pw_plugin_serves(r->hp, v);
}

/* "<id>@<version>" of a version this run leaves out: nothing to match. */
static int other_version(const cf_run *r, const char *key)
{
  const char *at = strrchr(key, '@');

  return at != NULL && pw_version_by_name(at + 1) != NULL
         && !cf_runs_version(r, at + 1);
}

/* An instance id, or a case id: every instance of that case.  One of a
   version the run leaves out matches nothing, and is no error. */
static int mark_xfail(cf_run *r, const char *key, const char *why)
{
  size_t n = strlen(key), hit = 0;

  for (size_t i = 0; i < r->ncases; i++) {
    cf_case *c = &r->cases[i];
    if (strcmp(c->id, key) != 0
        && (strchr(key, '@') || strncmp(c->id, key, n) || c->id[n] != '@'))
      continue;
    free((char *)c->xfail);
    c->xfail = strdup(why);
    hit++;
  }
  return hit > 0 || other_version(r, key) || cf_set_has(&r->left_out, key)
         ? 0 : -1;
}

/* The xfail entry at the top of r->L (key, reason): 0, or -1 and a
   message. */
static int xfail_entry(cf_run *r, const char *path)
{
  lua_State *L = r->L;
  const char *id;

  if (lua_type(L, -2) != LUA_TSTRING || lua_type(L, -1) != LUA_TSTRING)
    return bad_entry(path, "xfail", "?", "entries are "
                     "[\"<case id>[@<version>]\"] = \"<reason>\"");
  id = lua_tostring(L, -2);
  if (r->strict)
    return bad_entry(path, "xfail", id, "a spec-strict profile allows no "
                     "expected failure");
  if (mark_xfail(r, id, lua_tostring(L, -1)) != 0)
    return bad_entry(path, "xfail", id, "no such case");
  return 0;
}

/* Every entry is checked, all errors said. */
int cf_apply_profile(cf_run *r)
{
  lua_State *L = r->L;
  int bad = 0, t;

  lua_rawgeti(L, LUA_REGISTRYINDEX, r->profile_ref);
  t = lua_getfield(L, -1, "xfail");
  if (t == LUA_TTABLE)
    for (lua_pushnil(L); lua_next(L, -2); lua_pop(L, 1))
      bad |= xfail_entry(r, r->profile_path) != 0;
  else if (t != LUA_TNIL)
    bad = bad_entry(r->profile_path, "xfail", "", "not a table");
  lua_pop(L, 2);
  return bad ? -1 : 0;
}

/* The profile's table is kept (r->profile_ref) for cf_apply_profile. */
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
  r->profile_path = strdup(path);
  read_fields(r, path);
  if (read_abis(r, path) != 0 || read_excuses(r, path) != 0)
    return -1;
  r->profile_ref = luaL_ref(L, LUA_REGISTRYINDEX);
  return 0;
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

  if (r->manifest_path != NULL && strcmp(v->name, r->abi->version) == 0)
    return read_items(r->manifest_path, items, n);
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
