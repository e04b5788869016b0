/*
 * Reference host tests: every v1alpha host function through every engine
 * of pw_engines[], with the scripted WAT guest (guest.wat).  Each test runs
 * once per engine (loop index = engine).
 *
 * Status chars in expected logs: 0 ok, 1 not_found, 2 bad_argument,
 * 3 serialization_failure, 4 parse_failure, 6 invalid_memory_access,
 * 7 empty, 8 cas_mismatch, b broken_connection.
 */
#include "harness.h"

#define BADPTR 0xfffffff0u

static const char *const FNAMES[F_COUNT] = {
  "proxy_get_configuration", "proxy_get_status", "proxy_log",
  "proxy_set_tick_period_milliseconds", "proxy_get_current_time_nanoseconds",
  "proxy_get_property", "proxy_set_property", "proxy_set_effective_context",
  "proxy_done", "proxy_define_metric", "proxy_increment_metric",
  "proxy_record_metric", "proxy_get_metric", "proxy_continue_request",
  "proxy_continue_response", "proxy_send_local_response",
  "proxy_clear_route_cache", "proxy_get_shared_data",
  "proxy_set_shared_data", "proxy_register_shared_queue",
  "proxy_resolve_shared_queue", "proxy_dequeue_shared_queue",
  "proxy_enqueue_shared_queue", "proxy_add_header_map_value",
  "proxy_get_header_map_value", "proxy_get_header_map_pairs",
  "proxy_set_header_map_pairs", "proxy_replace_header_map_value",
  "proxy_remove_header_map_value", "proxy_get_header_map_size",
  "proxy_get_buffer_bytes", "proxy_get_buffer_status", "proxy_http_call",
  "proxy_grpc_call", "proxy_grpc_stream", "proxy_grpc_cancel",
  "proxy_grpc_close", "proxy_grpc_send",
};

/* The guest's dispatch order is the glue's import order. */
START_TEST(import_order)
{
  ck_assert_uint_eq(PW_V1A_NIMPORTS, F_COUNT);
  for (int i = 0; i < F_COUNT; i++)
    ck_assert_str_eq(pw_v1a_imports[i].name, FNAMES[i]);
}
END_TEST

START_TEST(plugin_contract)
{
  const pw_host_plugin *pl = plugin();
  pw_host_args a;
  pw_err err = {{0}};

  ck_assert_ptr_nonnull(strstr(pl->options_help, "empty_map=null|count0"));
  memset(&a, 0, sizeof a);
  a.engine = pw_engines[_i];
  a.options = "empty_map=sometimes";
  ck_assert_ptr_null(pl->create(&a, &err));
  ck_assert_ptr_nonnull(strstr(err.msg, "empty_map"));
  a.options = "colour=blue";
  ck_assert_ptr_null(pl->create(&a, &err));
  ck_assert_ptr_nonnull(strstr(err.msg, "unknown option 'colour'"));
}
END_TEST

/* proxy_log: levels 0..5, a bad level, a bad pointer. */
START_TEST(log_levels)
{
  T *t = T_new(_i, NULL);
  prog *p = P_new();

  for (uint32_t l = 0; l <= 5; l++)
    P_call(p, F_LOG, 0, 3, l, STR(p, "hello"));
  P_call(p, F_LOG, 0, 3, 6, STR(p, "x"));
  P_call(p, F_LOG, 0, 3, 2, BADPTR, 100);
  T_prog(t, 0, "on_start", p);
  T_start(t);
  ck_assert_str_eq(T_log(t), "0|hello\n1|hello\n2|hello\n3|hello\n4|hello\n"
                   "5|hello\n0|00000026\n");
  T_free(t);
}
END_TEST

/* VM config in on_start, plugin config in validate/configure; elsewhere
   the root's plugin configuration, or not_found (config_elsewhere). */
static void configuration_run(int e, const char *opts, const char *tick)
{
  T *t = T_new(e, opts);
  prog *p;
  uint32_t ret = 9, s = 0;
  const char *cbs[] = { "on_start", "validate_configuration",
                        "on_configure", "on_tick", "on_request_headers" };

  for (int i = 0; i < 5; i++) {
    uint32_t zero;
    p = P_new();
    zero = P_data(p, "\0\0\0\0", 4);
    P_mov(p, S(0), zero);
    P_mov(p, S(1), zero);
    P_call(p, F_GET_CONFIGURATION, 0, 2, S(0), S(1));
    P_rawi(p, S(0), S(1));
    P_call(p, F_GET_CONFIGURATION, 0, 2, BADPTR, S(1));
    T_prog(t, 0, cbs[i], p);
  }
  p = P_new();
  P_call(p, F_SET_TICK, 0, 1, 10);
  T_prog(t, 0, "on_create", p);
  T_start(t);
  ck_assert_str_eq(T_log(t), "0|0\n0|0vmcfg6\n");
  ck_assert_int_eq(t->pl->validate_configuration(t->h, t->root,
                   B("candidate"), &ret), PW_DRV_OK);
  ck_assert_uint_eq(ret, 1);
  ck_assert_str_eq(T_log(t), "0|0candidate6\n");
  ck_assert_int_eq(t->pl->configure(t->h, t->root, B("plug"), &ret),
                   PW_DRV_OK);
  ck_assert_str_eq(T_log(t), "0|0plug6\n");
  ck_assert_int_eq(t->pl->advance(t->h, 10), PW_DRV_OK);
  ck_assert_str_eq(T_log(t), F("0|%s6\n", tick));
  ck_assert_int_eq(t->pl->http_open(t->h, t->root, &s), PW_DRV_OK);
  ck_assert_int_eq(t->pl->http_headers(t->h, s, 0, NULL, 0, 0, &ret),
                   PW_DRV_OK);
  ck_assert_str_eq(T_log(t), F("0|0\n0|%s6\n", tick));
  T_free(t);
}

START_TEST(configuration)
{
  configuration_run(_i, NULL, "0plug");
  configuration_run(_i, "config_elsewhere=not_found", "1");
}
END_TEST

/* on_start / on_configure / validate returning 0 reject. */
START_TEST(rejections)
{
  T *t = T_new(_i, NULL);
  prog *p = P_new();
  uint32_t root = 0, ret = 7;

  P_ret(p, 0);
  T_prog(t, 0, "on_start", p);
  ck_assert_int_eq(t->pl->vm_start(t->h, "r", B(""), &root, &ret),
                   PW_DRV_REJECTED);
  ck_assert_uint_eq(ret, 0);
  p = P_new();
  P_ret(p, 0);
  T_prog(t, 0, "on_configure", p);
  ck_assert_int_eq(t->pl->configure(t->h, root, B("c"), &ret),
                   PW_DRV_REJECTED);
  p = P_new();
  P_ret(p, 0);
  T_prog(t, 0, "validate_configuration", p);
  ck_assert_int_eq(t->pl->validate_configuration(t->h, root, B("c"), &ret),
                   PW_DRV_REJECTED);
  ck_assert_int_eq(t->pl->configure(t->h, 99, B("c"), &ret), PW_DRV_USAGE);
  T_free(t);
}
END_TEST

void add_env(TCase *tc, int n);
void add_data(TCase *tc, int n);
void add_http(TCase *tc, int n);
void add_life(TCase *tc, int n);
void add_callout(TCase *tc, int n);
void add_sweep(TCase *tc, int n);
void add_v010(TCase *tc, int n);
void add_v021(TCase *tc, int n);

static void add_tests(TCase *tc, int n)
{
  add_env(tc, n);
  add_data(tc, n);
  add_http(tc, n);
  add_life(tc, n);
  add_callout(tc, n);
  add_sweep(tc, n);
  add_v010(tc, n);
  add_v021(tc, n);
  tcase_add_test(tc, import_order);
  tcase_add_loop_test(tc, plugin_contract, 0, n);
  tcase_add_loop_test(tc, log_levels, 0, n);
  tcase_add_loop_test(tc, configuration, 0, n);
  tcase_add_loop_test(tc, rejections, 0, n);
}

int main(void)
{
  Suite *s = suite_create("reference_host");
  TCase *tc = tcase_create("host");
  SRunner *r;
  int n = (int)n_engines(), failed;

  printf("engines:");
  for (int i = 0; i < n; i++)
    printf(" %s", pw_engines[i]->name);
  printf("\n");
  if (n == 0) {
    fprintf(stderr, "test_host: no engines built in\n");
    return 1;
  }
  tcase_set_timeout(tc, 120);
  add_tests(tc, n);
  suite_add_tcase(s, tc);
  r = srunner_create(s);
  srunner_run_all(r, CK_NORMAL);
  failed = srunner_ntests_failed(r);
  srunner_free(r);
  return failed ? 1 : 0;
}
