/*
 * Marshalling for the driver binding: Lua arguments to driver arguments,
 * driver results to Lua values.  Messages name the API function running
 * (its second upvalue, set by pw_drive_register).
 */
#include <lauxlib.h>

#include "drive.h"
#include "pairs.h"
#include "pwlib.h"

static const char *fname(lua_State *L)
{
  const char *n = lua_tostring(L, lua_upvalueindex(2));

  return n ? n : "?";
}

const char *pw_lua_fname(lua_State *L)
{
  return fname(L);
}

uint32_t pw_lua_u32(lua_State *L, int i)
{
  lua_Integer v = luaL_checkinteger(L, i);

  luaL_argcheck(L, v >= 0 && v <= 0xffffffffLL, i, "not a u32");
  return (uint32_t)v;
}

pw_bytes pw_lua_bytes(lua_State *L, int i)
{
  size_t n;
  pw_bytes b;

  b.ptr = (const uint8_t *)luaL_checklstring(L, i, &n);
  luaL_argcheck(L, n <= 0xffffffffu, i, "longer than 4 GiB");
  b.len = (uint32_t)n;
  return b;
}

pw_bytes pw_lua_optbytes(lua_State *L, int i)
{
  pw_bytes b = {(const uint8_t *)"", 0};

  return lua_isnoneornil(L, i) ? b : pw_lua_bytes(L, i);
}

/* An enum by name or number. */
uint32_t pw_lua_enum(lua_State *L, int i, const pw_abi *abi,
                     const char *type)
{
  long long v;

  if (lua_type(L, i) == LUA_TNUMBER)
    return pw_lua_u32(L, i);
  v = pw_variant_value(abi, type, luaL_checkstring(L, i));
  if (v < 0)
    luaL_argerror(L, i, lua_pushfstring(L, "not a %s: '%s'", type,
                                        lua_tostring(L, i)));
  return (uint32_t)v;
}

/*
 * An array of {key, value} at i (nil: empty) as pw_pairs.  The strings
 * belong to the table, which stays on the stack; the array is userdata.
 */
const pw_pair *pw_lua_pairs(lua_State *L, int i, size_t *n)
{
  static const pw_pair none[1];
  pw_pair *p;
  lua_Integer k, len;
  int j;

  *n = 0;
  if (lua_isnoneornil(L, i))
    return none;
  luaL_checktype(L, i, LUA_TTABLE);
  len = luaL_len(L, i);
  if (len == 0)
    return none;
  /* Left on the stack: callers lua_settop first, so it shadows no arg. */
  p = lua_newuserdatauv(L, (size_t)len * sizeof *p, 0);
  for (k = 1; k <= len; k++) {
    if (lua_geti(L, i, k) != LUA_TTABLE)
      luaL_error(L, "bad argument #%d to '%s' (entry %d is not {key, "
                 "value})", i, fname(L), (int)k);
    for (j = 1; j <= 2; j++) {
      size_t sl;
      const char *str;
      pw_bytes *b = j == 1 ? &p[k - 1].key : &p[k - 1].value;

      if (lua_geti(L, -1, j) != LUA_TSTRING)
        luaL_error(L, "bad argument #%d to '%s' (entry %d: %s is not a "
                   "string)", i, fname(L), (int)k, j == 1 ? "key" : "value");
      str = lua_tolstring(L, -1, &sl);
      b->ptr = (const uint8_t *)str;
      b->len = (uint32_t)sl;
      lua_pop(L, 1);
    }
    lua_pop(L, 1);
  }
  *n = (size_t)len;
  return p;
}

void pw_lua_pushbytes(lua_State *L, pw_bytes b)
{
  lua_pushlstring(L, (const char *)b.ptr, b.len);
}

/*
 * Pairs-encoded bytes as an array of {key, value}; raises when the core
 * codec (pairs.h) calls them malformed, naming the problem.
 */
void pw_lua_pushpairs(lua_State *L, const uint8_t *d, size_t len)
{
  pw_pairs_iter it;
  pw_pairs_entry e;
  int err = len > UINT32_MAX ? PW_PAIRS_TRAILING
                             : pw_pairs_check(d, (uint32_t)len, NULL);

  if (err != PW_PAIRS_OK)
    luaL_error(L, "%s: malformed pairs from the host: %s", fname(L),
               pw_pairs_error_name(err));
  lua_newtable(L);
  pw_pairs_begin(&it, d, (uint32_t)len);
  while (pw_pairs_next(&it, &e)) {
    lua_createtable(L, 2, 0);
    lua_pushlstring(L, (const char *)e.key, e.key_len);
    lua_rawseti(L, -2, 1);
    lua_pushlstring(L, (const char *)e.value, e.value_len);
    lua_rawseti(L, -2, 2);
    lua_rawseti(L, -2, (lua_Integer)it.i);
  }
}

void pw_lua_setbytes(lua_State *L, const char *k, pw_bytes b)
{
  pw_lua_pushbytes(L, b);
  lua_setfield(L, -2, k);
}

void pw_lua_setpairs(lua_State *L, const char *k, pw_bytes b)
{
  pw_lua_pushpairs(L, b.ptr, b.len);
  lua_setfield(L, -2, k);
}

void pw_lua_setstr(lua_State *L, const char *k, const char *v)
{
  lua_pushstring(L, v);
  lua_setfield(L, -2, k);
}

void pw_lua_setint(lua_State *L, const char *k, lua_Integer v)
{
  lua_pushinteger(L, v);
  lua_setfield(L, -2, k);
}
