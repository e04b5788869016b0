/*
 * Reference host tests: a 0.1.0 module (guest_v010.wat, bound to 0.1.0 by
 * the test host, any_abi.c) reaches the same ops as later versions, under
 * its version's rules: continue_request is continue_stream(http_request),
 * set_buffer_bytes and foreign functions work, buffers 6..8 do not exist
 * (the glue's bad_argument) and proxy_get_configuration still does.
 * Host function numbers: 0..37 as v1alpha's (F_*), then these two.
 */
#include "harness.h"
#include "pw_v010_host.h"

enum { V_SET_BUFFER = F_COUNT, V_FOREIGN };

static T *V_new(int e, const char *options)
{
  return T_new_on(any_plugin(), e, "guest_v010", options);
}

START_TEST(v010_imports)
{
  ck_assert_str_eq(pw_v010_imports[F_CONTINUE_REQUEST].name,
                   "proxy_continue_request");
  ck_assert_str_eq(pw_v010_imports[F_GET_BUFFER_BYTES].name,
                   "proxy_get_buffer_bytes");
  ck_assert_str_eq(pw_v010_imports[V_SET_BUFFER].name,
                   "proxy_set_buffer_bytes");
  ck_assert_str_eq(pw_v010_imports[V_FOREIGN].name,
                   "proxy_call_foreign_function");
}
END_TEST

/* continue_request releases the request maps after the callback. */
START_TEST(v010_continue)
{
  T *t = V_new(_i, NULL);
  prog *p = P_new();
  uint32_t s;

  P_call(p, F_CONTINUE_REQUEST, 0, 0);
  P_call(p, F_GET_MAP_SIZE, 0, 2, 0, S(0));
  T_prog(t, 0, "on_request_headers", p);
  p = P_new();
  P_call(p, F_GET_MAP_SIZE, 0, 2, 0, S(0));
  T_prog(t, 0, "on_request_body", p);
  s = T_request_body(t);
  ck_assert_str_eq(T_log(t), "0|00\n0|2\n");
  ck_assert_str_eq(T_act(t), F("continue_request ctx=%u\n", s));
  T_free(t);
}
END_TEST

/* Splices and reads of buffer 0; 6 is no 0.1.0 buffer type. */
START_TEST(v010_buffers)
{
  T *t = V_new(_i, NULL);
  prog *p = P_new();
  uint32_t s, ret = 0;

  P_call(p, V_SET_BUFFER, 0, 5, 0, 0, 0, STR(p, "<"));
  P_call(p, V_SET_BUFFER, 0, 5, 0, 100, 0, STR(p, ">"));
  P_call(p, F_GET_BUFFER_BYTES, 0, 5, 0, 0, 100, S(0), S(1));
  P_rawi(p, S(0), S(1));
  P_call(p, V_SET_BUFFER, 0, 5, 6, 0, 0, STR(p, "x"));
  P_call(p, F_GET_BUFFER_BYTES, 0, 5, 6, 0, 100, S(0), S(1));
  T_prog(t, 0, "on_request_body", p);
  p = P_new();
  P_call(p, F_GET_CONFIGURATION, 0, 2, S(0), S(1));
  P_rawi(p, S(0), S(1));
  P_call(p, F_GET_BUFFER_STATUS, 0, 3, 6, S(0), S(1));
  T_prog(t, 0, "on_vm_start", p);
  T_start(t);
  ck_assert_str_eq(T_log(t), "0|0vmcfg2\n");
  s = T_request(t, NULL);
  ck_assert_int_eq(t->pl->http_body(t->h, s, PW_DIR_REQUEST, B("body"), 1,
                   &ret), PW_DRV_OK);
  ck_assert_str_eq(T_log(t), "0|000<body>22\n");
  T_free(t);
}
END_TEST

/* Foreign functions work; 0.1.0 has no on_foreign_function. */
START_TEST(v010_foreign)
{
  T *t = V_new(_i, NULL);
  prog *p = P_new();

  P_call(p, V_FOREIGN, 0, 6, STR(p, "pwabi.echo"), STR(p, "hi"), S(0),
         S(1));
  P_rawi(p, S(0), S(1));
  P_call(p, V_FOREIGN, 0, 6, STR(p, "pwabi.defer"), STR(p, "x"), S(0),
         S(1));
  T_prog(t, 0, "on_vm_start", p);
  T_start(t);
  ck_assert_str_eq(T_log(t), "0|0hi0\n");
  ck_assert_str_eq(T_act(t), "foreign_function pwabi.echo len=2\n"
                   "foreign_function pwabi.defer len=1\n"
                   "not_called proxy_on_foreign_function: not exported"
                   " (context 1)\n");
  T_free(t);
}
END_TEST

void add_v010(TCase *tc, int n);

void add_v010(TCase *tc, int n)
{
  tcase_add_test(tc, v010_imports);
  tcase_add_loop_test(tc, v010_continue, 0, n);
  tcase_add_loop_test(tc, v010_buffers, 0, n);
  tcase_add_loop_test(tc, v010_foreign, 0, n);
}
