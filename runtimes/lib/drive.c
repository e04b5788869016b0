/*
 * The host driver as Lua globals (drive.h): one C function per driver
 * call, the status judged in one place.  `pwabi run` adds its scenario
 * functions (runtimes/cli/scenario.c), `pwabi certify` its executor's.
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
 *   st             = shared_data_write(key, value)  another VM of the
 *                    same VM id writes, with the CAS it read
 *   st             = foreign_function(root, function_id [, bytes])
 *                    on_foreign_function; bytes readable as buffer 8
 *   st             = set_property(ctx, path, value)
 *
 * Queries:
 *
 *   pairs, st          = get_map(ctx, map_type)      e.g. "request_headers"
 *   bytes, flags, st   = get_buffer(ctx, buffer_type) e.g. "http_request_body"
 *   resp, st           = get_local_response(ctx)
 *   value, type, st    = get_metric(name)
 *   value, cas, st     = get_shared_data(key)
 *
 * Enum arguments take the ABI's names or numbers.  `call` is a table:
 * token, root, kind ("http", "grpc", "grpc_stream"), upstream, service,
 * method, headers, body, trailers, timeout, closed.  `resp` is a table:
 * code, details, body, headers, grpc_status.
 */
#include <stdlib.h>
#include <string.h>

#include <lauxlib.h>
#include <lualib.h>

#include "decode.h"
#include "drive.h"
#include "pw_host.h"
#include "pwlib.h"

static const char *const drv_names[] = {
  "ok", "trap", "abi", "rejected", "failed", "usage"
};

const char *pw_drv_name(int rc)
{
  if (rc < 0 || (size_t)rc >= sizeof drv_names / sizeof drv_names[0])
    return "unknown";
  return drv_names[rc];
}

pw_drive *pw_drive_of(lua_State *L)
{
  return lua_touserdata(L, lua_upvalueindex(1));
}

static pw_host *host(lua_State *L)
{
  return pw_drive_of(L)->h;
}

static const pw_host_plugin *plugin(lua_State *L)
{
  return pw_drive_of(L)->hp;
}

/* Hosts speak canonical values (pw_host.h): every version's glue
   translates its own numbering. */
const pw_abi *pw_drive_enums(const pw_drive *d)
{
  (void)d;
  return &pw_canonical;
}

static uint32_t enumarg(lua_State *L, int i, const char *type)
{
  return pw_lua_enum(L, i, pw_drive_enums(pw_drive_of(L)), type);
}

/*
 * Judge a driver status: guest failures are reported and remembered,
 * misuse raises.  Pushes the status name.
 */
static int status(lua_State *L, int rc)
{
  pw_drive *d = pw_drive_of(L);
  const char *why = d->hp->error ? d->hp->error(d->h) : "";

  if (d->sync != NULL)
    d->sync(d->sync_ud);
  if (rc == PW_DRV_USAGE)
    return luaL_error(L, "%s: %s", pw_lua_fname(L), why && *why ? why
                      : "driver misuse (unknown context or token?)");
  if (rc == PW_DRV_TRAP || rc == PW_DRV_ABI || rc == PW_DRV_REJECTED) {
    d->guest_failed = 1;
    fprintf(stderr, "pwabi: %s: %s: %s%s%s\n", d->who, pw_lua_fname(L),
            pw_drv_name(rc), why && *why ? ": " : "", why ? why : "");
  }
  lua_pushstring(L, pw_drv_name(rc));
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
   : (luaL_error(L, "%s: the host does not implement it", \
                 pw_lua_fname(L)), plugin(L)->op))

/* --- calls ------------------------------------------------------------- */

static int dirarg(lua_State *L, int i, const char *a, const char *b)
{
  const char *const names[] = {a, b, NULL};

  return luaL_checkoption(L, i, NULL, names);
}

/* lifecycle */

static int l_vm_start(lua_State *L)
{
  pw_bytes cfg = pw_lua_optbytes(L, 1);
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
  int rc = OP(L, validate_configuration)(host(L), pw_lua_u32(L, 1),
                                         pw_lua_optbytes(L, 2), &ret);

  return ret_status(L, rc, ret);
}

static int l_configure(lua_State *L)
{
  uint32_t ret = 0;
  uint32_t root = pw_lua_u32(L, 1);
  int rc = OP(L, configure)(host(L), root, pw_lua_optbytes(L, 2), &ret);

  return ret_status(L, rc, ret);
}

static int l_root_done(lua_State *L)
{
  uint32_t ret = 0;
  int rc = OP(L, root_done)(host(L), pw_lua_u32(L, 1), &ret);

  return ret_status(L, rc, ret);
}

/* --- HTTP --------------------------------------------------------------- */

static int l_http_open(lua_State *L)
{
  uint32_t stream = 0;
  int rc = OP(L, http_open)(host(L), pw_lua_u32(L, 1), &stream);

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
  stream = pw_lua_u32(L, 1);
  eos = lua_toboolean(L, 3);
  p = pw_lua_pairs(L, 2, &n);
  rc = OP(L, http_headers)(host(L), stream, dir, p, n, eos, &ret);

  return ret_status(L, rc, ret);
}

static int l_body(lua_State *L)
{
  int dir = dir_of(L);
  uint32_t ret = 0, stream = pw_lua_u32(L, 1);
  pw_bytes b = pw_lua_optbytes(L, 2);
  int rc = OP(L, http_body)(host(L), stream, dir, b, lua_toboolean(L, 3),
                            &ret);

  return ret_status(L, rc, ret);
}

/* Trailers and metadata: the same call shape; the name picks the driver
   function. */
static int l_pairs_event(lua_State *L)
{
  int dir = dir_of(L);
  int trailers = strstr(pw_lua_fname(L), "trailers") != NULL;
  uint32_t ret = 0, stream;
  const pw_pair *p;
  size_t n;
  int rc;

  lua_settop(L, 2);
  stream = pw_lua_u32(L, 1);
  p = pw_lua_pairs(L, 2, &n);
  rc = trailers ? OP(L, http_trailers)(host(L), stream, dir, p, n, &ret)
                : OP(L, http_metadata)(host(L), stream, dir, p, n, &ret);

  return ret_status(L, rc, ret);
}

static int l_close(lua_State *L)
{
  return status(L, OP(L, stream_close)(host(L), pw_lua_u32(L, 1)));
}

/* --- L4 ----------------------------------------------------------------- */

static int l_tcp_open(lua_State *L)
{
  uint32_t conn = 0, ret = 0;
  int rc = OP(L, tcp_open)(host(L), pw_lua_u32(L, 1), &conn, &ret);

  if (rc == PW_DRV_OK || rc == PW_DRV_TRAP || rc == PW_DRV_ABI)
    lua_pushinteger(L, conn);
  else
    lua_pushnil(L);
  ret_status(L, rc, ret);
  return 3;
}

static int l_tcp_data(lua_State *L)
{
  uint32_t ret = 0, conn = pw_lua_u32(L, 1);
  int dir = dirarg(L, 2, "downstream", "upstream");
  pw_bytes b = pw_lua_optbytes(L, 3);
  int rc = OP(L, tcp_data)(host(L), conn, dir, b, lua_toboolean(L, 4),
                           &ret);

  return ret_status(L, rc, ret);
}

static int l_tcp_close(lua_State *L)
{
  uint32_t conn = pw_lua_u32(L, 1);
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

/* --- upstreams ---------------------------------------------------------- */

static int l_callout(lua_State *L)
{
  pw_callout co;
  int rc;

  memset(&co, 0, sizeof co);
  rc = OP(L, callout)(host(L), pw_lua_u32(L, 1), &co);
  if (rc != PW_DRV_OK) {
    lua_pushnil(L);
    lua_pushstring(L, pw_drv_name(rc));
    return 2;
  }
  lua_newtable(L);
  pw_lua_setint(L, "token", co.token);
  pw_lua_setint(L, "root", co.root);
  lua_pushstring(L, co.kind == 'h' ? "http" : co.kind == 'g' ? "grpc"
                    : co.kind == 's' ? "grpc_stream" : "?");
  lua_setfield(L, -2, "kind");
  pw_lua_setbytes(L, "upstream", co.upstream);
  pw_lua_setbytes(L, "service", co.service_name);
  pw_lua_setbytes(L, "method", co.method_name);
  pw_lua_setpairs(L, "headers", co.header_pairs);
  pw_lua_setbytes(L, "body", co.body);
  pw_lua_setpairs(L, "trailers", co.trailer_pairs);
  pw_lua_setint(L, "timeout", co.timeout_ms);
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
  token = pw_lua_u32(L, 1);
  b = pw_lua_optbytes(L, 3);
  h = pw_lua_pairs(L, 2, &nh);
  t = pw_lua_pairs(L, 4, &nt);

  return status(L, OP(L, http_response)(host(L), token, h, nh, b, t, nt));
}

static int l_http_failure(lua_State *L)
{
  return status(L, OP(L, http_failure)(host(L), pw_lua_u32(L, 1)));
}

/* Initial and trailing metadata: the name picks the driver function. */
static int l_grpc_metadata(lua_State *L)
{
  int trailing = strstr(pw_lua_fname(L), "trailing") != NULL;
  uint32_t token;
  const pw_pair *p;
  size_t n;

  lua_settop(L, 2);
  token = pw_lua_u32(L, 1);
  p = pw_lua_pairs(L, 2, &n);
  return status(L, trailing
                ? OP(L, grpc_trailing_metadata)(host(L), token, p, n)
                : OP(L, grpc_initial_metadata)(host(L), token, p, n));
}

static int l_grpc_message(lua_State *L)
{
  uint32_t token = pw_lua_u32(L, 1);
  pw_bytes msg = pw_lua_optbytes(L, 2);

  return status(L, OP(L, grpc_message)(host(L), token, msg));
}

static int l_grpc_close(lua_State *L)
{
  uint32_t token = pw_lua_u32(L, 1);
  uint32_t st = enumarg(L, 2, "grpc_status");
  pw_bytes msg = pw_lua_optbytes(L, 3);

  return status(L, OP(L, grpc_close)(host(L), token, st, msg));
}

static int l_queue_enqueue(lua_State *L)
{
  const char *vm = luaL_checkstring(L, 1);
  pw_bytes name = pw_lua_bytes(L, 2), data = pw_lua_optbytes(L, 3);

  return status(L, OP(L, queue_enqueue)(host(L), vm, name, data));
}

static int l_shared_data_write(lua_State *L)
{
  pw_bytes key = pw_lua_bytes(L, 1), value = pw_lua_optbytes(L, 2);

  return status(L, OP(L, shared_data_write)(host(L), key, value));
}

static int l_foreign_function(lua_State *L)
{
  uint32_t root = pw_lua_u32(L, 1), id = pw_lua_u32(L, 2);
  pw_bytes args = pw_lua_optbytes(L, 3);

  return status(L, OP(L, foreign_function)(host(L), root, id, args));
}

static int l_set_property(lua_State *L)
{
  uint32_t ctx = pw_lua_u32(L, 1);
  pw_bytes path = pw_lua_bytes(L, 2), value = pw_lua_optbytes(L, 3);

  return status(L, OP(L, set_property)(host(L), ctx, path, value));
}

/* --- queries ------------------------------------------------------------ */

/* Queries push nils for their values and the status when not ok. */
static int query_failed(lua_State *L, int nvalues, int rc)
{
  int i;

  for (i = 0; i < nvalues; i++)
    lua_pushnil(L);
  lua_pushstring(L, pw_drv_name(rc));
  return nvalues + 1;
}

/* A query's bytes pushed when rc says ok (0), else its nils and status
   (how many results); o is freed either way. */
static int out_bytes(lua_State *L, int rc, pw_out *o, int nvalues)
{
  if (rc == PW_DRV_OK)
    lua_pushlstring(L, (const char *)(o->data ? o->data : (uint8_t *)""),
                    o->len);
  pw_out_free(o);
  return rc == PW_DRV_OK ? 0 : query_failed(L, nvalues, rc);
}

static int l_get_map(lua_State *L)
{
  uint32_t ctx = pw_lua_u32(L, 1), type = enumarg(L, 2, "headers_type");
  pw_out o = PW_OUT_INIT;
  int rc = OP(L, get_map)(host(L), ctx, type, &o);
  const char *d;
  size_t n;

  /* Copied before decoding: a malformed encoding raises. */
  if ((rc = out_bytes(L, rc, &o, 1)) != 0)
    return rc;
  d = lua_tolstring(L, -1, &n);
  pw_lua_pushpairs(L, (const uint8_t *)d, n);
  lua_remove(L, -2);
  lua_pushstring(L, "ok");
  return 2;
}

static int l_get_buffer(lua_State *L)
{
  uint32_t ctx = pw_lua_u32(L, 1), type = enumarg(L, 2, "buffer_type");
  uint32_t flags = 0;
  pw_out o = PW_OUT_INIT;
  int rc = OP(L, get_buffer)(host(L), ctx, type, &o, &flags);

  if ((rc = out_bytes(L, rc, &o, 2)) != 0)
    return rc;
  lua_pushinteger(L, flags);
  lua_pushstring(L, "ok");
  return 3;
}

static int l_get_local_response(lua_State *L)
{
  pw_local_response r;
  int rc;

  memset(&r, 0, sizeof r);
  rc = OP(L, get_local_response)(host(L), pw_lua_u32(L, 1), &r);
  if (rc != PW_DRV_OK)
    return query_failed(L, 1, rc);
  lua_newtable(L);
  pw_lua_setint(L, "code", r.code);
  pw_lua_setbytes(L, "details", r.details);
  pw_lua_setbytes(L, "body", r.body);
  pw_lua_setpairs(L, "headers", r.header_pairs);
  pw_lua_setint(L, "grpc_status", r.grpc_status);
  lua_pushstring(L, "ok");
  return 2;
}

static int l_get_metric(lua_State *L)
{
  uint32_t type = 0;
  uint64_t value = 0;
  const char *tn;
  int rc = OP(L, get_metric)(host(L), pw_lua_bytes(L, 1), &type, &value);

  if (rc != PW_DRV_OK)
    return query_failed(L, 2, rc);
  lua_pushinteger(L, (lua_Integer)value);
  tn = pw_variant_name(pw_drive_enums(pw_drive_of(L)), "metric_type", type);
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
  int rc = OP(L, get_shared_data)(host(L), pw_lua_bytes(L, 1), &o, &cas);

  if ((rc = out_bytes(L, rc, &o, 2)) != 0)
    return rc;
  lua_pushinteger(L, cas);
  lua_pushstring(L, "ok");
  return 3;
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
  {"callout", l_callout},
  {"http_response", l_http_response},
  {"http_failure", l_http_failure},
  {"grpc_initial_metadata", l_grpc_metadata},
  {"grpc_message", l_grpc_message},
  {"grpc_trailing_metadata", l_grpc_metadata},
  {"grpc_close", l_grpc_close},
  {"queue_enqueue", l_queue_enqueue},
  {"foreign_function", l_foreign_function},
  {"shared_data_write", l_shared_data_write},
  {"set_property", l_set_property},
  {"get_map", l_get_map},
  {"get_buffer", l_get_buffer},
  {"get_local_response", l_get_local_response},
  {"get_metric", l_get_metric},
  {"get_shared_data", l_get_shared_data},
  {NULL, NULL}
};

static const char *read_chunk(lua_State *L, void *ud, size_t *size)
{
  const pw_chunk **c = ud;

  (void)L;
  *size = (*c)->n;
  return (*c)->s != NULL ? (*c)++->s : NULL;
}

int pw_lua_load_chunks(lua_State *L, const pw_chunk *c, const char *name)
{
  return lua_load(L, read_chunk, &c, name, "t");
}

void pw_drive_register(pw_drive *d, const char *name, lua_CFunction f)
{
  lua_pushlightuserdata(d->L, d);
  lua_pushstring(d->L, name);
  lua_pushcclosure(d->L, f, 2);
  lua_setglobal(d->L, name);
}

int pw_drive_open(pw_drive *d)
{
  const luaL_Reg *r;

  if ((d->L = luaL_newstate()) == NULL) {
    fputs("pwabi: out of memory\n", stderr);
    return -1;
  }
  luaL_openlibs(d->L);
  for (r = api; r->name != NULL; r++)
    pw_drive_register(d, r->name, r->func);
  return 0;
}

void pw_drive_close(pw_drive *d)
{
  if (d->L != NULL)
    lua_close(d->L);
  d->L = NULL;
}
