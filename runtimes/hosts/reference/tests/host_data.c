/*
 * Reference host tests: shared data (CAS matrix), shared queues, metrics.
 */
#include "harness.h"

#define BADPTR 0xfffffff0u

static void get_kv(prog *p, uint32_t key, uint32_t klen)
{
  P_call(p, F_GET_SHARED_DATA, 0, 5, key, klen, S(0), S(1), S(2));
}

START_TEST(cas_ch)
{
  T *t = T_new(_i, NULL);
  prog *p = P_new();
  pw_out o = PW_OUT_INIT;
  uint32_t cas = 0;

  get_kv(p, STR(p, "k"));
  P_call(p, F_SET_SHARED_DATA, 0, 5, STR(p, "k"), STR(p, "v1"), 0);
  get_kv(p, STR(p, "k"));
  P_rawi(p, S(0), S(1));
  P_hex(p, S(2), 4);
  P_call(p, F_SET_SHARED_DATA, 0, 5, STR(p, "k"), STR(p, "v2"), 5);
  P_call(p, F_SET_SHARED_DATA, 0, 5, STR(p, "k"), STR(p, "v2"), 1);
  P_call(p, F_SET_SHARED_DATA, 0, 5, STR(p, "k"), STR(p, "v3"), 0);
  P_call(p, F_SET_SHARED_DATA, 0, 5, STR(p, "new"), STR(p, "n"), 77);
  P_call(p, F_SET_SHARED_DATA, 0, 5, STR(p, "e"), 0, 0, 0);
  get_kv(p, STR(p, "e"));
  P_hex(p, S(0), 12);
  P_call(p, F_GET_SHARED_DATA, 0, 5, BADPTR, 3, S(0), S(1), S(2));
  P_call(p, F_SET_SHARED_DATA, 0, 5, STR(p, "k"), BADPTR, 9, 0);
  T_prog(t, 0, "on_start", p);
  T_start(t);
  ck_assert_str_eq(T_log(t), F("0|100v1%s800000%s66\n", hx32(1),
                               F("%s%s%s", hx32(0), hx32(0), hx32(5))));
  ck_assert_int_eq(t->pl->get_shared_data(t->h, B("k"), &o, &cas),
                   PW_DRV_OK);
  ck_assert_uint_eq(cas, 3);
  ck_assert_str_eq(hx(o.data, o.len), hx("v3", 2));
  ck_assert_int_eq(t->pl->get_shared_data(t->h, B("new"), &o, &cas),
                   PW_DRV_OK);
  ck_assert_uint_eq(cas, 4);
  ck_assert_int_eq(t->pl->get_shared_data(t->h, B("zz"), &o, &cas),
                   PW_DRV_USAGE);
  pw_out_free(&o);
  T_free(t);
}
END_TEST

/* NGX: cas 0 only creates; a non-zero cas on a missing key mismatches. */
START_TEST(cas_ngx)
{
  T *t = T_new(_i, "cas0=create_only,cas_absent=mismatch");
  prog *p = P_new();

  P_call(p, F_SET_SHARED_DATA, 0, 5, STR(p, "k"), STR(p, "a"), 0);
  P_call(p, F_SET_SHARED_DATA, 0, 5, STR(p, "k"), STR(p, "b"), 0);
  P_call(p, F_SET_SHARED_DATA, 0, 5, STR(p, "k"), STR(p, "b"), 1);
  P_call(p, F_SET_SHARED_DATA, 0, 5, STR(p, "new"), STR(p, "n"), 9);
  get_kv(p, STR(p, "new"));
  get_kv(p, STR(p, "k"));
  P_rawi(p, S(0), S(1));
  P_hex(p, S(2), 4);
  T_prog(t, 0, "on_start", p);
  T_start(t);
  ck_assert_str_eq(T_log(t), F("0|080810b%s\n", hx32(2)));
  T_free(t);
}
END_TEST

/* Another VM's write (the driver's shared_data_write) succeeds under
   either CAS rule set, on a present key and on a new one, and moves the
   CAS on. */
START_TEST(other_vm_writes)
{
  static const char *const rules[] = {
    NULL, "cas0=create_only,cas_absent=mismatch"
  };
  pw_out o = PW_OUT_INIT;
  uint32_t cas = 0;

  for (int r = 0; r < 2; r++) {
    T *t = T_new(_i, rules[r]);
    prog *p = P_new();

    P_call(p, F_SET_SHARED_DATA, 0, 5, STR(p, "k"), STR(p, "a"), 0);
    T_prog(t, 0, "on_start", p);
    T_start(t);
    ck_assert_int_eq(t->pl->shared_data_write(t->h, B("k"), B("b")),
                     PW_DRV_OK);
    ck_assert_int_eq(t->pl->get_shared_data(t->h, B("k"), &o, &cas),
                     PW_DRV_OK);
    ck_assert_str_eq(hx(o.data, o.len), hx("b", 1));
    ck_assert_uint_eq(cas, 2);
    ck_assert_int_eq(t->pl->shared_data_write(t->h, B("n"), B("x")),
                     PW_DRV_OK);
    ck_assert_int_eq(t->pl->get_shared_data(t->h, B("n"), &o, &cas),
                     PW_DRV_OK);
    ck_assert_uint_eq(cas, 3);
    T_free(t);
  }
  pw_out_free(&o);
}
END_TEST

START_TEST(queues)
{
  T *t = T_new(_i, NULL);
  prog *p = P_new();
  uint32_t r2 = 0, ret;

  P_call(p, F_REGISTER_QUEUE, 0, 3, STR(p, "q"), S(0));
  P_call(p, F_REGISTER_QUEUE, 0, 3, STR(p, "q"), S(1));
  P_call(p, F_REGISTER_QUEUE, 0, 3, STR(p, "q2"), S(2));
  P_hex(p, S(0), 12);
  P_call(p, F_RESOLVE_QUEUE, 0, 5, 0, 0, STR(p, "q2"), S(3));
  P_call(p, F_RESOLVE_QUEUE, 0, 5, STR(p, "vm1"), STR(p, "q"), S(4));
  P_hex(p, S(3), 8);
  P_call(p, F_RESOLVE_QUEUE, 0, 5, STR(p, "other"), STR(p, "q"), S(5));
  P_call(p, F_RESOLVE_QUEUE, 0, 5, 0, 0, STR(p, "nope"), S(5));
  P_call(p, F_DEQUEUE, 0, 3, 1, S(5), S(6));
  P_call(p, F_DEQUEUE, 0, 3, 99, S(5), S(6));
  P_call(p, F_ENQUEUE, 0, 3, 99, STR(p, "x"));
  P_call(p, F_ENQUEUE, 0, 3, 1, STR(p, "a"));
  P_call(p, F_ENQUEUE, 0, 3, 1, STR(p, "b"));
  P_call(p, F_REGISTER_QUEUE, 0, 3, STR(p, "q"), BADPTR);
  T_prog(t, 0, "on_start", p);
  p = P_new();
  P_hex(p, ARG(0), 8);
  P_call(p, F_DEQUEUE, 1, 3, ARG(1), S(5), S(6));
  P_rawi(p, S(5), S(6));
  T_prog(t, 0, "on_queue_ready", p);
  T_start(t);
  /* notifications come after on_start returned, one per enqueue */
  ck_assert_str_eq(T_cbs(t), "on_create\non_start\non_queue_ready\n"
                   "on_queue_ready\n");
  ck_assert_str_eq(T_log(t), F("0|000%s%s%s00%s%s11711006\n"
                   "0|%s%s0a\n0|%s%s0b\n", hx32(1), hx32(1), hx32(2),
                   hx32(2), hx32(1), hx32(1), hx32(1), hx32(1), hx32(1)));
  /* another VM enqueues; then a second root takes the queue over */
  ck_assert_int_eq(t->pl->queue_enqueue(t->h, "vm2", B("q"), B("c")),
                   PW_DRV_OK);
  ck_assert_str_eq(T_log(t), F("0|%s%s0c\n", hx32(1), hx32(1)));
  ck_assert_int_eq(t->pl->queue_enqueue(t->h, "vm2", B("zz"), B("c")),
                   PW_DRV_USAGE);
  p = P_new();
  P_call(p, F_REGISTER_QUEUE, 0, 3, STR(p, "q"), S(0));
  T_prog(t, 0, "on_start", p);
  ck_assert_int_eq(t->pl->vm_start(t->h, "r2", B(""), &r2, &ret),
                   PW_DRV_OK);
  T_log(t);
  ck_assert_int_eq(t->pl->queue_enqueue(t->h, "vm2", B("q"), B("d")),
                   PW_DRV_OK);
  ck_assert_str_eq(T_log(t), F("0|%s%s0d\n", hx32(r2), hx32(1)));
  /* empty after draining */
  p = P_new();
  P_call(p, F_DEQUEUE, 0, 3, 1, S(5), S(6));
  T_prog(t, 0, "on_request_headers", p);
  T_request(t, NULL);
  ck_assert_str_eq(T_log(t), "0|7\n");
  T_free(t);
}
END_TEST

/* A guest that re-enqueues from on_queue_ready does not hang the host:
   each driver call runs a bounded number of deferred callbacks. */
START_TEST(queue_runaway)
{
  T *t = T_new(_i, NULL);
  prog *p = P_new();
  size_t n = 0;

  P_call(p, F_REGISTER_QUEUE, 0, 3, STR(p, "q"), S(0));
  T_prog(t, 0, "on_start", p);
  p = P_new();
  P_call(p, F_ENQUEUE, 1, 3, ARG(1), STR(p, "again"));
  T_prog(t, 0, "on_queue_ready", p);
  T_start(t);
  T_cbs(t);
  ck_assert_int_eq(t->pl->queue_enqueue(t->h, "o", B("q"), B("x")),
                   PW_DRV_OK);
  for (const char *c = T_cbs(t); (c = strstr(c, "on_queue_ready")); c++)
    n++;
  ck_assert_uint_eq(n, 4096);
  T_free(t);
}
END_TEST

/* A 64-bit argument as two words. */
#define W64(v) (uint32_t)(uint64_t)(v), (uint32_t)((uint64_t)(v) >> 32)

START_TEST(metrics)
{
  T *t = T_new(_i, NULL);
  prog *p = P_new();
  uint32_t type = 9;
  uint64_t v = 0;

  P_call(p, F_DEFINE_METRIC, 0, 4, 0, STR(p, "c"), S(0));
  P_call(p, F_DEFINE_METRIC, 0, 4, 1, STR(p, "g"), S(1));
  P_call(p, F_DEFINE_METRIC, 0, 4, 2, STR(p, "h"), S(2));
  P_call(p, F_DEFINE_METRIC, 0, 4, 0, STR(p, "c"), S(3));
  P_call(p, F_DEFINE_METRIC, 0, 4, 3, STR(p, "x"), S(4));
  P_hex(p, S(0), 16);
  P_chr(p, '|');
  P_call(p, F_INCREMENT_METRIC, 1, 3, S(0), W64(5));
  P_call(p, F_INCREMENT_METRIC, 1, 3, S(3), W64(1));
  P_call(p, F_INCREMENT_METRIC, 1, 3, S(0), W64(0));
  P_call(p, F_INCREMENT_METRIC, 1, 3, S(0), W64(-1));
  P_call(p, F_GET_METRIC, 1, 2, S(0), S(8));
  P_hex(p, S(8), 8);
  P_chr(p, '|');
  P_call(p, F_INCREMENT_METRIC, 1, 3, S(1), W64(-3));
  P_call(p, F_RECORD_METRIC, 1, 3, S(1), W64(10));
  P_call(p, F_INCREMENT_METRIC, 1, 3, S(1), W64(-3));
  P_call(p, F_GET_METRIC, 1, 2, S(1), S(8));
  P_hex(p, S(8), 8);
  P_chr(p, '|');
  P_call(p, F_RECORD_METRIC, 1, 3, S(0), W64(4));
  P_call(p, F_GET_METRIC, 1, 2, S(0), S(8));
  P_hex(p, S(8), 8);
  P_chr(p, '|');
  P_call(p, F_INCREMENT_METRIC, 1, 3, S(2), W64(1));
  P_call(p, F_RECORD_METRIC, 1, 3, S(2), W64(5));
  P_call(p, F_RECORD_METRIC, 1, 3, S(2), W64(7));
  P_call(p, F_GET_METRIC, 1, 2, S(2), S(8));
  P_chr(p, '|');
  P_call(p, F_GET_METRIC, 0, 2, 99, S(8));
  P_call(p, F_INCREMENT_METRIC, 0, 3, 99, W64(1));
  P_call(p, F_RECORD_METRIC, 0, 3, 99, W64(1));
  P_call(p, F_GET_METRIC, 0, 2, 3, S(8));
  P_call(p, F_GET_METRIC, 1, 2, S(0), BADPTR);
  P_call(p, F_DEFINE_METRIC, 0, 4, 0, BADPTR, 2, S(4));
  T_prog(t, 0, "on_start", p);
  T_start(t);
  ck_assert_str_eq(T_log(t), F("0|00002%s%s%s%s|00220%s|0000%s|00%s|2002|"
                   "111166\n", hx32(4), hx32(5), hx32(6), hx32(8), hx64(6),
                   hx64(7), hx64(10)));
  ck_assert_int_eq(t->pl->get_metric(t->h, B("c"), &type, &v), PW_DRV_OK);
  ck_assert_uint_eq(type, 0);
  ck_assert_uint_eq(v, 10);
  ck_assert_int_eq(t->pl->get_metric(t->h, B("g"), &type, &v), PW_DRV_OK);
  ck_assert_uint_eq(type, 1);
  ck_assert_uint_eq(v, 7);
  ck_assert_int_eq(t->pl->get_metric(t->h, B("h"), &type, &v), PW_DRV_OK);
  ck_assert_uint_eq(type, 2);
  ck_assert_uint_eq(v, 2);
  ck_assert_int_eq(t->pl->get_metric(t->h, B("zz"), &type, &v),
                   PW_DRV_USAGE);
  T_free(t);
}
END_TEST

void add_data(TCase *tc, int n)
{
  tcase_add_loop_test(tc, cas_ch, 0, n);
  tcase_add_loop_test(tc, cas_ngx, 0, n);
  tcase_add_loop_test(tc, other_vm_writes, 0, n);
  tcase_add_loop_test(tc, queues, 0, n);
  tcase_add_loop_test(tc, queue_runaway, 0, n);
  tcase_add_loop_test(tc, metrics, 0, n);
}
