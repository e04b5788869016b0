/*
 * Reference host tests: what came after v1alpha, through every engine,
 * with guest_v021.wat (gen_guest.lua on 0.2.1's abi.def) bound to 0.2.1
 * by the test host (any_abi.c): set_buffer_bytes, continue_stream,
 * close_stream, get_log_level, buffers 6..8, foreign functions and
 * on_foreign_function, gRPC initial metadata.
 *
 * Status chars: 0 ok, 1 not_found, 2 bad_argument, 6 invalid_memory_access,
 * a internal_failure, c unimplemented.
 */
#include <lauxlib.h>

#include "drive.h"
#include "harness.h"
#include "pw_v021_host.h"

#define BADPTR 0xfffffff0u

/* 0.2.1's host functions used here, by their abi.def index. */
enum {
  V_LOG = 1, V_MAP_SIZE = 25, V_GET_BUFFER = 26, V_BUFFER_STATUS = 27,
  V_GRPC_CALL = 29, V_GRPC_STREAM = 30, V_SET_BUFFER = 34, V_FOREIGN = 35,
  V_CONTINUE = 36, V_CLOSE = 37, V_LOG_LEVEL = 38
};

static const struct {
  int fn;
  const char *name;
} USED[] = {
  { V_LOG, "proxy_log" }, { V_MAP_SIZE, "proxy_get_header_map_size" },
  { V_GET_BUFFER, "proxy_get_buffer_bytes" },
  { V_BUFFER_STATUS, "proxy_get_buffer_status" },
  { V_GRPC_CALL, "proxy_grpc_call" }, { V_GRPC_STREAM, "proxy_grpc_stream" },
  { V_SET_BUFFER, "proxy_set_buffer_bytes" },
  { V_FOREIGN, "proxy_call_foreign_function" },
  { V_CONTINUE, "proxy_continue_stream" }, { V_CLOSE, "proxy_close_stream" },
  { V_LOG_LEVEL, "proxy_get_log_level" },
};

static T *V_new(int e, const char *options)
{
  return T_new_on(any_plugin(), e, "guest_v021", options);
}

START_TEST(v021_imports)
{
  for (size_t i = 0; i < sizeof USED / sizeof USED[0]; i++)
    ck_assert_str_eq(pw_v021_imports[USED[i].fn].name, USED[i].name);
}
END_TEST

/* The configured level (info by default; Envoy's off is 6). */
START_TEST(log_level)
{
  static const char *const opts[] = { NULL, "log_level=trace",
                                      "log_level=off", "log_level=critical" };
  static const uint32_t want[] = { 2, 0, 6, 5 };

  for (int i = 0; i < 4; i++) {
    T *t = V_new(_i, opts[i]);
    prog *p = P_new();

    P_call(p, V_LOG_LEVEL, 0, 1, S(0));
    P_hex(p, S(0), 4);
    P_call(p, V_LOG_LEVEL, 0, 1, BADPTR);
    T_prog(t, 0, "on_vm_start", p);
    T_start(t);
    ck_assert_str_eq(T_log(t), F("0|0%s6\n", hx32(want[i])));
    T_free(t);
  }
}
END_TEST

/* Append buffer t's first 100 bytes (S(1) zeroed first: nothing when the
   read fails). */
static void read_buf(prog *p, uint32_t t)
{
  P_mov(p, S(1), P_data(p, "\0\0\0\0", 4));
  P_call(p, V_GET_BUFFER, 0, 5, t, 0, 100, S(0), S(1));
  P_rawi(p, S(0), S(1));
}

static void set_buf(prog *p, uint32_t t, uint32_t start, uint32_t len,
                    const char *v)
{
  P_call(p, V_SET_BUFFER, 0, 5, t, start, len, P_data(p, v, strlen(v)),
         (uint32_t)strlen(v));
}

/* The request body "hello" edited by the on_request_body program p;
   returns the guest's log and checks the driver sees the same. */
static char *body_run(int e, const char *opts, prog *p, const char *body)
{
  T *t = V_new(e, opts);
  uint32_t s, ret = 0, flags = 0;
  pw_out o = PW_OUT_INIT;
  char *log;

  T_prog(t, 0, "on_request_body", p);
  T_start(t);
  s = T_request(t, NULL);
  ck_assert_int_eq(t->pl->http_body(t->h, s, PW_DIR_REQUEST, B("hello"), 1,
                   &ret), PW_DRV_OK);
  log = T_log(t);
  ck_assert_int_eq(t->pl->get_buffer(t->h, s, 0, &o, &flags), PW_DRV_OK);
  ck_assert_str_eq(hx(o.data, o.len), hx(body, strlen(body)));
  pw_out_free(&o);
  T_free(t);
  return log;
}

/* Prepend, append past the end, replace, a length past the end. */
static prog *splices(void)
{
  prog *p = P_new();

  set_buf(p, 0, 0, 0, "<");
  set_buf(p, 0, 100, 0, ">");
  set_buf(p, 0, 1, 2, "XY");
  set_buf(p, 0, 3, 100, "!");
  return p;
}

START_TEST(set_buffer_spec)
{
  prog *p = splices();

  read_buf(p, 0);
  for (uint32_t t = PW_BUFFER_TYPE_HTTP_CALL_RESPONSE_BODY; t <= 9; t++)
    set_buf(p, t, 0, 0, "x");                /* read-only, then unknown */
  set_buf(p, 1, 0, 0, "x");                  /* no response body yet */
  P_call(p, V_SET_BUFFER, 0, 5, 0, 0, 0, BADPTR, 4);
  ck_assert_str_eq(body_run(_i, NULL, p, "<XY!"),
                   "0|00000<XY!22222216\n");
}
END_TEST

/* Envoy: prepend, append, replace-all only; Kong: length 0 at start > 0
   is the value's length. */
START_TEST(set_buffer_hosts)
{
  prog *p = splices();

  set_buf(p, 0, 0, 100, "Z");
  read_buf(p, 0);
  ck_assert_str_eq(body_run(_i, "splice=envoy", p, "Z"), "0|002200Z\n");
  p = P_new();
  set_buf(p, 0, 1, 0, "XY");
  read_buf(p, 0);
  ck_assert_str_eq(body_run(_i, "splice=kong", p, "hXYlo"), "0|00hXYlo\n");
}
END_TEST

/* The response body and both L4 sides are writable in their callbacks. */
START_TEST(set_buffer_others)
{
  T *t = V_new(_i, NULL);
  prog *p = P_new();
  uint32_t s, c = 0, ret = 0;

  set_buf(p, 1, 0, 0, "r");
  read_buf(p, 1);
  T_prog(t, 0, "on_response_body", p);
  p = P_new();
  set_buf(p, 2, 100, 0, "!");
  read_buf(p, 2);
  set_buf(p, 0, 0, 0, "x");                  /* not an HTTP stream */
  T_prog(t, 0, "on_downstream_data", p);
  p = P_new();
  set_buf(p, 3, 0, 100, "U");
  read_buf(p, 3);
  T_prog(t, 0, "on_upstream_data", p);
  T_start(t);
  s = T_request(t, NULL);
  ck_assert_int_eq(t->pl->http_body(t->h, s, PW_DIR_RESPONSE, B("esp"), 1,
                   &ret), PW_DRV_OK);
  ck_assert_int_eq(t->pl->tcp_open(t->h, t->root, &c, &ret), PW_DRV_OK);
  ck_assert_int_eq(t->pl->tcp_data(t->h, c, PW_DIR_DOWNSTREAM, B("down"), 0,
                   &ret), PW_DRV_OK);
  ck_assert_int_eq(t->pl->tcp_data(t->h, c, PW_DIR_UPSTREAM, B("up"), 0,
                   &ret), PW_DRV_OK);
  ck_assert_str_eq(T_log(t), "0|00resp\n0|00down!1\n0|00U\n");
  T_free(t);
}
END_TEST

/* Outside a stream of their kind they do nothing; 4 is no stream type. */
START_TEST(stream_control_outside)
{
  T *t = V_new(_i, NULL);
  prog *p = P_new();

  P_call(p, V_CONTINUE, 0, 1, 0);
  P_call(p, V_CLOSE, 0, 1, 1);
  P_call(p, V_CONTINUE, 0, 1, 2);
  P_call(p, V_CONTINUE, 0, 1, 4);
  P_call(p, V_CLOSE, 0, 1, 4);
  T_prog(t, 0, "on_vm_start", p);
  T_start(t);
  ck_assert_str_eq(T_log(t), "0|00022\n");
  ck_assert_str_eq(T_act(t), "continue_request ignored: not an HTTP stream\n"
                   "close_response ignored: not an HTTP stream\n"
                   "continue_downstream ignored: not a connection\n");
  T_free(t);
}
END_TEST

/* continue_stream(http_request) releases the request maps after the
   callback, as continue_request does. */
START_TEST(continue_http)
{
  T *t = V_new(_i, NULL);
  prog *p = P_new();
  uint32_t s;

  P_call(p, V_CONTINUE, 0, 1, 0);
  P_call(p, V_CONTINUE, 0, 1, 1);
  P_call(p, V_CONTINUE, 0, 1, 2);
  P_call(p, V_MAP_SIZE, 0, 2, 0, S(0));
  T_prog(t, 0, "on_request_headers", p);
  p = P_new();
  P_call(p, V_MAP_SIZE, 0, 2, 0, S(0));
  T_prog(t, 0, "on_request_body", p);
  s = T_request_body(t);
  ck_assert_str_eq(T_log(t), "0|0000\n0|2\n");
  ck_assert_str_eq(T_act(t), F("continue_request ctx=%u\n"
                   "continue_response ctx=%u\n"
                   "continue_downstream ignored: not a connection\n", s, s));
  T_free(t);
}
END_TEST

/* Held downstream data accumulates until continue_stream(downstream). */
START_TEST(continue_l4)
{
  T *t = V_new(_i, NULL);
  prog *p = P_new();
  uint32_t c = 0, ret = 0;

  P_hex(p, ARG(1), 4);
  P_ret(p, 1);
  T_prog(t, 0, "on_downstream_data", p);
  T_start(t);
  ck_assert_int_eq(t->pl->tcp_open(t->h, t->root, &c, &ret), PW_DRV_OK);
  ck_assert_int_eq(t->pl->tcp_data(t->h, c, 0, B("ab"), 0, &ret), PW_DRV_OK);
  p = P_new();
  P_hex(p, ARG(1), 4);
  P_call(p, V_CONTINUE, 0, 1, 2);
  P_ret(p, 1);
  T_prog(t, 0, "on_downstream_data", p);
  ck_assert_int_eq(t->pl->tcp_data(t->h, c, 0, B("cd"), 0, &ret), PW_DRV_OK);
  ck_assert_int_eq(t->pl->tcp_data(t->h, c, 0, B("ef"), 0, &ret), PW_DRV_OK);
  ck_assert_str_eq(T_log(t), F("0|%s\n0|%s0\n0|%s0\n", hx32(2), hx32(4),
                               hx32(2)));
  T_free(t);
}
END_TEST

/* continue_l4: Envoy cannot resume upstream, Kong no L4 side. */
START_TEST(continue_l4_hosts)
{
  static const char *const opts[] = { NULL, "continue_l4=envoy",
                                      "continue_l4=kong" };
  static const char *const want[] = { "0|00\n", "0|0c\n", "0|aa\n" };

  for (int i = 0; i < 3; i++) {
    T *t = V_new(_i, opts[i]);
    prog *p = P_new();
    uint32_t c = 0, ret = 0;

    P_call(p, V_CONTINUE, 0, 1, 2);
    P_call(p, V_CONTINUE, 0, 1, 3);
    T_prog(t, 0, "on_downstream_data", p);
    T_start(t);
    ck_assert_int_eq(t->pl->tcp_open(t->h, t->root, &c, &ret), PW_DRV_OK);
    ck_assert_int_eq(t->pl->tcp_data(t->h, c, 0, B("x"), 0, &ret),
                     PW_DRV_OK);
    ck_assert_str_eq(T_log(t), want[i]);
    T_free(t);
  }
}
END_TEST

/* close_stream(http_*) resets the stream after the callback: it ends in
   the close_order order and the driver can no longer use it. */
static void close_http_run(int e, const char *opts, const char *order)
{
  T *t = V_new(e, opts);
  prog *p = P_new();
  uint32_t s, ret = 0;

  P_call(p, V_CLOSE, 0, 1, 1);
  T_prog(t, 0, "on_request_headers", p);
  T_start(t);
  T_cbs(t);
  T_act(t);
  s = T_request(t, NULL);
  ck_assert_str_eq(T_log(t), "0|0\n");
  ck_assert_str_eq(T_act(t), F("close_response ctx=%u\n", s));
  ck_assert_str_eq(T_cbs(t), F("on_context_create\non_request_headers\n%s"
                   "on_delete\n", order));
  ck_assert_int_eq(t->pl->http_body(t->h, s, PW_DIR_REQUEST, B("b"), 1,
                   &ret), PW_DRV_USAGE);
  T_free(t);
}

START_TEST(close_http)
{
  close_http_run(_i, NULL, "on_done\non_log\n");
  close_http_run(_i, "close_order=log_done_delete", "on_log\non_done\n");
}
END_TEST

/* close_stream(upstream) closes the connection: both sides close
   locally (peer 1), then done, log, delete. */
START_TEST(close_l4)
{
  T *t = V_new(_i, NULL);
  prog *p = P_new();
  uint32_t c = 0, ret = 0;

  P_call(p, V_CLOSE, 0, 1, 3);
  T_prog(t, 0, "on_downstream_data", p);
  p = P_new();
  P_hex(p, ARG(1), 4);
  T_prog(t, 0, "on_downstream_connection_close", p);
  T_start(t);
  ck_assert_int_eq(t->pl->tcp_open(t->h, t->root, &c, &ret), PW_DRV_OK);
  T_cbs(t);
  ck_assert_int_eq(t->pl->tcp_data(t->h, c, 0, B("x"), 0, &ret), PW_DRV_OK);
  ck_assert_str_eq(T_log(t), F("0|0\n0|%s\n", hx32(1)));
  ck_assert_str_eq(T_cbs(t), "on_downstream_data\n"
                   "on_downstream_connection_close\n"
                   "on_upstream_connection_close\non_done\non_log\n"
                   "on_delete\n");
  ck_assert_int_eq(t->pl->tcp_data(t->h, c, 0, B("y"), 0, &ret),
                   PW_DRV_USAGE);
  T_free(t);
}
END_TEST

/* Buffers 6, 7 and 8, each read once. */
static prog *config_prog(void)
{
  prog *p = P_new();

  for (uint32_t t = 6; t <= 8; t++)
    read_buf(p, t);
  return p;
}

/* six: what buffer 6 gives outside on_vm_start; seven: buffer 7 outside
   the configuration callbacks (before on_configure, then after). */
static void config_run(int e, const char *opts, const char *six,
                       const char *seven0, const char *seven)
{
  T *t = V_new(e, opts);
  const char *cbs[] = { "on_vm_start", "validate_configuration",
                        "on_configure", "on_foreign_function" };
  uint32_t ret = 0;

  for (int i = 0; i < 4; i++)
    T_prog(t, 0, cbs[i], config_prog());
  T_start(t);
  ck_assert_str_eq(T_log(t), F("0|0vmcfg%s1\n", seven0));
  ck_assert_int_eq(t->pl->validate_configuration(t->h, t->root, B("cand"),
                   &ret), PW_DRV_OK);
  ck_assert_str_eq(T_log(t), F("0|%s0cand1\n", six));
  ck_assert_int_eq(t->pl->configure(t->h, t->root, B("plug"), &ret),
                   PW_DRV_OK);
  ck_assert_str_eq(T_log(t), F("0|%s0plug1\n", six));
  ck_assert_int_eq(t->pl->foreign_function(t->h, t->root, 7, B("args")),
                   PW_DRV_OK);
  ck_assert_str_eq(T_log(t), F("0|%s%s0args\n", six, seven));
  T_free(t);
}

/* In their callbacks; elsewhere not_found, or per config_buffers. */
START_TEST(config_buffers)
{
  config_run(_i, NULL, "1", "1", "1");
  config_run(_i, "config_buffers=envoy", "0vmcfg", "1", "1");
  config_run(_i, "config_buffers=any", "0vmcfg", "0", "0plug");
}
END_TEST

static void foreign_call(prog *p, const char *name, const char *args)
{
  P_call(p, V_FOREIGN, 0, 6, P_data(p, name, strlen(name)),
         (uint32_t)strlen(name), P_data(p, args, strlen(args)),
         (uint32_t)strlen(args), S(0), S(1));
}

/* echo, fail, unknown, defer (on_foreign_function(root, 0, len) after
   the callback), bad memory; buffer 8 elsewhere is not_found. */
START_TEST(foreign_functions)
{
  T *t = V_new(_i, NULL);
  prog *p = P_new();

  foreign_call(p, "pwabi.echo", "abc");
  P_rawi(p, S(0), S(1));
  foreign_call(p, "pwabi.echo", "");
  P_hex(p, S(1), 4);
  foreign_call(p, "pwabi.fail", "abc");
  foreign_call(p, "nope", "abc");
  foreign_call(p, "pwabi.defer", "xyz");
  P_call(p, V_FOREIGN, 0, 6, BADPTR, 4, 0, 0, S(0), S(1));
  read_buf(p, 8);
  T_prog(t, 0, "on_vm_start", p);
  p = P_new();
  P_hex(p, ARG(0), 12);
  read_buf(p, 8);
  T_prog(t, 0, "on_foreign_function", p);
  T_start(t);
  ck_assert_str_eq(T_log(t), F("0|0abc0%sa1061\n0|%s%s%s0xyz\n", hx32(0),
                               hx32(t->root), hx32(0), hx32(3)));
  ck_assert_str_eq(T_act(t), "foreign_function pwabi.echo len=3\n"
                   "foreign_function pwabi.echo len=0\n"
                   "foreign_function pwabi.fail len=3\n"
                   "foreign_function pwabi.defer len=3\n");
  ck_assert_int_eq(t->pl->foreign_function(t->h, t->root, 9, B("")),
                   PW_DRV_OK);
  ck_assert_str_eq(T_log(t), F("0|%s%s%s0\n", hx32(t->root), hx32(9),
                               hx32(0)));
  ck_assert_int_eq(t->pl->foreign_function(t->h, 99, 1, B("")),
                   PW_DRV_USAGE);
  T_free(t);
}
END_TEST

/* The Lua binding (drive.c): foreign_function(root, id [, bytes]). */
START_TEST(foreign_lua)
{
  T *t = V_new(_i, NULL);
  prog *p = P_new();
  pw_drive d;

  P_hex(p, ARG(1), 8);
  read_buf(p, 8);
  T_prog(t, 0, "on_foreign_function", p);
  T_start(t);
  memset(&d, 0, sizeof d);
  d.hp = t->pl;
  d.h = t->h;
  d.who = "test";
  ck_assert_int_eq(pw_drive_open(&d), 0);
  ck_assert_int_eq(luaL_dostring(d.L, F("assert(foreign_function(%u, 3, "
                   "'lua') == 'ok')", t->root)), LUA_OK);
  ck_assert_str_eq(T_log(t), F("0|%s%s0lua\n", hx32(3), hx32(3)));
  ck_assert_int_ne(luaL_dostring(d.L, "foreign_function(99, 1)"), LUA_OK);
  pw_drive_close(&d);
  T_free(t);
}
END_TEST

/* A v1alpha module has no on_foreign_function: not called. */
START_TEST(foreign_v1alpha)
{
  T *t = T_new(_i, NULL);

  T_start(t);
  T_act(t);
  ck_assert_int_eq(t->pl->foreign_function(t->h, t->root, 1, B("a")),
                   PW_DRV_OK);
  ck_assert_str_eq(T_act(t), "not_called proxy_on_foreign_function: "
                   "not exported (context 1)\n");
  T_free(t);
}
END_TEST

/* 0.1.0 and later: gRPC initial metadata is an argument (pairs). */
START_TEST(grpc_initial_metadata)
{
  T *t = V_new(_i, NULL);
  prog *p = P_new();
  pw_callout c;

  P_call(p, V_GRPC_CALL, 0, 12, STR(p, "cluster"), STR(p, "svc"),
         STR(p, "M"), PAIRS(p, 2, "k", "v", "a", ""), STR(p, "req"), 1000,
         S(0));
  P_call(p, V_GRPC_STREAM, 0, 9, STR(p, "cluster"), STR(p, "svc"),
         STR(p, "M"), PAIRS(p, 1, "s", "t"), S(1));
  P_hex(p, S(0), 8);
  P_call(p, V_GRPC_CALL, 0, 12, STR(p, "cluster"), STR(p, "svc"),
         STR(p, "M"), STR(p, "bad"), STR(p, "req"), 1000, S(2));
  P_call(p, V_GRPC_STREAM, 0, 9, STR(p, "cluster"), STR(p, "svc"),
         STR(p, "M"), STR(p, "bad"), S(2));
  T_prog(t, 0, "on_vm_start", p);
  T_start(t);
  ck_assert_str_eq(T_log(t), F("0|00%s%s22\n", hx32(5), hx32(6)));
  ck_assert_int_eq(t->pl->callout(t->h, 5, &c), PW_DRV_OK);
  ck_assert_str_eq(hx(c.header_pairs.ptr, c.header_pairs.len),
                   pairs_hex(2, "k", "v", "a", ""));
  ck_assert_str_eq(hx(c.body.ptr, c.body.len), hx("req", 3));
  ck_assert_int_eq(t->pl->callout(t->h, 6, &c), PW_DRV_OK);
  ck_assert_str_eq(hx(c.header_pairs.ptr, c.header_pairs.len),
                   pairs_hex(1, "s", "t"));
  T_free(t);
}
END_TEST

void add_v021(TCase *tc, int n);

void add_v021(TCase *tc, int n)
{
  tcase_add_test(tc, v021_imports);
  tcase_add_loop_test(tc, log_level, 0, n);
  tcase_add_loop_test(tc, set_buffer_spec, 0, n);
  tcase_add_loop_test(tc, set_buffer_hosts, 0, n);
  tcase_add_loop_test(tc, set_buffer_others, 0, n);
  tcase_add_loop_test(tc, stream_control_outside, 0, n);
  tcase_add_loop_test(tc, continue_http, 0, n);
  tcase_add_loop_test(tc, continue_l4, 0, n);
  tcase_add_loop_test(tc, continue_l4_hosts, 0, n);
  tcase_add_loop_test(tc, close_http, 0, n);
  tcase_add_loop_test(tc, close_l4, 0, n);
  tcase_add_loop_test(tc, config_buffers, 0, n);
  tcase_add_loop_test(tc, foreign_functions, 0, n);
  tcase_add_loop_test(tc, foreign_lua, 0, n);
  tcase_add_loop_test(tc, foreign_v1alpha, 0, n);
  tcase_add_loop_test(tc, grpc_initial_metadata, 0, n);
}
