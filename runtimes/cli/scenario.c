/*
 * Scenarios: Lua 5.4 scripts that play the proxy through the host driver.
 *
 * Every driver call is a global function of the same name; the driver's
 * status comes back last, as a string:
 *
 *   "ok"        the call went through
 *   "trap"      a callback trapped (the VM is now failed)
 *   "abi"       the guest broke the ABI (e.g. an invalid callback result)
 *   "rejected"  on_start / on_configure returned false
 *   "failed"    the VM failed earlier: nothing was called
 *
 * "trap", "abi" and "rejected" are also reported on stderr and make the
 * run exit 1; the scenario goes on (later calls say "failed").  Driver
 * misuse (an unknown context or token, a wrong state) is a scenario error:
 * the call raises, and the run exits 2.  Queries never raise: they return
 * nils and their status.
 *
 * Pair lists are arrays of {key, value}; every string is binary-safe.
 * `ret` is the value the callback returned, nil when none was called.
 *
 *   root, ret, st  = vm_start([vm_config [, root_id]])
 *   ret, st        = validate_configuration(root, config)
 *   ret, st        = configure(root [, plugin_config])
 *   ret, st        = root_done(root)
 *   stream, st     = http_open(root)
 *   ret, st        = request_headers(stream, pairs [, eos])
 *   ret, st        = request_body(stream, bytes [, eos])
 *   ret, st        = request_trailers(stream, pairs)
 *   ret, st        = request_metadata(stream, pairs)
 *                    (and response_headers, _body, _trailers, _metadata)
 *   st             = close(stream)         on_done/on_log/on_delete
 *   conn, ret, st  = tcp_open(root)
 *   ret, st        = tcp_data(conn, "downstream"|"upstream", bytes [, eos])
 *   st             = tcp_close(conn, "downstream"|"upstream" [, peer])
 *   st             = set_time(unix_ns)
 *   st             = advance(ms)           fires due ticks
 *   call, st       = callout(token)        the guest's pending call, or nil
 *   st             = http_response(token, headers, body [, trailers])
 *   st             = http_failure(token)
 *   st             = grpc_initial_metadata(token, pairs)
 *   st             = grpc_message(token, bytes)
 *   st             = grpc_trailing_metadata(token, pairs)
 *   st             = grpc_close(token, status [, message])
 *   st             = queue_enqueue(vm_id, queue_name, bytes)
 *   st             = set_property(ctx, path, value)
 *
 * Queries:
 *
 *   pairs, st          = get_map(ctx, map_type)      e.g. "request_headers"
 *   bytes, flags, st   = get_buffer(ctx, buffer_type) e.g. "http_request_body"
 *   resp, st           = get_local_response(ctx)
 *   value, type, st    = get_metric(name)
 *   value, cas, st     = get_shared_data(key)
 *   ms                 = tick_period()   the last period the guest set, or nil
 *   list               = events([from])  transcript events from number
 *                        `from` on: {kind, name, text, line, result, level,
 *                        args}; kind "callback", "hostcall", "trap", "log"
 *                        or "action"
 *   expect(cond [, message])             false/nil: the run fails (exit 1)
 *
 * Enum arguments take the ABI's names or numbers.  `call` is a table:
 * token, root, kind ("http", "grpc", "grpc_stream"), upstream, service,
 * method, headers, body, trailers, timeout, closed.  `resp` is a table:
 * code, details, body, headers, grpc_status.
 */
#include <stdlib.h>
#include <string.h>

#include <lauxlib.h>
#include <lua.h>
#include <lualib.h>

#include "cli.h"

struct pw_scenario {
  lua_State *L;
  pw_cli *c;
  int expect_failed;
};

static const char *const drv_names[] = {
  "ok", "trap", "abi", "rejected", "failed", "usage"
};

static const char *drv_name(int rc)
{
  if (rc < 0 || (size_t)rc >= sizeof drv_names / sizeof drv_names[0])
    return "unknown";
  return drv_names[rc];
}

static pw_scenario *self(lua_State *L)
{
  return lua_touserdata(L, lua_upvalueindex(1));
}

static pw_host *host(lua_State *L)
{
  return self(L)->c->h;
}

static const pw_host_plugin *plugin(lua_State *L)
{
  return self(L)->c->hp;
}

/* The API function being run, for messages (its second upvalue). */
static const char *fname(lua_State *L)
{
  const char *n = lua_tostring(L, lua_upvalueindex(2));

  return n ? n : "?";
}

/*
 * Judge a driver status: guest failures are reported and remembered,
 * misuse raises.  Pushes the status name.
 */
static int status(lua_State *L, int rc)
{
  pw_scenario *s = self(L);
  const char *why = s->c->hp->error ? s->c->hp->error(s->c->h) : "";

  pw_cli_flush(s->c);
  if (rc == PW_DRV_USAGE)
    return luaL_error(L, "%s: %s", fname(L), why && *why ? why
                      : "driver misuse (unknown context or token?)");
  if (rc == PW_DRV_TRAP || rc == PW_DRV_ABI || rc == PW_DRV_REJECTED) {
    s->c->guest_failed = 1;
    fprintf(stderr, "pwabi: %s: %s: %s%s%s\n", s->c->wasm_path, fname(L),
            drv_name(rc), why && *why ? ": " : "", why ? why : "");
  }
  lua_pushstring(L, drv_name(rc));
  return 1;
}

/* A callback's return value and the status. */
static int ret_status(lua_State *L, int rc, uint32_t ret)
{
  if (rc == PW_DRV_OK || rc == PW_DRV_REJECTED || rc == PW_DRV_ABI)
    lua_pushinteger(L, ret);
  else
    lua_pushnil(L);
  status(L, rc);
  return 2;
}

/* A required function of the plugin. */
#define OP(L, op) \
  (plugin(L)->op != NULL ? plugin(L)->op \
   : (luaL_error(L, "%s: the host does not implement it", fname(L)), \
      plugin(L)->op))

/* --- arguments --------------------------------------------------------- */

static uint32_t u32arg(lua_State *L, int i)
{
  lua_Integer v = luaL_checkinteger(L, i);

  luaL_argcheck(L, v >= 0 && v <= 0xffffffffLL, i, "not a u32");
  return (uint32_t)v;
}

static pw_bytes bytesarg(lua_State *L, int i)
{
  size_t n;
  pw_bytes b;

  b.ptr = (const uint8_t *)luaL_checklstring(L, i, &n);
  luaL_argcheck(L, n <= 0xffffffffu, i, "longer than 4 GiB");
  b.len = (uint32_t)n;
  return b;
}

static pw_bytes optbytes(lua_State *L, int i)
{
  pw_bytes b = {(const uint8_t *)"", 0};

  return lua_isnoneornil(L, i) ? b : bytesarg(L, i);
}

/* An enum by name or number. */
static uint32_t enumarg(lua_State *L, int i, const char *type)
{
  long long v;

  if (lua_type(L, i) == LUA_TNUMBER)
    return u32arg(L, i);
  v = pw_variant_value(self(L)->c->abi, type, luaL_checkstring(L, i));
  if (v < 0)
    luaL_argerror(L, i, lua_pushfstring(L, "not a %s: '%s'", type,
                                        lua_tostring(L, i)));
  return (uint32_t)v;
}

static int dirarg(lua_State *L, int i, const char *a, const char *b)
{
  const char *const names[] = {a, b, NULL};

  return luaL_checkoption(L, i, NULL, names);
}

/*
 * An array of {key, value} at i (nil: empty) as pw_pairs.  The strings
 * belong to the table, which stays on the stack; the array is userdata.
 */
static const pw_pair *pairsarg(lua_State *L, int i, size_t *n)
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

/* --- results ------------------------------------------------------------ */

static void pushbytes(lua_State *L, pw_bytes b)
{
  lua_pushlstring(L, (const char *)b.ptr, b.len);
}

static uint32_t le32(const uint8_t *p)
{
  return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16
         | (uint32_t)p[3] << 24;
}

/*
 * Pairs-encoded bytes (count, count x (klen, vlen), then each key and value
 * followed by NUL) as an array of {key, value}; raises when malformed.
 */
static void pushpairs(lua_State *L, const uint8_t *d, size_t len)
{
  size_t n, i, off;

  lua_newtable(L);
  if (len == 0)
    return;
  n = len < 4 ? 0 : le32(d);
  if (len < 4 || n > (len - 4) / 8)
    luaL_error(L, "%s: malformed pairs from the host", fname(L));
  off = 4 + 8 * n;
  for (i = 0; i < n; i++) {
    size_t kl = le32(d + 4 + 8 * i), vl = le32(d + 8 + 8 * i);

    if (kl > len - off || vl > len - off - kl || len - off - kl - vl < 2)
      luaL_error(L, "%s: malformed pairs from the host", fname(L));
    lua_createtable(L, 2, 0);
    lua_pushlstring(L, (const char *)d + off, kl);
    lua_rawseti(L, -2, 1);
    lua_pushlstring(L, (const char *)d + off + kl + 1, vl);
    lua_rawseti(L, -2, 2);
    lua_rawseti(L, -2, (lua_Integer)i + 1);
    off += kl + vl + 2;
  }
}

static void setbytes(lua_State *L, const char *k, pw_bytes b)
{
  pushbytes(L, b);
  lua_setfield(L, -2, k);
}

static void setpairs(lua_State *L, const char *k, pw_bytes b)
{
  pushpairs(L, b.ptr, b.len);
  lua_setfield(L, -2, k);
}

static void setint(lua_State *L, const char *k, lua_Integer v)
{
  lua_pushinteger(L, v);
  lua_setfield(L, -2, k);
}

/* --- lifecycle ---------------------------------------------------------- */

static int l_vm_start(lua_State *L)
{
  pw_bytes cfg = optbytes(L, 1);
  const char *id = luaL_optstring(L, 2, "");
  uint32_t root = 0, ret = 0;
  int rc = OP(L, vm_start)(host(L), id, cfg, &root, &ret);

  if (rc == PW_DRV_OK || rc == PW_DRV_REJECTED || rc == PW_DRV_TRAP
      || rc == PW_DRV_ABI)
    lua_pushinteger(L, root);
  else
    lua_pushnil(L);
  ret_status(L, rc, ret);
  return 3;
}

static int l_validate_configuration(lua_State *L)
{
  uint32_t ret = 0;
  int rc = OP(L, validate_configuration)(host(L), u32arg(L, 1),
                                         optbytes(L, 2), &ret);

  return ret_status(L, rc, ret);
}

static int l_configure(lua_State *L)
{
  uint32_t ret = 0;
  int rc = OP(L, configure)(host(L), u32arg(L, 1), optbytes(L, 2), &ret);

  return ret_status(L, rc, ret);
}

static int l_root_done(lua_State *L)
{
  uint32_t ret = 0;
  int rc = OP(L, root_done)(host(L), u32arg(L, 1), &ret);

  return ret_status(L, rc, ret);
}

/* --- HTTP --------------------------------------------------------------- */

static int l_http_open(lua_State *L)
{
  uint32_t stream = 0;
  int rc = OP(L, http_open)(host(L), u32arg(L, 1), &stream);

  if (rc == PW_DRV_OK)
    lua_pushinteger(L, stream);
  else
    lua_pushnil(L);
  status(L, rc);
  return 2;
}

/* request_* and response_* share one function: the name (upvalue 2)
   gives the direction. */
static int dir_of(lua_State *L)
{
  const char *name = lua_tostring(L, lua_upvalueindex(2));

  return strncmp(name, "response", 8) == 0 ? PW_DIR_RESPONSE
                                           : PW_DIR_REQUEST;
}

static int l_headers(lua_State *L)
{
  int dir = dir_of(L);
  uint32_t ret = 0, stream;
  const pw_pair *p;
  size_t n;
  int eos, rc;

  lua_settop(L, 3);
  stream = u32arg(L, 1);
  eos = lua_toboolean(L, 3);
  p = pairsarg(L, 2, &n);
  rc = OP(L, http_headers)(host(L), stream, dir, p, n, eos, &ret);

  return ret_status(L, rc, ret);
}

static int l_body(lua_State *L)
{
  int dir = dir_of(L);
  uint32_t ret = 0, stream = u32arg(L, 1);
  pw_bytes b = optbytes(L, 2);
  int rc = OP(L, http_body)(host(L), stream, dir, b, lua_toboolean(L, 3),
                            &ret);

  return ret_status(L, rc, ret);
}

/* Trailers and metadata: the same call shape; the name picks the driver
   function. */
static int l_pairs_event(lua_State *L)
{
  int dir = dir_of(L);
  int trailers = strstr(fname(L), "trailers") != NULL;
  uint32_t ret = 0, stream;
  const pw_pair *p;
  size_t n;
  int rc;

  lua_settop(L, 2);
  stream = u32arg(L, 1);
  p = pairsarg(L, 2, &n);
  rc = trailers ? OP(L, http_trailers)(host(L), stream, dir, p, n, &ret)
                : OP(L, http_metadata)(host(L), stream, dir, p, n, &ret);

  return ret_status(L, rc, ret);
}

static int l_close(lua_State *L)
{
  return status(L, OP(L, stream_close)(host(L), u32arg(L, 1)));
}

/* --- L4 ----------------------------------------------------------------- */

static int l_tcp_open(lua_State *L)
{
  uint32_t conn = 0, ret = 0;
  int rc = OP(L, tcp_open)(host(L), u32arg(L, 1), &conn, &ret);

  if (rc == PW_DRV_OK || rc == PW_DRV_TRAP || rc == PW_DRV_ABI)
    lua_pushinteger(L, conn);
  else
    lua_pushnil(L);
  ret_status(L, rc, ret);
  return 3;
}

static int l_tcp_data(lua_State *L)
{
  uint32_t ret = 0, conn = u32arg(L, 1);
  int dir = dirarg(L, 2, "downstream", "upstream");
  pw_bytes b = optbytes(L, 3);
  int rc = OP(L, tcp_data)(host(L), conn, dir, b, lua_toboolean(L, 4),
                           &ret);

  return ret_status(L, rc, ret);
}

static int l_tcp_close(lua_State *L)
{
  uint32_t conn = u32arg(L, 1);
  int dir = dirarg(L, 2, "downstream", "upstream");
  uint32_t peer = lua_isnoneornil(L, 3) ? 0 : enumarg(L, 3, "peer_type");

  return status(L, OP(L, tcp_close)(host(L), conn, dir, peer));
}

/* --- time --------------------------------------------------------------- */

static int l_set_time(lua_State *L)
{
  lua_Integer ns = luaL_checkinteger(L, 1);

  luaL_argcheck(L, ns >= 0, 1, "negative time");
  return status(L, OP(L, set_time)(host(L), (uint64_t)ns));
}

static int l_advance(lua_State *L)
{
  lua_Integer ms = luaL_checkinteger(L, 1);

  luaL_argcheck(L, ms >= 0, 1, "negative time");
  return status(L, OP(L, advance)(host(L), (uint64_t)ms));
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

/* --- upstreams ---------------------------------------------------------- */

static int l_callout(lua_State *L)
{
  pw_callout co;
  int rc;

  memset(&co, 0, sizeof co);
  rc = OP(L, callout)(host(L), u32arg(L, 1), &co);
  if (rc != PW_DRV_OK) {
    lua_pushnil(L);
    lua_pushstring(L, drv_name(rc));
    return 2;
  }
  lua_newtable(L);
  setint(L, "token", co.token);
  setint(L, "root", co.root);
  lua_pushstring(L, co.kind == 'h' ? "http" : co.kind == 'g' ? "grpc"
                    : co.kind == 's' ? "grpc_stream" : "?");
  lua_setfield(L, -2, "kind");
  setbytes(L, "upstream", co.upstream);
  setbytes(L, "service", co.service_name);
  setbytes(L, "method", co.method_name);
  setpairs(L, "headers", co.header_pairs);
  setbytes(L, "body", co.body);
  setpairs(L, "trailers", co.trailer_pairs);
  setint(L, "timeout", co.timeout_ms);
  lua_pushboolean(L, co.closed);
  lua_setfield(L, -2, "closed");
  lua_pushstring(L, "ok");
  return 2;
}

static int l_http_response(lua_State *L)
{
  uint32_t token;
  const pw_pair *h, *t;
  size_t nh, nt;
  pw_bytes b;

  lua_settop(L, 4);
  token = u32arg(L, 1);
  b = optbytes(L, 3);
  h = pairsarg(L, 2, &nh);
  t = pairsarg(L, 4, &nt);

  return status(L, OP(L, http_response)(host(L), token, h, nh, b, t, nt));
}

static int l_http_failure(lua_State *L)
{
  return status(L, OP(L, http_failure)(host(L), u32arg(L, 1)));
}

static int l_grpc_initial_metadata(lua_State *L)
{
  uint32_t token;
  const pw_pair *p;
  size_t n;

  lua_settop(L, 2);
  token = u32arg(L, 1);
  p = pairsarg(L, 2, &n);
  return status(L, OP(L, grpc_initial_metadata)(host(L), token, p, n));
}

static int l_grpc_message(lua_State *L)
{
  uint32_t token = u32arg(L, 1);

  return status(L, OP(L, grpc_message)(host(L), token, optbytes(L, 2)));
}

static int l_grpc_trailing_metadata(lua_State *L)
{
  uint32_t token;
  const pw_pair *p;
  size_t n;

  lua_settop(L, 2);
  token = u32arg(L, 1);
  p = pairsarg(L, 2, &n);
  return status(L, OP(L, grpc_trailing_metadata)(host(L), token, p, n));
}

static int l_grpc_close(lua_State *L)
{
  uint32_t token = u32arg(L, 1);
  uint32_t st = enumarg(L, 2, "grpc_status");

  return status(L, OP(L, grpc_close)(host(L), token, st, optbytes(L, 3)));
}

static int l_queue_enqueue(lua_State *L)
{
  const char *vm = luaL_checkstring(L, 1);
  pw_bytes name = bytesarg(L, 2), data = optbytes(L, 3);

  return status(L, OP(L, queue_enqueue)(host(L), vm, name, data));
}

static int l_set_property(lua_State *L)
{
  uint32_t ctx = u32arg(L, 1);
  pw_bytes path = bytesarg(L, 2), value = optbytes(L, 3);

  return status(L, OP(L, set_property)(host(L), ctx, path, value));
}

/* --- queries ------------------------------------------------------------ */

/* Queries push nils for their values and the status when not ok. */
static int query_failed(lua_State *L, int nvalues, int rc)
{
  int i;

  for (i = 0; i < nvalues; i++)
    lua_pushnil(L);
  lua_pushstring(L, drv_name(rc));
  return nvalues + 1;
}

static int l_get_map(lua_State *L)
{
  uint32_t ctx = u32arg(L, 1), type = enumarg(L, 2, "headers_type");
  pw_out o = PW_OUT_INIT;
  int rc = OP(L, get_map)(host(L), ctx, type, &o);

  if (rc != PW_DRV_OK) {
    pw_out_free(&o);
    return query_failed(L, 1, rc);
  }
  /* Copy before decoding: a malformed encoding raises. */
  lua_pushlstring(L, (const char *)(o.data ? o.data : (uint8_t *)""), o.len);
  pw_out_free(&o);
  {
    size_t n;
    const char *d = lua_tolstring(L, -1, &n);

    pushpairs(L, (const uint8_t *)d, n);
  }
  lua_remove(L, -2);
  lua_pushstring(L, "ok");
  return 2;
}

static int l_get_buffer(lua_State *L)
{
  uint32_t ctx = u32arg(L, 1), type = enumarg(L, 2, "buffer_type");
  uint32_t flags = 0;
  pw_out o = PW_OUT_INIT;
  int rc = OP(L, get_buffer)(host(L), ctx, type, &o, &flags);

  if (rc != PW_DRV_OK) {
    pw_out_free(&o);
    return query_failed(L, 2, rc);
  }
  lua_pushlstring(L, (const char *)(o.data ? o.data : (uint8_t *)""), o.len);
  pw_out_free(&o);
  lua_pushinteger(L, flags);
  lua_pushstring(L, "ok");
  return 3;
}

static int l_get_local_response(lua_State *L)
{
  pw_local_response r;
  int rc;

  memset(&r, 0, sizeof r);
  rc = OP(L, get_local_response)(host(L), u32arg(L, 1), &r);
  if (rc != PW_DRV_OK)
    return query_failed(L, 1, rc);
  lua_newtable(L);
  setint(L, "code", r.code);
  setbytes(L, "details", r.details);
  setbytes(L, "body", r.body);
  setpairs(L, "headers", r.header_pairs);
  setint(L, "grpc_status", r.grpc_status);
  lua_pushstring(L, "ok");
  return 2;
}

static int l_get_metric(lua_State *L)
{
  uint32_t type = 0;
  uint64_t value = 0;
  const char *tn;
  int rc = OP(L, get_metric)(host(L), bytesarg(L, 1), &type, &value);

  if (rc != PW_DRV_OK)
    return query_failed(L, 2, rc);
  lua_pushinteger(L, (lua_Integer)value);
  tn = pw_variant_name(self(L)->c->abi, "metric_type", type);
  if (tn != NULL)
    lua_pushstring(L, tn);
  else
    lua_pushinteger(L, type);
  lua_pushstring(L, "ok");
  return 3;
}

static int l_get_shared_data(lua_State *L)
{
  uint32_t cas = 0;
  pw_out o = PW_OUT_INIT;
  int rc = OP(L, get_shared_data)(host(L), bytesarg(L, 1), &o, &cas);

  if (rc != PW_DRV_OK) {
    pw_out_free(&o);
    return query_failed(L, 2, rc);
  }
  lua_pushlstring(L, (const char *)(o.data ? o.data : (uint8_t *)""), o.len);
  pw_out_free(&o);
  lua_pushinteger(L, cas);
  lua_pushstring(L, "ok");
  return 3;
}

static const char *const kind_names[] = {
  "hostcall", "callback", "trap", "log", "action"
};

static void pushrec(lua_State *L, const pw_cli_rec *r)
{
  size_t i;

  lua_createtable(L, 0, 7);
  lua_pushstring(L, (size_t)r->kind < 5 ? kind_names[r->kind] : "?");
  lua_setfield(L, -2, "kind");
  lua_pushstring(L, r->name);
  lua_setfield(L, -2, "name");
  lua_pushstring(L, r->text);
  lua_setfield(L, -2, "text");
  lua_pushstring(L, r->line);
  lua_setfield(L, -2, "line");
  if (r->has_result)
    setint(L, "result", (lua_Integer)r->result);
  setint(L, "level", r->level);
  lua_createtable(L, (int)r->nargs, 0);
  for (i = 0; i < r->nargs; i++) {
    lua_pushinteger(L, (lua_Integer)r->args[i]);
    lua_rawseti(L, -2, (lua_Integer)i + 1);
  }
  lua_setfield(L, -2, "args");
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

static const luaL_Reg api[] = {
  {"vm_start", l_vm_start},
  {"validate_configuration", l_validate_configuration},
  {"configure", l_configure},
  {"root_done", l_root_done},
  {"http_open", l_http_open},
  {"request_headers", l_headers},
  {"response_headers", l_headers},
  {"request_body", l_body},
  {"response_body", l_body},
  {"request_trailers", l_pairs_event},
  {"response_trailers", l_pairs_event},
  {"request_metadata", l_pairs_event},
  {"response_metadata", l_pairs_event},
  {"close", l_close},
  {"tcp_open", l_tcp_open},
  {"tcp_data", l_tcp_data},
  {"tcp_close", l_tcp_close},
  {"set_time", l_set_time},
  {"advance", l_advance},
  {"tick_period", l_tick_period},
  {"callout", l_callout},
  {"http_response", l_http_response},
  {"http_failure", l_http_failure},
  {"grpc_initial_metadata", l_grpc_initial_metadata},
  {"grpc_message", l_grpc_message},
  {"grpc_trailing_metadata", l_grpc_trailing_metadata},
  {"grpc_close", l_grpc_close},
  {"queue_enqueue", l_queue_enqueue},
  {"set_property", l_set_property},
  {"get_map", l_get_map},
  {"get_buffer", l_get_buffer},
  {"get_local_response", l_get_local_response},
  {"get_metric", l_get_metric},
  {"get_shared_data", l_get_shared_data},
  {"events", l_events},
  {"expect", l_expect},
  {NULL, NULL}
};

/* --- loading and running ------------------------------------------------ */

/* lua_load reader over the embedded scenario's chunks. */
static const char *read_default(lua_State *L, void *ud, size_t *size)
{
  const pw_cli_chunk **c = ud;

  (void)L;
  *size = (*c)->n;
  return (*c)->s != NULL ? (*c)++->s : NULL;
}

static const char *errtext(lua_State *L)
{
  const char *m = lua_tostring(L, -1);

  return m ? m : "(error object is not a string)";
}

pw_scenario *pw_cli_scenario_new(pw_cli *c)
{
  pw_scenario *s = calloc(1, sizeof *s);
  const luaL_Reg *r;

  if (s == NULL || (s->L = luaL_newstate()) == NULL) {
    fprintf(stderr, "pwabi: out of memory\n");
    free(s);
    return NULL;
  }
  s->c = c;
  luaL_openlibs(s->L);
  for (r = api; r->name != NULL; r++) {  /* upvalues: s, own name */
    lua_pushlightuserdata(s->L, s);
    lua_pushstring(s->L, r->name);
    lua_pushcclosure(s->L, r->func, 2);
    lua_setglobal(s->L, r->name);
  }
  return s;
}

lua_State *pw_cli_scenario_lua(pw_scenario *s)
{
  return s->L;
}

pw_scenario *pw_cli_scenario_load(pw_cli *c, const char *file)
{
  pw_scenario *s = pw_cli_scenario_new(c);
  const pw_cli_chunk *chunk = pw_cli_default_lua;
  int rc;

  if (s == NULL)
    return NULL;
  if (file != NULL)
    rc = luaL_loadfilex(s->L, file, "t");
  else
    rc = lua_load(s->L, read_default, &chunk, "=default.lua", "t");
  if (rc != LUA_OK) {
    /* luaL_loadfile says "cannot open F" or "F:line: ..." */
    fprintf(stderr, "pwabi: %s\n", errtext(s->L));
    pw_cli_scenario_free(s);
    return NULL;
  }
  return s;
}

int pw_cli_scenario_run(pw_scenario *s)
{
  int rc = lua_pcall(s->L, 0, 0, 0);

  pw_cli_flush(s->c);
  if (rc != LUA_OK) {
    fprintf(stderr, "pwabi: %s\n", errtext(s->L));
    lua_pop(s->L, 1);
    return s->expect_failed ? PW_EXIT_GUEST : PW_EXIT_USAGE;
  }
  if (s->expect_failed)  /* an expect whose error the scenario caught */
    return PW_EXIT_GUEST;
  return s->c->guest_failed ? PW_EXIT_GUEST : PW_EXIT_OK;
}

void pw_cli_scenario_free(pw_scenario *s)
{
  if (s == NULL)
    return;
  if (s->L != NULL)
    lua_close(s->L);
  free(s);
}
