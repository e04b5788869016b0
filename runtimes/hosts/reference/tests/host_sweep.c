/*
 * Reference host tests: every host function with a bad pointer, every
 * enum parameter out of range, and the glue options the host passes on
 * (bad_memory, alignment).
 */
#include "harness.h"

#define BAD 0xfffffff0u

static prog *bad_memory_prog(void)
{
  prog *p = P_new();

  P_call(p, F_GET_CONFIGURATION, 0, 2, BAD, S(1));
  P_call(p, F_GET_STATUS, 0, 3, BAD, S(1), S(2));
  P_call(p, F_LOG, 0, 3, 2, BAD, 4);
  P_call(p, F_GET_TIME, 0, 1, BAD);
  P_call(p, F_GET_PROPERTY, 0, 4, BAD, 4, S(0), S(1));
  P_call(p, F_SET_PROPERTY, 0, 4, STR(p, "a"), BAD, 4);
  P_call(p, F_DEFINE_METRIC, 0, 4, 0, BAD, 1, S(0));
  P_call(p, F_GET_METRIC, 0, 2, 4, BAD);
  P_call(p, F_SEND_LOCAL_RESPONSE, 0, 8, 200, BAD, 1, 0, 0, 0, 0, 0);
  P_call(p, F_GET_SHARED_DATA, 0, 5, STR(p, "k"), BAD, S(1), S(2));
  P_call(p, F_SET_SHARED_DATA, 0, 5, BAD, 1, 0, 0, 0);
  P_call(p, F_REGISTER_QUEUE, 0, 3, STR(p, "q"), BAD);
  P_call(p, F_RESOLVE_QUEUE, 0, 5, 0, 0, STR(p, "q"), BAD);
  P_call(p, F_DEQUEUE, 0, 3, 1, BAD, S(1));
  P_call(p, F_ENQUEUE, 0, 3, 1, BAD, 2);
  P_call(p, F_ADD_HEADER, 0, 5, 0, BAD, 1, 0, 0);
  P_call(p, F_GET_HEADER, 0, 5, 0, STR(p, "a"), BAD, S(1));
  P_call(p, F_GET_PAIRS, 0, 3, 0, BAD, S(1));
  P_call(p, F_SET_PAIRS, 0, 3, 0, BAD, 8);
  P_call(p, F_REPLACE_HEADER, 0, 5, 0, STR(p, "a"), BAD, 1);
  P_call(p, F_REMOVE_HEADER, 0, 3, 0, BAD, 1);
  P_call(p, F_GET_MAP_SIZE, 0, 2, 0, BAD);
  P_call(p, F_GET_BUFFER_BYTES, 0, 5, 0, 0, 1, BAD, S(1));
  P_call(p, F_GET_BUFFER_STATUS, 0, 3, 0, BAD, S(1));
  P_call(p, F_HTTP_CALL, 0, 10, BAD, 1, 0, 0, 0, 0, 0, 0, 0, S(0));
  P_call(p, F_GRPC_CALL, 0, 10, STR(p, "s"), 0, 0, 0, 0, 0, 0, 0, BAD);
  P_call(p, F_GRPC_STREAM, 0, 7, STR(p, "s"), 0, 0, 0, 0, BAD);
  P_call(p, F_GRPC_SEND, 0, 4, 6, BAD, 1, 0);
  return p;
}

/* invalid_memory_access from all 28 functions that take pointers, and
   nothing happened. */
START_TEST(bad_memory)
{
  T *t = T_new(_i, NULL);
  char want[64] = "0|";

  T_prog(t, 0, "on_request_headers", bad_memory_prog());
  T_start(t);
  T_act(t);
  T_request(t, NULL);
  memset(want + 2, '6', 28);
  strcpy(want + 30, "\n");
  ck_assert_str_eq(T_log(t), want);
  ck_assert_str_eq(T_act(t), "");
  T_free(t);
}
END_TEST

START_TEST(bad_memory_trap)
{
  T *t = T_new(_i, "bad_memory=trap");
  uint32_t s = 0, ret;

  T_prog(t, 0, "on_request_headers", bad_memory_prog());
  T_start(t);
  ck_assert_int_eq(t->pl->http_open(t->h, 1, &s), PW_DRV_OK);
  ck_assert_int_eq(t->pl->http_headers(t->h, s, 0, REQ, 3, 0, &ret),
                   PW_DRV_TRAP);
  ck_assert_ptr_nonnull(strstr(t->pl->error(t->h), "proxy_get_configuration"));
  T_free(t);
}
END_TEST

static void misaligned(T *t)
{
  prog *p = P_new();

  P_call(p, F_GET_TIME, 0, 1, S(0) + 1);
  P_call(p, F_GET_MAP_SIZE, 0, 2, 0, S(0) + 2);
  P_call(p, F_GET_TIME, 0, 1, S(0));
  T_prog(t, 0, "on_request_headers", p);
  T_start(t);
  T_request(t, NULL);
}

START_TEST(alignment)
{
  T *t = T_new(_i, NULL);

  misaligned(t);
  ck_assert_str_eq(T_log(t), "0|000\n");
  T_free(t);
  t = T_new(_i, "alignment=natural");
  misaligned(t);
  ck_assert_str_eq(T_log(t), "0|660\n");
  T_free(t);
}
END_TEST

/* bad_argument for every enum parameter out of range. */
START_TEST(bad_enums)
{
  T *t = T_new(_i, NULL);
  prog *p = P_new();

  P_call(p, F_LOG, 0, 3, 6, STR(p, "x"));
  P_call(p, F_DEFINE_METRIC, 0, 4, 3, STR(p, "m"), S(0));
  P_call(p, F_ADD_HEADER, 0, 5, 9, STR(p, "a"), STR(p, "b"));
  P_call(p, F_GET_HEADER, 0, 5, 9, STR(p, "a"), S(0), S(1));
  P_call(p, F_GET_PAIRS, 0, 3, 9, S(0), S(1));
  P_call(p, F_SET_PAIRS, 0, 3, 9, 0, 0);
  P_call(p, F_REPLACE_HEADER, 0, 5, 9, STR(p, "a"), STR(p, "b"));
  P_call(p, F_REMOVE_HEADER, 0, 3, 9, STR(p, "a"));
  P_call(p, F_GET_MAP_SIZE, 0, 2, 9, S(0));
  P_call(p, F_GET_BUFFER_BYTES, 0, 5, 6, 0, 1, S(0), S(1));
  P_call(p, F_GET_BUFFER_STATUS, 0, 3, 6, S(0), S(1));
  P_call(p, F_SEND_LOCAL_RESPONSE, 0, 8, 200, 0, 0, 0, 0, 0, 0, 17);
  P_call(p, F_LOG, 0, 3, 0xffffffffu, STR(p, "x"));
  T_prog(t, 0, "on_request_headers", p);
  T_start(t);
  T_request(t, NULL);
  ck_assert_str_eq(T_log(t), "0|2222222222222\n");
  T_free(t);
}
END_TEST

void add_sweep(TCase *tc, int n)
{
  tcase_add_loop_test(tc, bad_memory, 0, n);
  tcase_add_loop_test(tc, bad_memory_trap, 0, n);
  tcase_add_loop_test(tc, alignment, 0, n);
  tcase_add_loop_test(tc, bad_enums, 0, n);
}
