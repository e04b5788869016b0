/*
 * The observer's Lua side: certify_events, certify_variant and
 * certify_value, the globals the executor (executor.lua) reads.
 */
#include <lauxlib.h>

#include "observe.h"

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

/* out = { <name> = value, and for bytes <len name> = length } */
static void push_outs(lua_State *L, const cf_ev *ev)
{
  lua_newtable(L);
  for (int k = 0; k < ev->nout; k++) {
    const cf_out *out = &ev->out[k];
    if (out->arg->kind == PW_ARG_OUT) {
      set_int(L, out->arg->name, (lua_Integer)out->num);
      continue;
    }
    lua_pushlstring(L, (const char *)out->bytes, out->len);
    lua_setfield(L, -2, out->arg->name);
    set_int(L, out->arg->len, out->len);
  }
  lua_setfield(L, -2, "out");
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
    push_outs(L, ev);
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
