/*
 * Reference host tests: lifecycle order (both close orders), L4
 * connections, traps, invalid callback results, missing callbacks.
 */
#include "harness.h"

static const pw_pair RESP[] = {
  { { (const uint8_t *)":status", 7 }, { (const uint8_t *)"200", 3 } } };

static void show_create(T *t)
{
  prog *p = P_new();

  P_hex(p, ARG(0), 8);
  T_prog(t, 0, "on_create", p);
}

static void full_stream(T *t, uint32_t s)
{
  uint32_t ret;

  ck_assert_int_eq(t->pl->http_headers(t->h, s, 0, REQ, 3, 0, &ret), 0);
  ck_assert_int_eq(t->pl->http_body(t->h, s, 0, B("b"), 1, &ret), 0);
  ck_assert_int_eq(t->pl->http_trailers(t->h, s, 0, RESP, 1, &ret), 0);
  ck_assert_int_eq(t->pl->http_metadata(t->h, s, 0, RESP, 1, &ret), 0);
  ck_assert_int_eq(t->pl->http_headers(t->h, s, 1, RESP, 1, 1, &ret), 0);
  ck_assert_int_eq(t->pl->http_body(t->h, s, 1, B("b"), 1, &ret), 0);
  ck_assert_int_eq(t->pl->http_trailers(t->h, s, 1, RESP, 1, &ret), 0);
  ck_assert_int_eq(t->pl->http_metadata(t->h, s, 1, RESP, 1, &ret), 0);
}

static const char STREAM_CBS[] =
  "on_create\non_request_headers\non_request_body\non_request_trailers\n"
  "on_request_metadata\non_response_headers\non_response_body\n"
  "on_response_trailers\non_response_metadata\n";

START_TEST(order_default)
{
  T *t = T_new(_i, NULL);
  uint32_t s = 0, ret;

  show_create(t);
  T_start(t);
  ck_assert_uint_eq(t->root, 1);
  ck_assert_str_eq(T_cbs(t), "on_create\non_start\n");
  ck_assert_str_eq(T_log(t), F("0|%s%s\n", hx32(1), hx32(0)));
  ck_assert_int_eq(t->pl->validate_configuration(t->h, 1, B("c"), &ret), 0);
  ck_assert_int_eq(t->pl->configure(t->h, 1, B("c"), &ret), 0);
  ck_assert_str_eq(T_cbs(t), "validate_configuration\non_configure\n");
  ck_assert_int_eq(t->pl->http_open(t->h, 1, &s), PW_DRV_OK);
  ck_assert_uint_eq(s, 2);
  ck_assert_str_eq(T_cbs(t), "");          /* announced lazily */
  full_stream(t, s);
  ck_assert_str_eq(T_cbs(t), STREAM_CBS);
  ck_assert_str_eq(T_log(t), F("0|%s%s\n", hx32(2), hx32(1)));
  ck_assert_int_eq(t->pl->stream_close(t->h, s), PW_DRV_OK);
  ck_assert_str_eq(T_cbs(t), "on_done\non_log\non_delete\n");
  ck_assert_int_eq(t->pl->stream_close(t->h, s), PW_DRV_USAGE);
  /* a stream that saw nothing is announced at its end */
  ck_assert_int_eq(t->pl->http_open(t->h, 1, &s), PW_DRV_OK);
  ck_assert_uint_eq(s, 3);
  ck_assert_int_eq(t->pl->stream_close(t->h, s), PW_DRV_OK);
  ck_assert_str_eq(T_cbs(t), "on_create\non_done\non_log\non_delete\n");
  ck_assert_int_eq(t->pl->http_open(t->h, 99, &s), PW_DRV_USAGE);
  ck_assert_int_eq(t->pl->http_open(t->h, 3, &s), PW_DRV_USAGE);
  T_free(t);
}
END_TEST

START_TEST(order_envoy)
{
  T *t = T_new(_i, "close_order=log_done_delete");
  uint32_t s = 0;

  T_start(t);
  ck_assert_int_eq(t->pl->http_open(t->h, 1, &s), PW_DRV_OK);
  full_stream(t, s);
  T_cbs(t);
  ck_assert_int_eq(t->pl->stream_close(t->h, s), PW_DRV_OK);
  ck_assert_str_eq(T_cbs(t), "on_log\non_done\non_delete\n");
  T_free(t);
}
END_TEST

START_TEST(tcp)
{
  T *t = T_new(_i, NULL);
  prog *p = P_new();
  uint32_t c = 0, ret = 9;

  P_ret(p, 1);
  T_prog(t, 0, "on_new_connection", p);
  p = P_new();
  P_call(p, F_GET_BUFFER_BYTES, 0, 5, 2, 0, 100, S(0), S(1));
  P_rawi(p, S(0), S(1));
  P_call(p, F_GET_BUFFER_STATUS, 0, 3, 2, S(0), S(1));
  P_hex(p, S(0), 8);
  P_call(p, F_GET_BUFFER_STATUS, 0, 3, 3, S(0), S(1));
  P_ret(p, 1);
  T_prog(t, 0, "on_downstream_data", p);
  p = P_new();
  P_call(p, F_GET_BUFFER_BYTES, 0, 5, 3, 0, 100, S(0), S(1));
  P_rawi(p, S(0), S(1));
  T_prog(t, 0, "on_upstream_data", p);
  p = P_new();
  P_hex(p, ARG(0), 8);
  T_prog(t, 0, "on_downstream_connection_close", p);
  T_prog(t, 0, "on_upstream_connection_close", P_new());
  T_start(t);
  T_cbs(t);
  ck_assert_int_eq(t->pl->tcp_open(t->h, 1, &c, &ret), PW_DRV_OK);
  ck_assert_uint_eq(ret, 1);
  ck_assert_str_eq(T_cbs(t), "on_create\non_new_connection\n");
  ck_assert_int_eq(t->pl->tcp_data(t->h, c, PW_DIR_DOWNSTREAM, B("abc"), 0,
                   &ret), PW_DRV_OK);
  ck_assert_int_eq(t->pl->tcp_data(t->h, c, PW_DIR_DOWNSTREAM, B("de"), 1,
                   &ret), PW_DRV_OK);   /* held: appended */
  ck_assert_int_eq(t->pl->tcp_data(t->h, c, PW_DIR_UPSTREAM, B("xy"), 1,
                   &ret), PW_DRV_OK);
  ck_assert_str_eq(T_log(t), F("0|0abc0%s%s1\n0|0abcde0%s%s1\n0|0xy\n",
                   hx32(3), hx32(0), hx32(5), hx32(1)));
  ck_assert_int_eq(t->pl->tcp_close(t->h, c, PW_DIR_DOWNSTREAM, 2),
                   PW_DRV_OK);
  ck_assert_str_eq(T_log(t), F("0|%s%s\n", hx32(c), hx32(2)));
  ck_assert_int_eq(t->pl->tcp_data(t->h, c, PW_DIR_DOWNSTREAM, B("z"), 0,
                   &ret), PW_DRV_USAGE);
  ck_assert_str_eq(T_cbs(t), "on_downstream_data\non_downstream_data\n"
                   "on_upstream_data\non_downstream_connection_close\n");
  ck_assert_int_eq(t->pl->tcp_close(t->h, c, PW_DIR_UPSTREAM, 0),
                   PW_DRV_OK);
  ck_assert_str_eq(T_cbs(t), "on_upstream_connection_close\non_done\n"
                   "on_log\non_delete\n");
  ck_assert_int_eq(t->pl->tcp_close(t->h, c, PW_DIR_UPSTREAM, 0),
                   PW_DRV_USAGE);
  T_free(t);
}
END_TEST

/* A trap fails the VM: nothing runs afterwards. */
START_TEST(trap_fails_vm)
{
  T *t = T_new(_i, NULL);
  prog *p = P_new();
  uint32_t s = 0, ret;

  P_trap(p);
  T_prog(t, 0, "on_request_headers", p);
  T_start(t);
  ck_assert_int_eq(t->pl->http_open(t->h, 1, &s), PW_DRV_OK);
  ck_assert_int_eq(t->pl->http_headers(t->h, s, 0, REQ, 3, 0, &ret),
                   PW_DRV_TRAP);
  ck_assert_ptr_nonnull(strstr(t->pl->error(t->h),
                               "proxy_on_request_headers trapped"));
  ck_assert_ptr_nonnull(strstr(t->pl->error(t->h), "unreachable"));
  T_cbs(t);
  ck_assert_int_eq(t->pl->http_open(t->h, 1, &s), PW_DRV_FAILED);
  ck_assert_int_eq(t->pl->stream_close(t->h, 2), PW_DRV_FAILED);
  ck_assert_int_eq(t->pl->advance(t->h, 10), PW_DRV_FAILED);
  ck_assert_int_eq(t->pl->configure(t->h, 1, B(""), &ret), PW_DRV_FAILED);
  ck_assert_int_eq(t->pl->vm_start(t->h, "x", B(""), &s, &ret),
                   PW_DRV_FAILED);
  ck_assert_int_eq(t->pl->root_done(t->h, 1, &ret), PW_DRV_FAILED);
  ck_assert_str_eq(T_cbs(t), "");
  T_free(t);
}
END_TEST

START_TEST(trap_in_start)
{
  T *t = T_new(_i, NULL);
  prog *p = P_new();
  uint32_t r, ret;

  P_trap(p);
  T_prog(t, 0, "on_start", p);
  ck_assert_int_eq(t->pl->vm_start(t->h, "r", B(""), &r, &ret),
                   PW_DRV_TRAP);
  ck_assert_ptr_nonnull(strstr(t->pl->error(t->h), "proxy_on_start"));
  T_free(t);
}
END_TEST

/* A trap in deferred work (here on_queue_ready) is the driver call's. */
START_TEST(trap_deferred)
{
  T *t = T_new(_i, NULL);
  prog *p = P_new();

  P_call(p, F_REGISTER_QUEUE, 0, 3, STR(p, "q"), S(0));
  T_prog(t, 0, "on_start", p);
  p = P_new();
  P_trap(p);
  T_prog(t, 0, "on_queue_ready", p);
  T_start(t);
  ck_assert_int_eq(t->pl->queue_enqueue(t->h, "o", B("q"), B("x")),
                   PW_DRV_TRAP);
  ck_assert_ptr_nonnull(strstr(t->pl->error(t->h), "proxy_on_queue_ready"));
  ck_assert_int_eq(t->pl->queue_enqueue(t->h, "o", B("q"), B("x")),
                   PW_DRV_FAILED);
  T_free(t);
}
END_TEST

/* An invalid result is an ABI error naming export and value; the VM
   lives on. */
START_TEST(bad_results)
{
  T *t = T_new(_i, NULL);
  prog *p = P_new();
  uint32_t s = 0, c = 0, ret = 0;

  P_ret(p, 7);
  T_prog(t, 0, "on_request_headers", p);
  p = P_new();
  P_ret(p, 4);
  T_prog(t, 0, "on_request_body", p);
  p = P_new();
  P_ret(p, 2);
  T_prog(t, 0, "on_new_connection", p);
  T_start(t);
  ck_assert_int_eq(t->pl->http_open(t->h, 1, &s), PW_DRV_OK);
  ck_assert_int_eq(t->pl->http_headers(t->h, s, 0, REQ, 3, 0, &ret),
                   PW_DRV_ABI);
  ck_assert_ptr_nonnull(strstr(t->pl->error(t->h),
                               "proxy_on_request_headers returned 7"));
  ck_assert_int_eq(t->pl->http_body(t->h, s, 0, B("x"), 0, &ret),
                   PW_DRV_ABI);
  ck_assert_ptr_nonnull(strstr(t->pl->error(t->h),
                               "proxy_on_request_body returned 4"));
  ck_assert_int_eq(t->pl->tcp_open(t->h, 1, &c, &ret), PW_DRV_ABI);
  ck_assert_ptr_nonnull(strstr(t->pl->error(t->h),
                               "proxy_on_new_connection returned 2"));
  ck_assert_int_eq(t->pl->stream_close(t->h, s), PW_DRV_OK);
  T_free(t);
}
END_TEST

/* No callbacks exported: nothing is called, each reported; defaults. */
START_TEST(missing_callbacks)
{
  T *t = T_new_mod(_i, "minimal", NULL);
  uint32_t r = 0, s = 0, ret = 9;
  const char *a;

  ck_assert_int_eq(t->pl->vm_start(t->h, "r", B(""), &r, &ret), PW_DRV_OK);
  ck_assert_uint_eq(ret, 1);
  ret = 0;
  ck_assert_int_eq(t->pl->validate_configuration(t->h, r, B("c"), &ret),
                   PW_DRV_OK);
  ck_assert_uint_eq(ret, 1);
  ck_assert_int_eq(t->pl->configure(t->h, r, B("c"), &ret), PW_DRV_OK);
  ck_assert_uint_eq(ret, 1);
  ck_assert_int_eq(t->pl->http_open(t->h, r, &s), PW_DRV_OK);
  ck_assert_int_eq(t->pl->http_headers(t->h, s, 0, REQ, 3, 0, &ret),
                   PW_DRV_OK);
  ck_assert_uint_eq(ret, 0);
  ck_assert_int_eq(t->pl->stream_close(t->h, s), PW_DRV_OK);
  ck_assert_int_eq(t->pl->root_done(t->h, r, &ret), PW_DRV_OK);
  ck_assert_uint_eq(ret, 1);
  a = T_act(t);
  ck_assert_str_eq(a,
    "not_called proxy_on_create: not exported (context 1)\n"
    "not_called proxy_on_start: not exported (context 1)\n"
    "not_called proxy_validate_configuration: not exported (context 1)\n"
    "not_called proxy_on_configure: not exported (context 1)\n"
    "not_called proxy_on_create: not exported (context 2)\n"
    "not_called proxy_on_request_headers: not exported (context 2)\n"
    "not_called proxy_on_done: not exported (context 2)\n"
    "not_called proxy_on_log: not exported (context 2)\n"
    "not_called proxy_on_delete: not exported (context 2)\n"
    "not_called proxy_on_done: not exported (context 1)\n"
    "not_called proxy_on_delete: not exported (context 1)\n");
  T_free(t);
}
END_TEST

/* dump: sorted, one item per line, the same twice. */
START_TEST(dump)
{
  T *t = T_new(_i, NULL);
  prog *p = P_new();
  char *a = NULL, *b = NULL;
  size_t an = 0, bn = 0;
  FILE *f;

  P_call(p, F_SET_SHARED_DATA, 0, 5, STR(p, "k"), STR(p, "v\n"), 0);
  P_call(p, F_DEFINE_METRIC, 0, 4, 0, STR(p, "c"), S(0));
  T_prog(t, 0, "on_start", p);
  T_start(t);
  T_request(t, NULL);
  f = open_memstream(&a, &an);
  t->pl->dump(t->h, f);
  fclose(f);
  f = open_memstream(&b, &bn);
  t->pl->dump(t->h, f);
  fclose(f);
  ck_assert_str_eq(a, b);
  ck_assert_ptr_nonnull(strstr(a, "shared k cas=1 v\\x0a\n"));
  ck_assert_ptr_nonnull(strstr(a, "metric c type=0 value=0"));
  ck_assert_ptr_nonnull(strstr(a, "map 2 0 0000 :method: GET\n"));
  ck_assert_ptr_nonnull(strstr(a, "ctx 2 kind=http root=1"));
  for (char *x = a, *y; (y = strchr(x, '\n')) && y[1]; x = y + 1) {
    char *z = strchr(y + 1, '\n');
    *y = 0;
    *z = 0;
    ck_assert_msg(strcmp(x, y + 1) <= 0, "not sorted: %s / %s", x, y + 1);
    *y = '\n';
    *z = '\n';
  }
  free(a);
  free(b);
  T_free(t);
}
END_TEST

void add_life(TCase *tc, int n)
{
  tcase_add_loop_test(tc, order_default, 0, n);
  tcase_add_loop_test(tc, order_envoy, 0, n);
  tcase_add_loop_test(tc, tcp, 0, n);
  tcase_add_loop_test(tc, trap_fails_vm, 0, n);
  tcase_add_loop_test(tc, trap_in_start, 0, n);
  tcase_add_loop_test(tc, trap_deferred, 0, n);
  tcase_add_loop_test(tc, bad_results, 0, n);
  tcase_add_loop_test(tc, missing_callbacks, 0, n);
  tcase_add_loop_test(tc, dump, 0, n);
}
