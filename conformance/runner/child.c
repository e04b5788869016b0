/*
 * One case, in the child Check forked for it: get the module's bytes,
 * create the host with our observer, bind the driver to a Lua state, run
 * the executor, and write the record file the parent merges:
 *
 *   result<TAB>PASS          then step, field, expected, observed,
 *   message<TAB>...          message lines as they apply (escaped),
 *   cov<TAB>kind<TAB>name    one per manifest item covered.
 *
 * A crash or a timeout leaves no record: the parent takes Check's word.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include <lauxlib.h>
#include <lualib.h>

#include "certify.h"

/* executor.lua, embedded ($(BUILD)/conformance/runner/executor_lua.c). */
extern const pw_chunk pw_certify_executor_lua[];

int cf_load_executor(lua_State *L)
{
  if (pw_lua_load_chunks(L, pw_certify_executor_lua, "=executor.lua")
      != LUA_OK || lua_pcall(L, 0, 1, 0) != LUA_OK) {
    fprintf(stderr, "pwabi: executor.lua: %s\n", lua_tostring(L, -1));
    lua_pop(L, 1);
    return -1;
  }
  return 0;
}

/* The executor's verdict, a table on top of L, as the record. */
static void record_verdict(cf_run *r, size_t i, lua_State *L, cf_obs *o)
{
  const char *fields[5];
  const char *result;

  lua_getfield(L, -1, "status");
  result = lua_tostring(L, -1);
  lua_pop(L, 1);
  for (int k = 0; k < 5; k++) {
    lua_getfield(L, -1 - k, cf_record_fields[k]);
    fields[k] = lua_tostring(L, -1);   /* stays on the stack */
  }
  cf_write_record(r, i, result ? result : "FAIL", fields,
                  cf_obs_coverage(o));
}

/* Run the executor on the case, bound to `version`, and record its
   verdict. */
static void execute(cf_run *r, size_t i, lua_State *L, cf_obs *o,
                    const char *version)
{
  if (cf_load_executor(L) != 0) {
    cf_fail(r, i, "load", "the embedded executor does not load", NULL);
    return;
  }
  lua_getfield(L, -1, "run");
  if (cf_load_case(L, r->cases[i].lua) != 0) {
    cf_fail(r, i, "load", lua_tostring(L, -1), NULL);
    return;
  }
  lua_pushstring(L, version);
  if (lua_pcall(L, 2, 1, 0) != LUA_OK) {
    cf_fail(r, i, "run", lua_tostring(L, -1), cf_obs_coverage(o));
    return;
  }
  record_verdict(r, i, L, o);
}

/* The driver binding of `pwabi run`, as globals of a fresh state, with
   the observer's functions. */
static void drive(cf_run *r, size_t i, const pw_abi *abi, pw_host *h,
                  cf_obs *o)
{
  pw_drive d;

  memset(&d, 0, sizeof d);
  d.hp = r->hp;
  d.h = h;
  d.abi = abi;
  d.who = r->cases[i].id;
  if (pw_drive_open(&d) != 0)
    abort();
  cf_obs_open(d.L, o);
  execute(r, i, d.L, o, abi->version);
  pw_drive_close(&d);
}

/* The host could not be made (msg): the executor's create_failed says
   whether the case expected that (its `create`), from what start-up did. */
static void create_failed(cf_run *r, size_t i, const pw_version *v,
                          cf_obs *o, const char *msg)
{
  lua_State *L = luaL_newstate();

  if (L == NULL)
    abort();
  luaL_openlibs(L);
  cf_obs_open(L, o);
  if (cf_load_executor(L) != 0) {
    cf_fail(r, i, "create", msg, cf_obs_coverage(o));
  } else {
    lua_getfield(L, -1, "create_failed");
    if (cf_load_case(L, r->cases[i].lua) != 0) {
      cf_fail(r, i, "load", lua_tostring(L, -1), NULL);
    } else {
      lua_pushstring(L, v->abi->version);
      lua_pushstring(L, msg);
      if (lua_pcall(L, 3, 1, 0) != LUA_OK)
        cf_fail(r, i, "create", lua_tostring(L, -1), cf_obs_coverage(o));
      else
        record_verdict(r, i, L, o);
    }
  }
  lua_close(L);
}

/* The host on the case's module bound with version v, observed by o;
   NULL when it failed (the record says why). */
static pw_host *open_host(cf_run *r, size_t i, const pw_version *v,
                          const uint8_t *wasm, size_t len, cf_obs *o)
{
  pw_target t = {r->hp, r->engine, r->options, NULL, v->abi, r->budget_ms};
  pw_err err;
  pw_host *h;

  if ((h = pw_host_open(&t, wasm, len, cf_observe, o, &err)) == NULL)
    create_failed(r, i, v, o, err.msg);
  return h;
}

const pw_version *cf_case_version(cf_run *r, size_t i, const uint8_t *wasm,
                                  size_t len, char *how, size_t cap)
{
  const char *declared = r->cases[i].abi, *marker = NULL;
  const pw_version *v;

  if (declared[0] != '\0' && (v = pw_version_by_name(declared)) != NULL)
    snprintf(how, cap, "%s (the case's)", v->name);
  else if ((v = pw_version_of(wasm, len, &marker)) != NULL)
    snprintf(how, cap, "%s (marker %s)", v->name, marker);
  else if ((v = pw_version_by_name(r->abi_name)) != NULL)
    snprintf(how, cap, "%s (--abi)", v->name);
  else if ((v = pw_version_unmarked()) != NULL)
    snprintf(how, cap, "%s (no marker)", v->name);
  return v;
}

/* A case for a version the host does not serve is skipped. */
static int other_abi(cf_run *r, size_t i, const pw_version *v)
{
  const char *fields[5] = {NULL, NULL, NULL, NULL, NULL};
  char why[256];

  if (v != NULL && pw_plugin_serves(r->hp, v->name))
    return 0;
  snprintf(why, sizeof why, "the case is for ABI %s, the host serves %s",
           v != NULL ? v->name : r->cases[i].abi, pw_plugin_served(r->hp));
  fields[4] = why;
  cf_write_record(r, i, "SKIP", fields, NULL);
  return 1;
}

/* Case i's module bound with v: host, driver, executor. */
static void run_case(cf_run *r, size_t i, const pw_version *v,
                     const uint8_t *wasm, size_t len)
{
  cf_obs *o = cf_obs_new(v->abi);
  const char *marker = NULL;
  pw_host *h;

  if ((h = open_host(r, i, v, wasm, len, o)) != NULL) {
    if (pw_version_of(wasm, len, &marker) == v)
      cf_cover_marker(o, marker);
    drive(r, i, v->abi, h, o);
    r->hp->destroy(h);
  }
  cf_obs_free(o);
}

void cf_child(cf_run *r, size_t i)
{
  uint8_t *wasm;
  size_t len = 0;
  char why[600], how[128];
  const pw_version *v;

  if ((wasm = cf_module_bytes(r, i, &len, why, sizeof why)) == NULL) {
    cf_fail(r, i, "load", why, NULL);
    return;
  }
  v = cf_case_version(r, i, wasm, len, how, sizeof how);
  if (!other_abi(r, i, v)) {
    run_case(r, i, v, wasm, len);
    cf_record_bound(r, i, how);
  }
  free(wasm);
}
