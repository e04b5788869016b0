/*
 * The host driver as Lua globals: every driver call is a global function
 * of the same name (runtimes/cli/SCENARIOS.md lists them), its driver
 * status last, as a string ("ok", "trap", "abi", "rejected", "failed").
 *
 * "trap", "abi" and "rejected" are reported on stderr and set
 * guest_failed; the caller goes on (later calls say "failed").  Driver
 * misuse (an unknown context or token, a wrong state, an op the host does
 * not implement) raises.  Queries never raise: they return nils and their
 * status.
 *
 * The binding knows no transcript: whoever prints or records events sets
 * `sync`, called after every driver call and before every status.
 */
#ifndef PW_DRIVE_H
#define PW_DRIVE_H

#include <lua.h>

#include "host.h"

typedef struct pw_drive {
  lua_State *L;            /* a fresh state with the standard libraries */
  const pw_host_plugin *hp;
  pw_host *h;              /* may be set after pw_drive_open */
  const pw_abi *abi;       /* the plugin's version, for enum names */
  const char *who;         /* for messages: "pwabi: <who>: <fn>: trap" */
  int guest_failed;        /* a call said trap, abi or rejected */
  void (*sync)(void *ud);  /* may be NULL */
  void *sync_ud;
} pw_drive;

/* The ABI whose enum values driver calls take and return (the values of
   get_map's map type, get_buffer's buffer type): the one rule for
   whoever calls the host's driver directly. */
const pw_abi *pw_drive_enums(const pw_drive *d);
/* A new Lua state in d->L with the API as globals; -1 and a message on
   stderr when out of memory. */
int pw_drive_open(pw_drive *d);
void pw_drive_close(pw_drive *d);
/* The pw_drive of a function registered with pw_drive_register. */
pw_drive *pw_drive_of(lua_State *L);
/* Register f as global `name`, with upvalues d and the name (messages). */
void pw_drive_register(pw_drive *d, const char *name, lua_CFunction f);

/* A Lua file embedded by runtimes/lib/embed.lua: one line per chunk,
   ending with {0, 0}. */
typedef struct pw_chunk {
  const char *s;
  size_t n;
} pw_chunk;

/* lua_load of embedded chunks as `name` (e.g. "=default.lua"). */
int pw_lua_load_chunks(lua_State *L, const pw_chunk *c, const char *name);

/* --- marshal.c: arguments and results, for the API functions ---------- */

/* The API function being run, for messages. */
const char *pw_lua_fname(lua_State *L);
uint32_t pw_lua_u32(lua_State *L, int i);
pw_bytes pw_lua_bytes(lua_State *L, int i);
pw_bytes pw_lua_optbytes(lua_State *L, int i);    /* nil: "" */
/* An enum of `type` by name or number. */
uint32_t pw_lua_enum(lua_State *L, int i, const pw_abi *abi,
                     const char *type);
/* An array of {key, value} (nil: empty) as pw_pairs; the array is
   userdata left on the stack: lua_settop first, so it shadows no arg. */
const pw_pair *pw_lua_pairs(lua_State *L, int i, size_t *n);
/* Pairs-encoded bytes as an array of {key, value}; raises if malformed. */
void pw_lua_pushpairs(lua_State *L, const uint8_t *d, size_t len);
void pw_lua_pushbytes(lua_State *L, pw_bytes b);
/* t[k] = v, t on top of the stack. */
void pw_lua_setbytes(lua_State *L, const char *k, pw_bytes b);
void pw_lua_setpairs(lua_State *L, const char *k, pw_bytes b);
void pw_lua_setint(lua_State *L, const char *k, lua_Integer v);
void pw_lua_setstr(lua_State *L, const char *k, const char *v);

#endif /* PW_DRIVE_H */
