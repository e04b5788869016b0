/*
 * Reference host tests: time, ticks, properties, effective context,
 * proxy_done.
 */
#include "harness.h"

#define BADPTR 0xfffffff0u

START_TEST(time_now)
{
  T *t = T_new(_i, NULL);
  prog *p = P_new();

  P_call(p, F_GET_TIME, 0, 1, S(0));
  P_hex(p, S(0), 8);
  P_call(p, F_GET_TIME, 0, 1, BADPTR);
  T_prog(t, 0, "on_start", p);
  T_start(t);
  ck_assert_str_eq(T_log(t), F("0|0%s6\n", hx64(EPOCH)));
  ck_assert_int_eq(t->pl->set_time(t->h, 42), PW_DRV_OK);
  p = P_new();
  P_call(p, F_GET_TIME, 0, 1, S(0));
  P_hex(p, S(0), 8);
  T_prog(t, 0, "on_request_headers", p);
  T_request(t, NULL);
  ck_assert_str_eq(T_log(t), F("0|0%s\n", hx64(42)));
  T_free(t);
}
END_TEST

static uint32_t ticks(T *t)
{
  uint32_t n = 0;

  for (const char *a = T_act(t); (a = strstr(a, "tick root=")); a++)
    n++;
  return n;
}

/* First tick one period after setting; re-armed after each; a new
   period (from a stream, for its root) restarts; 0 stops. */
START_TEST(tick_timing)
{
  T *t = T_new(_i, NULL);
  prog *p = P_new();

  P_call(p, F_SET_TICK, 0, 1, 100);
  T_prog(t, 0, "on_start", p);
  p = P_new();
  P_call(p, F_GET_TIME, 0, 1, S(0));
  P_hex(p, S(0), 8);
  T_prog(t, 0, "on_tick", p);
  T_start(t);
  T_log(t);
  T_act(t);
  ck_assert_int_eq(t->pl->advance(t->h, 99), PW_DRV_OK);
  ck_assert_uint_eq(ticks(t), 0);
  ck_assert_int_eq(t->pl->advance(t->h, 1), PW_DRV_OK);
  ck_assert_str_eq(T_log(t), F("0|0%s\n", hx64(EPOCH + 100 * MS)));
  ck_assert_int_eq(t->pl->advance(t->h, 250), PW_DRV_OK);
  ck_assert_str_eq(T_log(t), F("0|0%s\n0|0%s\n", hx64(EPOCH + 200 * MS),
                               hx64(EPOCH + 300 * MS)));
  p = P_new();
  P_call(p, F_SET_TICK, 0, 1, 50);
  T_prog(t, 0, "on_request_headers", p);
  T_request(t, NULL);                    /* at +350: next tick at +400 */
  ck_assert_str_eq(T_log(t), "0|0\n");
  T_act(t);
  ck_assert_int_eq(t->pl->advance(t->h, 49), PW_DRV_OK);
  ck_assert_uint_eq(ticks(t), 0);
  ck_assert_int_eq(t->pl->advance(t->h, 1), PW_DRV_OK);
  ck_assert_str_eq(T_log(t), F("0|0%s\n", hx64(EPOCH + 400 * MS)));
  /* moving the clock keeps the timer where it is relative to it */
  ck_assert_int_eq(t->pl->set_time(t->h, 7000 * MS), PW_DRV_OK);
  ck_assert_int_eq(t->pl->advance(t->h, 49), PW_DRV_OK);
  ck_assert_str_eq(T_log(t), "");
  ck_assert_int_eq(t->pl->advance(t->h, 1), PW_DRV_OK);
  ck_assert_str_eq(T_log(t), F("0|0%s\n", hx64(7050 * MS)));
  p = P_new();
  P_call(p, F_SET_TICK, 0, 1, 0);
  T_prog(t, 0, "on_tick", p);
  ck_assert_int_eq(t->pl->advance(t->h, 50), PW_DRV_OK);
  ck_assert_str_eq(T_log(t), "0|0\n");
  ck_assert_int_eq(t->pl->advance(t->h, 10000), PW_DRV_OK);
  ck_assert_str_eq(T_log(t), "");
  T_free(t);
}
END_TEST

/* Two roots, each with its own timer, fire in time order. */
START_TEST(tick_two_roots)
{
  T *t = T_new(_i, NULL);
  prog *p = P_new();
  uint32_t r1, r2, ret;

  P_call(p, F_SET_TICK, 0, 1, 30);
  T_prog(t, 0, "on_start", p);
  p = P_new();
  P_hex(p, ARG(0), 1);
  T_prog(t, 0, "on_tick", p);
  r1 = T_start(t);
  p = P_new();
  P_call(p, F_SET_TICK, 0, 1, 20);
  T_prog(t, 0, "on_start", p);
  ck_assert_int_eq(t->pl->vm_start(t->h, "two", B(""), &r2, &ret),
                   PW_DRV_OK);
  T_log(t);
  ck_assert_int_eq(t->pl->advance(t->h, 60), PW_DRV_OK);
  /* r2 at 20, r1 at 30, r2 at 40, then 60: r1 before r2 (lower id) */
  ck_assert_str_eq(T_log(t), F("0|%02x\n0|%02x\n0|%02x\n0|%02x\n0|%02x\n",
                   r2, r1, r2, r1, r2));
  T_free(t);
}
END_TEST

/* Paths with and without the trailing NUL; layers; root set -> 1. */
START_TEST(properties)
{
  T *t = T_new(_i, NULL);
  prog *p = P_new();

  P_call(p, F_GET_PROPERTY, 0, 4, STR(p, "plugin_root_id"), S(0), S(1));
  P_rawi(p, S(0), S(1));
  P_call(p, F_GET_PROPERTY, 0, 4, STR(p, "plugin_vm_id\0"), S(0), S(1));
  P_rawi(p, S(0), S(1));
  P_call(p, F_GET_PROPERTY, 0, 4, STR(p, "plugin_name"), S(0), S(1));
  P_rawi(p, S(0), S(1));
  P_call(p, F_GET_PROPERTY, 0, 4, STR(p, "nope"), S(0), S(1));
  P_call(p, F_GET_PROPERTY, 0, 4, STR(p, ""), S(0), S(1));
  P_call(p, F_GET_PROPERTY, 0, 4, STR(p, "custom"), S(0), S(1));
  P_rawi(p, S(0), S(1));
  P_call(p, F_SET_PROPERTY, 0, 4, STR(p, "a"), STR(p, "b"));
  P_call(p, F_GET_PROPERTY, 0, 4, BADPTR, 4, S(0), S(1));
  T_prog(t, 0, "on_start", p);
  ck_assert_int_eq(t->pl->set_property(t->h, 0, B("custom"), B("zz")),
                   PW_DRV_OK);
  ck_assert_int_eq(t->pl->set_property(t->h, 77, B("x"), B("y")),
                   PW_DRV_USAGE);
  ck_assert_int_eq(t->pl->set_property(t->h, 0, B(""), B("y")),
                   PW_DRV_USAGE);
  T_start(t);
  ck_assert_str_eq(T_log(t), "0|0root0vm10root110zz16\n");
  p = P_new();
  P_call(p, F_GET_PROPERTY, 0, 4, STR(p, "request\0path"), S(0), S(1));
  P_rawi(p, S(0), S(1));
  P_call(p, F_SET_PROPERTY, 0, 4, STR(p, "my\0key"), STR(p, "v"));
  P_call(p, F_GET_PROPERTY, 0, 4, STR(p, "my\0key\0"), S(0), S(1));
  P_rawi(p, S(0), S(1));
  P_call(p, F_GET_PROPERTY, 0, 4, STR(p, "request\0protocol"), S(0), S(1));
  P_rawi(p, S(0), S(1));
  P_call(p, F_GET_PROPERTY, 0, 4, STR(p, "source\0port"), S(0), S(1));
  P_hexi(p, S(0), S(1));
  P_call(p, F_SET_PROPERTY, 0, 4, STR(p, "a\0\0b"), STR(p, "v"));
  P_call(p, F_GET_PROPERTY, 0, 4, STR(p, "request"), S(0), S(1));
  P_hexi(p, S(0), S(1));
  P_call(p, F_GET_PROPERTY, 0, 4, STR(p, "plugin_root_id"), S(0), S(1));
  P_rawi(p, S(0), S(1));
  T_prog(t, 0, "on_request_headers", p);
  T_request(t, NULL);
  ck_assert_str_eq(T_log(t), F("0|0/x00v0HTTP/1.10%s20%s0root\n",
                   hx64(34567), pairs_hex(4, "path", "/x", "method", "GET",
                                          "host", "h", "protocol",
                                          "HTTP/1.1")));
  T_free(t);
}
END_TEST

/* request.* come from the first of each pseudo-header, wherever it is;
   a missing one is no property. */
START_TEST(request_props_first)
{
  static const pw_pair hdrs[] = {
    { { (const uint8_t *)":scheme", 7 }, { (const uint8_t *)"https", 5 } },
    { { (const uint8_t *)"x-path", 6 }, { (const uint8_t *)"/no", 3 } },
    { { (const uint8_t *)":path", 5 }, { (const uint8_t *)"/a", 2 } },
    { { (const uint8_t *)":pat", 4 }, { (const uint8_t *)"/c", 2 } },
    { { (const uint8_t *)":path", 5 }, { (const uint8_t *)"/b", 2 } },
    { { (const uint8_t *)":method", 7 }, { (const uint8_t *)"PUT", 3 } },
  };
  T *t = T_new(_i, NULL);
  prog *p = P_new();
  uint32_t s = 0, ret = 0;

  P_call(p, F_GET_PROPERTY, 0, 4, STR(p, "request"), S(0), S(1));
  P_hexi(p, S(0), S(1));
  P_call(p, F_GET_PROPERTY, 0, 4, STR(p, "request\0host"), S(0), S(1));
  T_prog(t, 0, "on_request_headers", p);
  T_start(t);
  T_log(t);
  ck_assert_int_eq(t->pl->http_open(t->h, t->root, &s), PW_DRV_OK);
  ck_assert_int_eq(t->pl->http_headers(t->h, s, PW_DIR_REQUEST, hdrs, 6, 0,
                   &ret), PW_DRV_OK);
  ck_assert_str_eq(T_log(t), F("0|0%s1\n", pairs_hex(4, "path", "/a",
                   "method", "PUT", "scheme", "https", "protocol",
                   "HTTP/1.1")));
  T_free(t);
}
END_TEST

/* From the root, act on a paused stream; unknown id -> 2; reset after
   the callback. */
START_TEST(effective_context)
{
  T *t = T_new(_i, NULL);
  prog *p = P_new();
  uint32_t s, ret = 0;
  pw_out o = PW_OUT_INIT;

  P_ret(p, 1);
  T_prog(t, 0, "on_request_headers", p);
  T_start(t);
  s = T_request(t, &ret);
  ck_assert_uint_eq(ret, 1);
  p = P_new();
  P_call(p, F_ADD_HEADER, 0, 5, 0, STR(p, "x-a"), STR(p, "1"));
  P_call(p, F_SET_EFFECTIVE, 0, 1, s);
  P_call(p, F_ADD_HEADER, 0, 5, 0, STR(p, "x-eff"), STR(p, "1"));
  P_call(p, F_SET_EFFECTIVE, 0, 1, 999);
  P_call(p, F_SET_EFFECTIVE, 0, 1, 0);
  P_call(p, F_CONTINUE_REQUEST, 0, 0);
  T_prog(t, 0, "on_tick", p);
  t->pl->set_time(t->h, EPOCH);
  T_act(t);
  /* arm the root's timer from a stream callback of another request */
  p = P_new();
  P_call(p, F_SET_TICK, 0, 1, 5);
  P_ret(p, 1);
  T_prog(t, 0, "on_request_headers", p);
  T_request(t, NULL);
  T_log(t);
  ck_assert_int_eq(t->pl->advance(t->h, 5), PW_DRV_OK);
  ck_assert_str_eq(T_log(t), "0|200220\n");
  ck_assert_ptr_nonnull(strstr(T_act(t), F("continue_request ctx=%u", s)));
  ck_assert_int_eq(t->pl->get_map(t->h, s, 0, &o), PW_DRV_OK);
  ck_assert_str_eq(hx(o.data, o.len), pairs_hex(4, ":method", "GET",
                   ":path", "/x", ":authority", "h", "x-eff", "1"));
  pw_out_free(&o);
  T_free(t);
}
END_TEST

/* on_done 0 keeps the root pending until proxy_done; on_delete after. */
START_TEST(done_pending)
{
  T *t = T_new(_i, NULL);
  prog *p = P_new();
  uint32_t ret = 9;

  P_call(p, F_SET_TICK, 0, 1, 10);
  T_prog(t, 0, "on_start", p);
  p = P_new();
  P_call(p, F_DONE, 0, 0);
  P_call(p, F_DONE, 0, 0);
  T_prog(t, 0, "on_tick", p);
  p = P_new();
  P_ret(p, 0);
  T_prog(t, 0, "on_done", p);
  T_start(t);
  T_log(t);
  ck_assert_int_eq(t->pl->advance(t->h, 10), PW_DRV_OK);
  ck_assert_str_eq(T_log(t), "0|11\n");     /* not pending yet */
  T_cbs(t);
  ck_assert_int_eq(t->pl->root_done(t->h, t->root, &ret), PW_DRV_OK);
  ck_assert_uint_eq(ret, 0);
  ck_assert_str_eq(T_cbs(t), "on_done\n");
  ck_assert_int_eq(t->pl->root_done(t->h, t->root, &ret), PW_DRV_USAGE);
  ck_assert_int_eq(t->pl->advance(t->h, 10), PW_DRV_OK);
  ck_assert_str_eq(T_log(t), "0|01\n");
  ck_assert_str_eq(T_cbs(t), "on_tick\non_delete\n");
  ck_assert_int_eq(t->pl->advance(t->h, 100), PW_DRV_OK);
  ck_assert_str_eq(T_cbs(t), "");            /* deleted: no more ticks */
  T_free(t);
}
END_TEST

/* on_done non-zero: on_delete at once. */
START_TEST(done_immediate)
{
  T *t = T_new(_i, NULL);
  uint32_t ret = 0, s;

  T_start(t);
  T_cbs(t);
  ck_assert_int_eq(t->pl->root_done(t->h, t->root, &ret), PW_DRV_OK);
  ck_assert_uint_eq(ret, 1);
  ck_assert_str_eq(T_cbs(t), "on_done\non_delete\n");
  ck_assert_int_eq(t->pl->http_open(t->h, t->root, &s), PW_DRV_USAGE);
  T_free(t);
}
END_TEST

void add_env(TCase *tc, int n)
{
  tcase_add_loop_test(tc, time_now, 0, n);
  tcase_add_loop_test(tc, tick_timing, 0, n);
  tcase_add_loop_test(tc, tick_two_roots, 0, n);
  tcase_add_loop_test(tc, properties, 0, n);
  tcase_add_loop_test(tc, request_props_first, 0, n);
  tcase_add_loop_test(tc, effective_context, 0, n);
  tcase_add_loop_test(tc, done_pending, 0, n);
  tcase_add_loop_test(tc, done_immediate, 0, n);
}
