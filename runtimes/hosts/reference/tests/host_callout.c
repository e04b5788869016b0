/*
 * Reference host tests: HTTP calls and gRPC calls and streams, with
 * proxy_get_status after failures and closes.
 */
#include "harness.h"

#define BADPTR 0xfffffff0u

static const pw_pair ST[] = {
  { { (const uint8_t *)":status", 7 }, { (const uint8_t *)"200", 3 } } };
static const pw_pair TR[] = {
  { { (const uint8_t *)"t", 1 }, { (const uint8_t *)"1", 1 } } };

#define HDRS(p) PAIRS(p, 3, ":method", "GET", ":path", "/p", \
                      ":authority", "a")

static void call(prog *p, uint32_t timeout, uint32_t tok)
{
  P_call(p, F_HTTP_CALL, 0, 10, STR(p, "cluster"), HDRS(p), STR(p, "body"),
         0, 0, timeout, tok);
}

static void status(prog *p)
{
  P_call(p, F_GET_STATUS, 0, 3, S(10), S(11), S(12));
  P_hex(p, S(10), 4);
  P_rawi(p, S(11), S(12));
}

START_TEST(http_call)
{
  T *t = T_new(_i, NULL);
  prog *p = P_new();
  pw_callout co;
  uint32_t s;

  call(p, 1000, S(0));
  P_hex(p, S(0), 4);
  P_call(p, F_HTTP_CALL, 0, 10, STR(p, "cluster"),
         PAIRS(p, 2, ":method", "GET", ":path", "/p"), 0, 0, 0, 0, 0, S(1));
  P_call(p, F_HTTP_CALL, 0, 10, 0, 0, HDRS(p), 0, 0, 0, 0, 0, S(1));
  P_call(p, F_HTTP_CALL, 0, 10, STR(p, "c"), STR(p, "\x07\0\0\0"), 0, 0, 0,
         0, 0, S(1));
  P_call(p, F_HTTP_CALL, 0, 10, STR(p, "c"), HDRS(p), 0, 0, STR(p, "\x01"),
         0, S(1));
  call(p, 0x80000000u, S(1));
  call(p, 0, S(1));
  P_hex(p, S(1), 4);
  call(p, 0, BADPTR);
  T_prog(t, 0, "on_request_headers", p);
  p = P_new();
  P_hex(p, ARG(0), 20);
  P_call(p, F_GET_HEADER, 0, 5, 7, STR(p, ":status"), S(0), S(1));
  P_rawi(p, S(0), S(1));
  P_call(p, F_GET_PAIRS, 0, 3, 8, S(0), S(1));
  P_hexi(p, S(0), S(1));
  P_call(p, F_GET_BUFFER_BYTES, 0, 5, 4, 0, 100, S(0), S(1));
  P_rawi(p, S(0), S(1));
  P_call(p, F_GET_BUFFER_STATUS, 0, 3, 4, S(0), S(1));
  P_hex(p, S(1), 4);
  P_call(p, F_ADD_HEADER, 0, 5, 7, STR(p, "x"), STR(p, "y"));
  status(p);
  T_prog(t, 0, "on_http_call_response", p);
  T_start(t);
  s = T_request(t, NULL);
  ck_assert_uint_eq(s, 2);
  ck_assert_str_eq(T_log(t), F("0|0%s222220%s6\n", hx32(4), hx32(8)));
  ck_assert_int_eq(t->pl->callout(t->h, 4, &co), PW_DRV_OK);
  ck_assert_int_eq(co.kind, 'h');
  ck_assert_uint_eq(co.root, 1);       /* owned by the root */
  ck_assert_uint_eq(co.timeout_ms, 1000);
  ck_assert_str_eq(hx(co.upstream.ptr, co.upstream.len), hx("cluster", 7));
  ck_assert_str_eq(hx(co.body.ptr, co.body.len), hx("body", 4));
  ck_assert_str_eq(hx(co.header_pairs.ptr, co.header_pairs.len),
                   pairs_hex(4, ":method", "GET", ":path", "/p",
                             ":authority", "a", "content-length", "4"));
  ck_assert_int_eq(t->pl->callout(t->h, 99, &co), PW_DRV_USAGE);
  ck_assert_int_eq(t->pl->http_response(t->h, 4, ST, 1, B("resp"), TR, 1),
                   PW_DRV_OK);
  ck_assert_str_eq(T_log(t), F("0|%s%s%s%s%s0200" "0%s" "0resp" "0%s"
                   "20%s\n", hx32(1), hx32(4), hx32(1), hx32(4), hx32(1),
                   pairs_hex(1, "t", "1"), hx32(1), hx32(0)));
  ck_assert_int_eq(t->pl->http_response(t->h, 4, ST, 1, B(""), NULL, 0),
                   PW_DRV_USAGE);
  ck_assert_int_eq(t->pl->http_failure(t->h, 99), PW_DRV_USAGE);
  {
    pw_out o = PW_OUT_INIT;
    uint32_t fl = 0;
    ck_assert_int_eq(t->pl->get_map(t->h, 0,
        PW_HEADERS_TYPE_HTTP_CALL_RESPONSE_HEADERS, &o), PW_DRV_OK);
    ck_assert_str_eq(hx(o.data, o.len), pairs_hex(1, ":status", "200"));
    ck_assert_int_eq(t->pl->get_buffer(t->h, 0, 4, &o, &fl), PW_DRV_OK);
    ck_assert_str_eq(hx(o.data, o.len), hx("resp", 4));
    ck_assert_uint_eq(fl, 1);
    ck_assert_int_eq(t->pl->get_buffer(t->h, 0, PW_BUFFER_TYPE_LIMIT, &o,
                                       &fl), PW_DRV_USAGE);
    pw_out_free(&o);
  }
  p = P_new();
  P_hex(p, ARG(0), 20);
  P_call(p, F_GET_HEADER, 0, 5, 7, STR(p, ":status"), S(0), S(1));
  P_call(p, F_GET_BUFFER_BYTES, 0, 5, 4, 0, 100, S(0), S(1));
  status(p);
  T_prog(t, 0, "on_http_call_response", p);
  ck_assert_int_eq(t->pl->http_failure(t->h, 8), PW_DRV_OK);
  ck_assert_str_eq(T_log(t), F("0|%s%s%s%s%s210%sreset\n", hx32(1),
                   hx32(8), hx32(0), hx32(0), hx32(0), hx32(11)));
  T_free(t);
}
END_TEST

/* The response maps and body exist only inside the callback. */
START_TEST(http_call_scope)
{
  T *t = T_new(_i, NULL);
  prog *p = P_new();

  call(p, 0, S(0));
  P_call(p, F_GET_HEADER, 0, 5, 7, STR(p, ":status"), S(0), S(1));
  P_call(p, F_GET_BUFFER_STATUS, 0, 3, 4, S(0), S(1));
  status(p);
  T_prog(t, 0, "on_start", p);
  T_start(t);
  ck_assert_str_eq(T_log(t), F("0|0210%s\n", hx32(0)));
  ck_assert_int_eq(t->pl->http_response(t->h, 4, ST, 1, B("r"), NULL, 0),
                   PW_DRV_OK);
  p = P_new();
  P_call(p, F_GET_HEADER, 0, 5, 7, STR(p, ":status"), S(0), S(1));
  P_call(p, F_GET_BUFFER_STATUS, 0, 3, 4, S(0), S(1));
  T_prog(t, 0, "on_request_headers", p);
  T_log(t);
  T_request(t, NULL);
  ck_assert_str_eq(T_log(t), "0|21\n");
  T_free(t);
}
END_TEST

START_TEST(grpc)
{
  T *t = T_new(_i, NULL);
  prog *p = P_new();
  pw_callout co;
  static const pw_pair MD[] = {
    { { (const uint8_t *)"a", 1 }, { (const uint8_t *)"b", 1 } } };

  P_call(p, F_GRPC_CALL, 0, 10, STR(p, "svc"), STR(p, "pkg.S"), STR(p, "M"),
         STR(p, "req"), 500, S(0));
  P_hex(p, S(0), 4);
  P_call(p, F_GRPC_STREAM, 0, 7, STR(p, "svc"), STR(p, "pkg.S"),
         STR(p, "St"), S(1));
  P_hex(p, S(1), 4);
  P_call(p, F_GRPC_CALL, 0, 10, 0, 0, STR(p, "pkg.S"), STR(p, "M"), 0, 0, 0,
         S(2));
  P_call(p, F_GRPC_SEND, 0, 4, 5, STR(p, "m"), 0);
  P_call(p, F_GRPC_SEND, 0, 4, 6, STR(p, "m1"), 0);
  P_call(p, F_GRPC_SEND, 0, 4, 10, STR(p, "m"), 0);
  P_call(p, F_GRPC_CANCEL, 0, 1, 4);
  P_call(p, F_GRPC_CLOSE, 0, 1, 7);
  P_call(p, F_GRPC_CANCEL, 0, 1, 9);
  P_call(p, F_ADD_HEADER, 0, 5, 4, STR(p, "md"), STR(p, "v"));
  P_call(p, F_GRPC_STREAM, 0, 7, STR(p, "s"), 0, 0, 0, 0, BADPTR);
  T_prog(t, 0, "on_start", p);
  p = P_new();
  P_hex(p, ARG(0), 12);
  P_call(p, F_ADD_HEADER, 0, 5, 4, STR(p, "md"), STR(p, "v"));
  P_call(p, F_GET_PAIRS, 0, 3, 4, S(0), S(1));
  P_hexi(p, S(0), S(1));
  T_prog(t, 0, "on_grpc_create_initial_metadata", p);
  T_start(t);
  ck_assert_str_eq(T_cbs(t), "on_create\non_start\n"
                   "on_grpc_create_initial_metadata\n"
                   "on_grpc_create_initial_metadata\n");
  ck_assert_str_eq(T_log(t), F("0|0%s0%s420122126\n0|%s%s%s00%s\n"
                   "0|%s%s%s00%s\n", hx32(5), hx32(6), hx32(1), hx32(5),
                   hx32(0), pairs_hex(1, "md", "v"), hx32(1), hx32(6),
                   hx32(0), pairs_hex(1, "md", "v")));
  ck_assert_int_eq(t->pl->callout(t->h, 5, &co), PW_DRV_OK);
  ck_assert_int_eq(co.kind, 'g');
  ck_assert_uint_eq(co.timeout_ms, 500);
  ck_assert_str_eq(hx(co.body.ptr, co.body.len), hx("req", 3));
  ck_assert_str_eq(hx(co.service_name.ptr, co.service_name.len),
                   hx("pkg.S", 5));
  ck_assert_str_eq(hx(co.header_pairs.ptr, co.header_pairs.len),
                   pairs_hex(1, "md", "v"));
  ck_assert_int_eq(t->pl->callout(t->h, 6, &co), PW_DRV_OK);
  ck_assert_int_eq(co.kind, 's');
  ck_assert_str_eq(hx(co.body.ptr, co.body.len), hx("m1", 2));
  ck_assert_int_eq(co.closed, 0);
  /* the stream's life: metadata, message, trailers, close */
  p = P_new();
  P_hex(p, ARG(0), 12);
  P_call(p, F_GET_HEADER, 0, 5, 5, STR(p, "a"), S(0), S(1));
  P_rawi(p, S(0), S(1));
  P_call(p, F_ADD_HEADER, 0, 5, 5, STR(p, "x"), STR(p, "y"));
  T_prog(t, 0, "on_grpc_receive_initial_metadata", p);
  p = P_new();
  P_hex(p, ARG(0), 12);
  P_call(p, F_GET_BUFFER_BYTES, 0, 5, 5, 0, 100, S(0), S(1));
  P_rawi(p, S(0), S(1));
  P_call(p, F_GET_BUFFER_STATUS, 0, 3, 5, S(0), S(1));
  P_hex(p, S(1), 4);
  T_prog(t, 0, "on_grpc_receive", p);
  p = P_new();
  P_hex(p, ARG(0), 12);
  P_call(p, F_GET_HEADER, 0, 5, 6, STR(p, "a"), S(0), S(1));
  P_rawi(p, S(0), S(1));
  T_prog(t, 0, "on_grpc_trailing_metadata", p);
  p = P_new();
  P_hex(p, ARG(0), 12);
  status(p);
  T_prog(t, 0, "on_grpc_close", p);
  ck_assert_int_eq(t->pl->grpc_initial_metadata(t->h, 6, MD, 1), 0);
  ck_assert_int_eq(t->pl->grpc_message(t->h, 6, B("hello")), 0);
  ck_assert_int_eq(t->pl->grpc_trailing_metadata(t->h, 6, MD, 1), 0);
  ck_assert_int_eq(t->pl->grpc_close(t->h, 6, 14, B("unavail")), 0);
  ck_assert_str_eq(T_log(t), F("0|%s%s%s0b2\n0|%s%s%s0hello0%s\n"
                   "0|%s%s%s0b\n0|%s%s%s0%sunavail\n",
                   hx32(1), hx32(6), hx32(1), hx32(1), hx32(6), hx32(5),
                   hx32(0), hx32(1), hx32(6), hx32(1), hx32(1), hx32(6),
                   hx32(14), hx32(14)));
  ck_assert_int_eq(t->pl->grpc_message(t->h, 6, B("x")), PW_DRV_USAGE);
  ck_assert_int_eq(t->pl->http_response(t->h, 5, ST, 1, B(""), NULL, 0),
                   PW_DRV_USAGE);
  /* the unary call: one message ends it */
  ck_assert_int_eq(t->pl->grpc_message(t->h, 5, B("r")), 0);
  ck_assert_str_eq(T_log(t), F("0|%s%s%s0r0%s\n", hx32(1), hx32(5),
                   hx32(1), hx32(1)));
  ck_assert_int_eq(t->pl->grpc_message(t->h, 5, B("r")), PW_DRV_USAGE);
  ck_assert_int_eq(t->pl->grpc_close(t->h, 77, 0, B("")), PW_DRV_USAGE);
  T_free(t);
}
END_TEST

/* cancel: no further callbacks; close: half-close a stream, cancel a
   call. */
START_TEST(grpc_cancel_close)
{
  T *t = T_new(_i, NULL);
  prog *p = P_new();
  pw_callout co;

  P_call(p, F_GRPC_CALL, 0, 10, STR(p, "svc"), 0, 0, 0, 0, 0, 0, 0, S(0));
  P_call(p, F_GRPC_CANCEL, 1, 1, S(0));
  P_call(p, F_GRPC_CANCEL, 1, 1, S(0));
  P_call(p, F_GRPC_STREAM, 0, 7, STR(p, "svc"), 0, 0, 0, 0, S(1));
  P_call(p, F_GRPC_CLOSE, 1, 1, S(1));
  P_call(p, F_GRPC_SEND, 1, 4, S(1), STR(p, "m"), 0);
  P_call(p, F_GRPC_CLOSE, 1, 1, S(1));
  P_call(p, F_GRPC_CALL, 0, 10, STR(p, "svc"), 0, 0, 0, 0, 0, 0, 0, S(2));
  P_call(p, F_GRPC_CLOSE, 1, 1, S(2));
  P_call(p, F_GRPC_SEND, 1, 4, S(2), STR(p, "m"), 0);
  P_call(p, F_GRPC_STREAM, 0, 7, STR(p, "svc"), 0, 0, 0, 0, S(3));
  P_call(p, F_GRPC_SEND, 1, 4, S(3), STR(p, "last"), 1);
  P_call(p, F_GRPC_SEND, 1, 4, S(3), STR(p, "more"), 0);
  P_hex(p, S(0), 16);
  T_prog(t, 0, "on_start", p);
  p = P_new();
  P_hex(p, ARG(1), 4);
  T_prog(t, 0, "on_grpc_create_initial_metadata", p);
  p = P_new();
  P_hex(p, ARG(1), 4);
  T_prog(t, 0, "on_grpc_receive", p);
  T_start(t);
  /* cancelled and closed calls get no create_initial_metadata */
  ck_assert_str_eq(T_log(t), F("0|0010010002001%s%s%s%s\n0|%s\n0|%s\n",
                   hx32(5), hx32(6), hx32(9), hx32(10), hx32(6),
                   hx32(10)));
  T_act(t);
  ck_assert_int_eq(t->pl->grpc_message(t->h, 5, B("x")), PW_DRV_OK);
  ck_assert_str_eq(T_log(t), "");
  ck_assert_ptr_nonnull(strstr(T_act(t), "callout_dropped token=5"));
  ck_assert_int_eq(t->pl->callout(t->h, 5, &co), PW_DRV_OK);
  ck_assert_int_eq(co.closed, 1);
  ck_assert_int_eq(t->pl->callout(t->h, 10, &co), PW_DRV_OK);
  ck_assert_int_eq(co.closed, 1);
  ck_assert_str_eq(hx(co.body.ptr, co.body.len), hx("last", 4));
  /* half-closed: the server may still send */
  ck_assert_int_eq(t->pl->grpc_message(t->h, 6, B("late")), PW_DRV_OK);
  ck_assert_str_eq(T_log(t), F("0|%s\n", hx32(6)));
  T_free(t);
}
END_TEST

void add_callout(TCase *tc, int n)
{
  tcase_add_loop_test(tc, http_call, 0, n);
  tcase_add_loop_test(tc, http_call_scope, 0, n);
  tcase_add_loop_test(tc, grpc, 0, n);
  tcase_add_loop_test(tc, grpc_cancel_close, 0, n);
}
