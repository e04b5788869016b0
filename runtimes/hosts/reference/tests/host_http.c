/*
 * Reference host tests: header maps, buffers, local responses, continues
 * and the route cache on HTTP streams.
 */
#include "harness.h"

#define BADPTR 0xfffffff0u
#define Z8 "0000000000000000"

static void get_h(prog *p, uint32_t t, uint32_t k, uint32_t kl)
{
  P_call(p, F_GET_HEADER, 0, 5, t, k, kl, S(0), S(1));
}

static void add_h(prog *p, uint32_t t, uint32_t k, uint32_t kl, uint32_t v,
                  uint32_t vl)
{
  P_call(p, F_ADD_HEADER, 0, 5, t, k, kl, v, vl);
}

START_TEST(map_ops)
{
  T *t = T_new(_i, NULL);
  prog *p = P_new();

  get_h(p, 0, STR(p, ":path"));
  P_rawi(p, S(0), S(1));
  get_h(p, 0, STR(p, "nope"));
  add_h(p, 0, STR(p, "a"), STR(p, "1"));
  add_h(p, 0, STR(p, "a"), STR(p, "2"));
  get_h(p, 0, STR(p, "a"));
  P_rawi(p, S(0), S(1));
  P_call(p, F_GET_MAP_SIZE, 0, 2, 0, S(2));
  P_hex(p, S(2), 4);
  P_call(p, F_REPLACE_HEADER, 0, 5, 0, STR(p, "a"), STR(p, "9"));
  P_call(p, F_REMOVE_HEADER, 0, 3, 0, STR(p, ":authority"));
  P_call(p, F_REMOVE_HEADER, 0, 3, 0, STR(p, "zz"));
  P_call(p, F_GET_PAIRS, 0, 3, 0, S(0), S(1));
  P_hexi(p, S(0), S(1));
  P_call(p, F_SET_PAIRS, 0, 3, 0, PAIRS(p, 1, "k", "v"));
  P_call(p, F_GET_PAIRS, 0, 3, 0, S(0), S(1));
  P_hexi(p, S(0), S(1));
  P_call(p, F_SET_PAIRS, 0, 3, 0, STR(p, "\x05\0\0\0"));
  P_call(p, F_GET_MAP_SIZE, 0, 2, 0, S(2));
  P_hex(p, S(2), 4);
  P_call(p, F_SET_PAIRS, 0, 3, 0, 0, 0);
  P_call(p, F_GET_PAIRS, 0, 3, 0, S(0), S(1));
  P_hex(p, S(0), 8);
  get_h(p, 0, BADPTR, 4);
  add_h(p, 9, STR(p, "a"), STR(p, "1"));
  T_prog(t, 0, "on_request_headers", p);
  T_start(t);
  T_request(t, NULL);
  ck_assert_str_eq(T_log(t), F("0|0/x10001" "0%s0000%s00%s20%s00" Z8 "62\n",
                   hx32(5), pairs_hex(3, ":method", "GET", ":path", "/x",
                                      "a", "9"),
                   pairs_hex(1, "k", "v"), hx32(1)));
  T_free(t);
}
END_TEST

/* Which map is there, and writable, in which callback. */
START_TEST(map_phases)
{
  T *t = T_new(_i, NULL);
  prog *p = P_new();
  uint32_t s, ret;
  static const pw_pair resp[] = {
    { { (const uint8_t *)":status", 7 }, { (const uint8_t *)"200", 3 } } };

  add_h(p, 1, STR(p, "t"), STR(p, "1"));
  add_h(p, 2, STR(p, "r"), STR(p, "1"));
  P_call(p, F_GET_PAIRS, 0, 3, 2, S(0), S(1));
  P_hex(p, S(0), 8);
  add_h(p, 4, STR(p, "g"), STR(p, "1"));
  get_h(p, 7, STR(p, "x"));
  T_prog(t, 0, "on_request_headers", p);
  p = P_new();
  add_h(p, 1, STR(p, "t"), STR(p, "1"));
  T_prog(t, 0, "on_request_body", p);
  p = P_new();
  add_h(p, 0, STR(p, "q"), STR(p, "1"));
  P_call(p, F_REPLACE_HEADER, 0, 5, 0, STR(p, "q"), STR(p, "1"));
  P_call(p, F_REMOVE_HEADER, 0, 3, 0, STR(p, ":path"));
  P_call(p, F_SET_PAIRS, 0, 3, 0, 0, 0);
  P_call(p, F_GET_MAP_SIZE, 0, 2, 7, S(2));
  get_h(p, 0, STR(p, ":path"));
  P_rawi(p, S(0), S(1));
  get_h(p, 1, STR(p, "t"));
  P_rawi(p, S(0), S(1));
  add_h(p, 1, STR(p, "t"), STR(p, "2"));
  add_h(p, 2, STR(p, "r"), STR(p, "1"));
  add_h(p, 3, STR(p, "x"), STR(p, "1"));
  P_call(p, F_CONTINUE_RESPONSE, 0, 0);
  T_prog(t, 0, "on_response_headers", p);
  p = P_new();
  get_h(p, 2, STR(p, "r"));
  add_h(p, 3, STR(p, "rt"), STR(p, "1"));
  T_prog(t, 0, "on_response_body", p);
  p = P_new();
  get_h(p, 1, STR(p, "t"));
  T_prog(t, 0, "on_done", p);
  p = P_new();
  get_h(p, 1, STR(p, "t"));
  get_h(p, 0, STR(p, ":path"));
  P_rawi(p, S(0), S(1));
  add_h(p, 0, STR(p, "q"), STR(p, "1"));
  get_h(p, 2, STR(p, "r"));
  T_prog(t, 0, "on_log", p);
  T_start(t);
  s = T_request(t, NULL);
  ck_assert_str_eq(T_log(t), "0|220" Z8 "22\n");
  ck_assert_int_eq(t->pl->http_body(t->h, s, PW_DIR_REQUEST, B("a"), 0,
                   &ret), PW_DRV_OK);
  ck_assert_int_eq(t->pl->http_body(t->h, s, PW_DIR_REQUEST, B("b"), 1,
                   &ret), PW_DRV_OK);
  ck_assert_str_eq(T_log(t), "0|2\n0|0\n");
  ck_assert_int_eq(t->pl->http_headers(t->h, s, PW_DIR_RESPONSE, resp, 1,
                   0, &ret), PW_DRV_OK);
  ck_assert_str_eq(T_log(t), "0|222220/x012020\n");
  ck_assert_int_eq(t->pl->http_body(t->h, s, PW_DIR_RESPONSE, B("c"), 1,
                   &ret), PW_DRV_OK);
  ck_assert_str_eq(T_log(t), "0|22\n");
  ck_assert_int_eq(t->pl->stream_close(t->h, s), PW_DRV_OK);
  ck_assert_str_eq(T_log(t), "0|2\n0|10/x21\n");
  ck_assert_int_eq(t->pl->http_headers(t->h, s, PW_DIR_REQUEST, REQ, 3, 0,
                   &ret), PW_DRV_USAGE);
  T_free(t);
}
END_TEST

/* empty_map=count0 and bad_pairs=empty. */
START_TEST(map_options)
{
  T *t = T_new(_i, "empty_map=count0,bad_pairs=empty");
  prog *p = P_new();

  P_call(p, F_GET_PAIRS, 0, 3, 2, S(0), S(1));
  P_hexi(p, S(0), S(1));
  P_call(p, F_SET_PAIRS, 0, 3, 0, STR(p, "\x05\0\0\0"));
  P_call(p, F_GET_MAP_SIZE, 0, 2, 0, S(2));
  P_hex(p, S(2), 4);
  T_prog(t, 0, "on_request_headers", p);
  T_start(t);
  T_request(t, NULL);
  ck_assert_str_eq(T_log(t), "0|0000000000000000000\n");
  T_free(t);
}
END_TEST

/* Hostile blobs: huge counts and lengths are rejected, nothing grows. */
START_TEST(map_hostile)
{
  T *t = T_new(_i, NULL);
  prog *p = P_new();

  P_call(p, F_SET_PAIRS, 0, 3, 0, STR(p, "\xff\xff\xff\xff\0\0\0\0"));
  P_call(p, F_SET_PAIRS, 0, 3, 0,
         STR(p, "\x01\0\0\0\xff\xff\xff\x7f\x01\0\0\0a\0b\0"));
  P_call(p, F_SET_PAIRS, 0, 3, 0, STR(p, "\x01\0\0\0\x01\0\0\0\x01\0\0\0"
                                         "a\0b\0trailing"));
  P_call(p, F_SET_PAIRS, 0, 3, 0, STR(p, "\x01\0\0\0\x01\0\0\0\x01\0\0\0"
                                         "aXbY"));
  P_call(p, F_SET_PAIRS, 0, 3, 0, 0, 0x7fffffff);
  P_call(p, F_GET_MAP_SIZE, 0, 2, 0, S(2));
  P_hex(p, S(2), 4);
  T_prog(t, 0, "on_request_headers", p);
  T_start(t);
  T_request(t, NULL);
  ck_assert_str_eq(T_log(t), F("0|222260%s\n", hx32(3)));
  T_free(t);
}
END_TEST

static void body_prog(T *t, uint32_t ret)
{
  prog *p = P_new();

  P_call(p, F_GET_BUFFER_STATUS, 0, 3, 0, S(0), S(1));
  P_hex(p, S(0), 8);
  P_call(p, F_GET_BUFFER_BYTES, 0, 5, 0, 0, 100, S(2), S(3));
  P_rawi(p, S(2), S(3));
  P_call(p, F_GET_BUFFER_BYTES, 0, 5, 0, 2, 2, S(2), S(3));
  P_rawi(p, S(2), S(3));
  P_call(p, F_GET_BUFFER_BYTES, 0, 5, 0, 10, 5, S(2), S(3));
  P_hex(p, S(2), 8);
  P_call(p, F_GET_BUFFER_BYTES, 0, 5, 0, 1, 0, S(2), S(3));
  P_hex(p, S(2), 8);
  for (uint32_t b = 1; b <= 5; b++)
    if (b != 3)
      P_call(p, F_GET_BUFFER_STATUS, 0, 3, b, S(0), S(1));
  P_call(p, F_GET_BUFFER_STATUS, 0, 3, 6, S(0), S(1));
  P_call(p, F_GET_BUFFER_BYTES, 0, 5, 0, 0, 1, BADPTR, S(3));
  P_ret(p, ret);
  T_prog(t, 0, "on_request_body", p);
}

START_TEST(buffers)
{
  T *t = T_new(_i, NULL);
  prog *p = P_new();
  uint32_t s, ret = 9, flags = 9;
  pw_out o = PW_OUT_INIT;

  P_call(p, F_GET_BUFFER_STATUS, 0, 3, 0, S(0), S(1));
  T_prog(t, 0, "on_request_headers", p);
  T_start(t);
  s = T_request(t, NULL);
  ck_assert_str_eq(T_log(t), "0|1\n");
  body_prog(t, 1);
  ck_assert_int_eq(t->pl->http_body(t->h, s, PW_DIR_REQUEST, B("hello"), 0,
                   &ret), PW_DRV_OK);
  ck_assert_uint_eq(ret, 1);
  ck_assert_str_eq(T_log(t), F("0|0%s%s0hello0ll0" Z8 "0" Z8 "111126\n",
                   hx32(5), hx32(0)));
  body_prog(t, 0);
  ck_assert_int_eq(t->pl->http_body(t->h, s, PW_DIR_REQUEST, B("world"), 1,
                   &ret), PW_DRV_OK);
  ck_assert_str_eq(T_log(t), F("0|0%s%s0helloworld0ll0" Z8 "0" Z8
                   "111126\n", hx32(10), hx32(1)));
  ck_assert_int_eq(t->pl->get_buffer(t->h, s, 0, &o, &flags), PW_DRV_OK);
  ck_assert_uint_eq(o.len, 10);
  ck_assert_uint_eq(flags, 1);
  pw_out_free(&o);
  /* not held any more, and not in its callback: gone */
  p = P_new();
  P_call(p, F_GET_BUFFER_STATUS, 0, 3, 0, S(0), S(1));
  P_call(p, F_GET_BUFFER_STATUS, 0, 3, 1, S(0), S(1));
  P_hex(p, S(0), 8);
  T_prog(t, 0, "on_response_body", p);
  ck_assert_int_eq(t->pl->http_body(t->h, s, PW_DIR_RESPONSE, B("xyz"), 1,
                   &ret), PW_DRV_OK);
  ck_assert_str_eq(T_log(t), F("0|10%s%s\n", hx32(3), hx32(1)));
  T_free(t);
}
END_TEST

START_TEST(buffers_eos_never)
{
  T *t = T_new(_i, "eos_flag=never");
  prog *p = P_new();
  uint32_t s, ret;

  P_call(p, F_GET_BUFFER_STATUS, 0, 3, 0, S(0), S(1));
  P_hex(p, S(0), 8);
  T_prog(t, 0, "on_request_body", p);
  T_start(t);
  s = T_request(t, NULL);
  ck_assert_int_eq(t->pl->http_body(t->h, s, PW_DIR_REQUEST, B("ab"), 1,
                   &ret), PW_DRV_OK);
  ck_assert_str_eq(T_log(t), F("0|0%s%s\n", hx32(2), hx32(0)));
  T_free(t);
}
END_TEST

static void local_prog(T *t)
{
  prog *p = P_new();

  P_call(p, F_SEND_LOCAL_RESPONSE, 0, 8, 403, STR(p, "denied"),
         STR(p, "body"), PAIRS(p, 1, "x", "y"), 0xffffffffu);
  P_call(p, F_SEND_LOCAL_RESPONSE, 0, 8, 401, STR(p, "d2"), STR(p, "b2"),
         0, 0, 3);
  T_prog(t, 0, "on_request_headers", p);
}

static void check_lr(T *t, uint32_t s, uint32_t code, const char *body)
{
  pw_local_response lr;

  ck_assert_int_eq(t->pl->get_local_response(t->h, s, &lr), PW_DRV_OK);
  ck_assert_uint_eq(lr.code, code);
  ck_assert_uint_eq(lr.body.len, strlen(body));
  ck_assert(memcmp(lr.body.ptr, body, lr.body.len) == 0);
}

START_TEST(local_response)
{
  T *t = T_new(_i, NULL);
  prog *p = P_new();
  uint32_t s;
  pw_local_response lr;

  P_call(p, F_SEND_LOCAL_RESPONSE, 0, 8, 500, 0, 0, 0, 0, 0, 0, 0);
  T_prog(t, 0, "on_start", p);
  local_prog(t);
  T_start(t);
  ck_assert_str_eq(T_log(t), "0|2\n");        /* no stream to answer */
  T_act(t);
  s = T_request(t, NULL);
  ck_assert_str_eq(T_log(t), "0|00\n");
  check_lr(t, s, 401, "b2");                   /* the last one wins */
  ck_assert_int_eq(t->pl->get_local_response(t->h, s, &lr), PW_DRV_OK);
  ck_assert_uint_eq(lr.grpc_status, 3);
  ck_assert_uint_eq(lr.details.len, 2);
  ck_assert_ptr_nonnull(strstr(T_act(t), F("local_response ctx=%u code=401",
                                           s)));
  p = P_new();
  P_call(p, F_SEND_LOCAL_RESPONSE, 0, 8, 403, 0, 0, 0, 0,
         STR(p, "\x09\0\0\0"), 0);
  P_call(p, F_SEND_LOCAL_RESPONSE, 0, 8, 403, 0, 0, 0, 0, 0, 0, 17);
  P_call(p, F_SEND_LOCAL_RESPONSE, 0, 8, 403, BADPTR, 1, 0, 0, 0, 0, 0);
  T_prog(t, 0, "on_request_headers", p);
  s = T_request(t, NULL);
  ck_assert_str_eq(T_log(t), "0|226\n");
  ck_assert_int_eq(t->pl->get_local_response(t->h, s, &lr), PW_DRV_USAGE);
  T_free(t);
}
END_TEST

START_TEST(local_response_first)
{
  T *t = T_new(_i, "local_response=first");
  uint32_t s;
  pw_local_response lr;

  local_prog(t);
  T_start(t);
  s = T_request(t, NULL);
  check_lr(t, s, 403, "body");
  ck_assert_int_eq(t->pl->get_local_response(t->h, s, &lr), PW_DRV_OK);
  ck_assert_str_eq(hx(lr.header_pairs.ptr, lr.header_pairs.len),
                   pairs_hex(1, "x", "y"));
  T_free(t);
}
END_TEST

START_TEST(local_response_trap)
{
  T *t = T_new(_i, "local_response=trap");
  uint32_t s = 0, ret;

  local_prog(t);
  T_start(t);
  ck_assert_int_eq(t->pl->http_open(t->h, t->root, &s), PW_DRV_OK);
  ck_assert_int_eq(t->pl->http_headers(t->h, s, 0, REQ, 3, 0, &ret),
                   PW_DRV_TRAP);
  ck_assert_ptr_nonnull(strstr(t->pl->error(t->h), "already sent"));
  check_lr(t, s, 403, "body");
  ck_assert_int_eq(t->pl->http_open(t->h, t->root, &s), PW_DRV_FAILED);
  T_free(t);
}
END_TEST

START_TEST(continues)
{
  T *t = T_new(_i, NULL);
  prog *p = P_new();
  uint32_t s;
  const char *a;

  P_call(p, F_CONTINUE_REQUEST, 0, 0);
  P_call(p, F_CONTINUE_RESPONSE, 0, 0);
  P_call(p, F_CLEAR_ROUTE_CACHE, 0, 0);
  T_prog(t, 0, "on_start", p);
  p = P_new();
  P_call(p, F_CONTINUE_REQUEST, 0, 0);
  P_call(p, F_CLEAR_ROUTE_CACHE, 0, 0);
  P_call(p, F_CONTINUE_RESPONSE, 0, 0);
  T_prog(t, 0, "on_request_headers", p);
  T_start(t);
  ck_assert_str_eq(T_log(t), "0|000\n");
  ck_assert_str_eq(T_act(t), "continue_request ignored: not an HTTP stream\n"
                   "continue_response ignored: not an HTTP stream\n"
                   "clear_route_cache ctx=1\n");
  s = T_request(t, NULL);
  ck_assert_str_eq(T_log(t), "0|000\n");
  a = T_act(t);
  ck_assert_str_eq(a, F("continue_request ctx=%u\nclear_route_cache ctx=%u\n"
                        "continue_response ctx=%u\n", s, s, s));
  T_free(t);
}
END_TEST

/* Trailers from the driver are maps 1 and 3 in their callbacks;
   metadata shows only its count. */
START_TEST(trailers_metadata)
{
  T *t = T_new(_i, NULL);
  prog *p;
  uint32_t s, ret = 9;
  pw_out o = PW_OUT_INIT;
  static const pw_pair TR[] = {
    { { (const uint8_t *)"t", 1 }, { (const uint8_t *)"1", 1 } },
    { { (const uint8_t *)"u", 1 }, { (const uint8_t *)"2", 1 } } };
  const char *cb[] = { "on_request_trailers", "on_response_trailers" };

  for (uint32_t d = 0; d < 2; d++) {
    p = P_new();
    P_hex(p, ARG(1), 4);
    get_h(p, 1 + 2 * d, STR(p, "u"));
    P_rawi(p, S(0), S(1));
    add_h(p, 1 + 2 * d, STR(p, "v"), STR(p, "3"));
    P_call(p, F_GET_MAP_SIZE, 0, 2, 1 + 2 * d, S(2));
    P_hex(p, S(2), 4);
    P_ret(p, 1);
    T_prog(t, 0, cb[d], p);
  }
  p = P_new();
  P_hex(p, ARG(0), 8);
  T_prog(t, 0, "on_request_metadata", p);
  T_start(t);
  s = T_request(t, NULL);
  ck_assert_int_eq(t->pl->http_trailers(t->h, s, 0, TR, 2, &ret), 0);
  ck_assert_uint_eq(ret, 1);
  ck_assert_int_eq(t->pl->http_metadata(t->h, s, 0, TR, 2, &ret), 0);
  ck_assert_uint_eq(ret, 0);
  ck_assert_int_eq(t->pl->http_trailers(t->h, s, 1, TR, 2, &ret), 0);
  ck_assert_str_eq(T_log(t), F("0|%s0200%s\n0|%s%s\n0|%s0200%s\n",
                   hx32(2), hx32(3), hx32(s), hx32(2), hx32(2), hx32(3)));
  ck_assert_int_eq(t->pl->get_map(t->h, s, 3, &o), PW_DRV_OK);
  ck_assert_str_eq(hx(o.data, o.len), pairs_hex(3, "t", "1", "u", "2",
                                                "v", "3"));
  ck_assert_int_eq(t->pl->get_map(t->h, s, 9, &o), PW_DRV_USAGE);
  ck_assert_int_eq(t->pl->get_map(t->h, 99, 0, &o), PW_DRV_USAGE);
  pw_out_free(&o);
  T_free(t);
}
END_TEST

void add_http(TCase *tc, int n)
{
  tcase_add_loop_test(tc, trailers_metadata, 0, n);
  tcase_add_loop_test(tc, map_ops, 0, n);
  tcase_add_loop_test(tc, map_phases, 0, n);
  tcase_add_loop_test(tc, map_options, 0, n);
  tcase_add_loop_test(tc, map_hostile, 0, n);
  tcase_add_loop_test(tc, buffers, 0, n);
  tcase_add_loop_test(tc, buffers_eos_never, 0, n);
  tcase_add_loop_test(tc, local_response, 0, n);
  tcase_add_loop_test(tc, local_response_first, 0, n);
  tcase_add_loop_test(tc, local_response_trap, 0, n);
  tcase_add_loop_test(tc, continues, 0, n);
}
