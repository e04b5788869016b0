/*
 * Scenarios: Lua 5.4 scripts that play the proxy through the host driver
 * (runtimes/lib/drive.c: every driver call is a global of the same name),
 * plus what only a scenario has, over the transcript:
 *
 *   ms                 = tick_period()   the last period the guest set, or nil
 *   list               = events([from])  transcript events from number
 *                        `from` on: {kind, name, text, line, result, level,
 *                        args}; kind "callback", "hostcall", "trap", "log"
 *                        or "action"
 *   expect(cond [, message])             false/nil: the run fails (exit 1)
 *
 * "trap", "abi" and "rejected" make the run exit 1; driver misuse is a
 * scenario error (exit 2).
 */
#include <stdlib.h>
#include <string.h>

#include <lauxlib.h>

#include "cli.h"

struct pw_scenario {
  pw_drive d;             /* first: the API's upvalue is &s->d */
  pw_cli *c;
  int expect_failed;
};

static pw_scenario *self(lua_State *L)
{
  return (pw_scenario *)pw_drive_of(L);
}

static int l_tick_period(lua_State *L)
{
  long long ms = self(L)->c->tick_ms;

  if (ms < 0)
    lua_pushnil(L);
  else
    lua_pushinteger(L, ms);
  return 1;
}

static const char *const kind_names[] = {
  "hostcall", "callback", "trap", "log", "action"
};

static void pushargs(lua_State *L, const pw_cli_rec *r)
{
  size_t i;

  lua_createtable(L, (int)r->nargs, 0);
  for (i = 0; i < r->nargs; i++) {
    lua_pushinteger(L, (lua_Integer)r->args[i]);
    lua_rawseti(L, -2, (lua_Integer)i + 1);
  }
  lua_setfield(L, -2, "args");
}

static void pushrec(lua_State *L, const pw_cli_rec *r)
{
  lua_createtable(L, 0, 7);
  pw_lua_setstr(L, "kind", (size_t)r->kind < 5 ? kind_names[r->kind] : "?");
  pw_lua_setstr(L, "name", r->name);
  pw_lua_setstr(L, "text", r->text);
  pw_lua_setstr(L, "line", r->line);
  if (r->has_result)
    pw_lua_setint(L, "result", (lua_Integer)r->result);
  pw_lua_setint(L, "level", r->level);
  pushargs(L, r);
}

static int l_events(lua_State *L)
{
  pw_cli *c = self(L)->c;
  lua_Integer from = luaL_optinteger(L, 1, 1), i;

  luaL_argcheck(L, from >= 1, 1, "events are numbered from 1");
  pw_cli_flush(c);
  lua_newtable(L);
  for (i = from; (size_t)i <= c->nrecs; i++) {
    pushrec(L, &c->recs[i - 1]);
    lua_rawseti(L, -2, i - from + 1);
  }
  return 1;
}

static int l_expect(lua_State *L)
{
  const char *msg;

  luaL_checkany(L, 1);
  if (lua_toboolean(L, 1))
    return 0;
  msg = lua_isnoneornil(L, 2) ? "(no message)" : luaL_tolstring(L, 2, NULL);
  self(L)->expect_failed = 1;
  luaL_where(L, 1);
  lua_pushfstring(L, "expect failed: %s", msg);
  lua_concat(L, 2);
  return lua_error(L);
}

static const char *errtext(lua_State *L)
{
  const char *m = lua_tostring(L, -1);

  return m ? m : "(error object is not a string)";
}

static void flush(void *ud)
{
  pw_cli_flush(ud);
}

/*
 * The driver calls that open and close contexts are wrapped, for the
 * state: opening notes the context (the first result), closing saves its
 * maps and buffers first.  An error is raised again where the scenario
 * called, as the driver call would have.
 */
enum { WRAP_OPEN, WRAP_CLOSE };

static const struct {
  const char *name;
  int kind;
} wrapped[] = {
  {"vm_start", WRAP_OPEN}, {"http_open", WRAP_OPEN},
  {"tcp_open", WRAP_OPEN}, {"close", WRAP_CLOSE}
};

pw_cli_target pw_cli_scenario_target(const pw_scenario *s)
{
  pw_cli_target t = {s->d.hp, s->d.h, pw_drive_enums(&s->d)};

  return t;
}

static void snap(pw_scenario *s, uint32_t ctx)
{
  pw_cli_target t = pw_cli_scenario_target(s);

  pw_cli_state_snap(s->c, &t, ctx, "at close");
}

static int l_wrapped(lua_State *L)
{
  pw_scenario *s = self(L);
  int kind = (int)lua_tointeger(L, lua_upvalueindex(3));
  int n = lua_gettop(L);

  if (kind == WRAP_CLOSE && lua_isinteger(L, 1) && s->d.h != NULL)
    snap(s, (uint32_t)lua_tointeger(L, 1));
  lua_pushvalue(L, lua_upvalueindex(2));
  lua_insert(L, 1);
  if (lua_pcall(L, n, LUA_MULTRET, 0) != LUA_OK) {
    luaL_where(L, 1);
    lua_insert(L, -2);
    lua_concat(L, 2);
    return lua_error(L);
  }
  if (kind == WRAP_OPEN && lua_isinteger(L, 1))
    pw_cli_state_note(s->c, (uint32_t)lua_tointeger(L, 1));
  return lua_gettop(L);
}

static void wrap(pw_scenario *s)
{
  lua_State *L = s->d.L;

  for (size_t k = 0; k < sizeof wrapped / sizeof wrapped[0]; k++) {
    lua_pushlightuserdata(L, &s->d);
    lua_getglobal(L, wrapped[k].name);
    lua_pushinteger(L, wrapped[k].kind);
    lua_pushcclosure(L, l_wrapped, 3);
    lua_setglobal(L, wrapped[k].name);
  }
}

static const luaL_Reg api[] = {
  {"tick_period", l_tick_period},
  {"events", l_events},
  {"expect", l_expect},
  {NULL, NULL}
};

static pw_scenario *scenario_new(pw_cli *c, const pw_host_plugin *hp,
                                 const char *who)
{
  pw_scenario *s = calloc(1, sizeof *s);
  const luaL_Reg *r;

  if (s == NULL) {
    fputs("pwabi: out of memory\n", stderr);
    return NULL;
  }
  s->c = c;
  s->d.hp = hp;
  s->d.abi = c->abi;
  s->d.who = who;
  s->d.sync = flush;
  s->d.sync_ud = c;
  if (pw_drive_open(&s->d) != 0) {
    free(s);
    return NULL;
  }
  for (r = api; r->name != NULL; r++)
    pw_drive_register(&s->d, r->name, r->func);
  wrap(s);
  return s;
}

pw_scenario *pw_cli_scenario_load(pw_cli *c, const pw_host_plugin *hp,
                                  const char *who, const char *file)
{
  pw_scenario *s = scenario_new(c, hp, who);
  int rc;

  if (s == NULL)
    return NULL;
  if (file != NULL)
    rc = luaL_loadfilex(s->d.L, file, "t");
  else
    rc = pw_lua_load_chunks(s->d.L, pw_cli_default_lua, "=default.lua");
  if (rc != LUA_OK) {
    /* luaL_loadfile says "cannot open F" or "F:line: ..." */
    fprintf(stderr, "pwabi: %s\n", errtext(s->d.L));
    pw_cli_scenario_free(s);
    return NULL;
  }
  return s;
}

int pw_cli_scenario_run(pw_scenario *s, pw_host *h)
{
  int rc;

  s->d.h = h;
  rc = lua_pcall(s->d.L, 0, 0, 0);
  pw_cli_flush(s->c);
  if (rc != LUA_OK) {
    fprintf(stderr, "pwabi: %s\n", errtext(s->d.L));
    lua_pop(s->d.L, 1);
    return s->expect_failed ? PW_EXIT_GUEST : PW_EXIT_USAGE;
  }
  if (s->expect_failed)  /* an expect whose error the scenario caught */
    return PW_EXIT_GUEST;
  return s->d.guest_failed ? PW_EXIT_GUEST : PW_EXIT_OK;
}

void pw_cli_scenario_free(pw_scenario *s)
{
  if (s == NULL)
    return;
  pw_drive_close(&s->d);
  free(s);
}
