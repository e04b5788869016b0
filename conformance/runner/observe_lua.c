/*
 * The observer's Lua side: certify_events, certify_variant and
 * certify_value, the globals the executor (executor.lua) reads.
 */
#include <string.h>

#include <lauxlib.h>

#include "drive.h"
#include "observe.h"

static cf_obs *self(lua_State *L)
{
  return lua_touserdata(L, lua_upvalueindex(1));
}

/* out = { <name> = value, and for bytes <len name> = length } */
static void push_outs(lua_State *L, const cf_ev *ev)
{
  lua_newtable(L);
  for (int k = 0; k < ev->nout; k++) {
    const cf_out *out = &ev->out[k];
    if (out->arg->kind == PW_ARG_OUT) {
      pw_lua_setint(L, out->arg->name, (lua_Integer)out->num);
      continue;
    }
    lua_pushlstring(L, (const char *)out->bytes, out->len);
    lua_setfield(L, -2, out->arg->name);
    pw_lua_setint(L, out->arg->len, out->len);
  }
  lua_setfield(L, -2, "out");
}

static void push_call(lua_State *L, cf_obs *o, const cf_ev *ev)
{
  const char *st = pw_variant_name(o->abi, pw_status_type(o->abi, ev->name),
                                   (uint32_t)ev->result);

  if (st != NULL)
    pw_lua_setstr(L, "status", st);
  else
    pw_lua_setint(L, "status", (lua_Integer)ev->result);
  push_outs(L, ev);
}

static void push_callback(lua_State *L, const cf_ev *ev)
{
  if (ev->has_result)
    pw_lua_setint(L, "ret", (lua_Integer)ev->result);
  if (ev->rtype != NULL)
    pw_lua_setstr(L, "rtype", ev->rtype);
  pw_lua_setint(L, "rc", ev->rc);
}

static void push_log(lua_State *L, const cf_ev *ev)
{
  pw_lua_setint(L, "level", (lua_Integer)ev->result);
  lua_pushlstring(L, ev->text, ev->text_len);
  lua_setfield(L, -2, "message");
}

static void push_trap(lua_State *L, const cf_ev *ev)
{
  pw_lua_setstr(L, "trap", ev->trap);
  pw_lua_setstr(L, "where", ev->where);
  pw_lua_setstr(L, "msg", ev->msg);
}

static void push_event(lua_State *L, cf_obs *o, const cf_ev *ev)
{
  static const char *const kinds[] = {"call", "callback", "log", "trap"};

  lua_newtable(L);
  pw_lua_setstr(L, "kind", kinds[ev->kind]);
  pw_lua_setstr(L, "name", ev->name);
  pw_lua_setint(L, "depth", ev->depth);
  switch (ev->kind) {
  case EV_CALL: push_call(L, o, ev); break;
  case EV_CALLBACK: push_callback(L, ev); break;
  case EV_LOG: push_log(L, ev); break;
  case EV_TRAP: push_trap(L, ev); break;
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
  cf_obs_clear(o);
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
  const char *type = luaL_checkstring(L, 1), *name = luaL_checkstring(L, 2);
  long long v = pw_variant_value(self(L)->abi, type, name);

  if (v >= 0)
    lua_pushinteger(L, v);
  else
    lua_pushnil(L);
  return 1;
}

/* lineage = certify_lineage(export): its newest name, else itself. */
static int l_lineage(lua_State *L)
{
  const pw_abi *abi = self(L)->abi;
  const char *name = luaL_checkstring(L, 1);

  for (size_t i = 0; i < abi->nexports; i++)
    if (strcmp(abi->exports[i].name, name) == 0)
      name = abi->exports[i].lineage;
  lua_pushstring(L, name);
  return 1;
}

void cf_obs_open(lua_State *L, cf_obs *o)
{
  static const luaL_Reg fns[] = {
    {"certify_events", l_events},
    {"certify_variant", l_variant},
    {"certify_value", l_value},
    {"certify_lineage", l_lineage},
    {NULL, NULL}
  };

  lua_pushglobaltable(L);
  lua_pushlightuserdata(L, o);
  luaL_setfuncs(L, fns, 1);
  lua_pop(L, 1);
}
