/*
 * Reference host: tests of the parts that need no engine -- the pairs
 * codec (byte-exact encoding, strict decoding), ordered pair lists, and
 * option parsing.
 */
#include <check.h>
#include <string.h>

#include "ref.h"

static pw_bytes B(const void *p, size_t n)
{
  return (pw_bytes){ p, (uint32_t)n };
}

#define BLOB(s) B(s, sizeof(s) - 1)

/* {"a":"1","bb":"22"} */
static const char AB[] =
  "\x02\0\0\0" "\x01\0\0\0\x01\0\0\0" "\x02\0\0\0\x02\0\0\0"
  "a\0" "1\0" "bb\0" "22\0";

START_TEST(encode_exact)
{
  ref_map m = {0};
  pw_out o = PW_OUT_INIT;

  ref_map_add(&m, "a", 1, "1", 1);
  ref_map_add(&m, "bb", 2, "22", 2);
  ck_assert_int_eq(ref_pairs_encode(&m, 0, &o), 0);
  ck_assert_uint_eq(o.len, sizeof AB - 1);
  ck_assert_mem_eq(o.data, AB, sizeof AB - 1);
  ref_map_clear(&m);
  pw_out_free(&o);
}
END_TEST

START_TEST(encode_empty)
{
  ref_map m = {0};
  pw_out o = PW_OUT_INIT;

  ck_assert_int_eq(ref_pairs_encode(&m, 0, &o), 0);
  ck_assert_uint_eq(o.len, 0);
  ck_assert_int_eq(ref_pairs_encode(&m, 1, &o), 0);
  ck_assert_uint_eq(o.len, 4);
  ck_assert_mem_eq(o.data, "\0\0\0\0", 4);
  pw_out_free(&o);
}
END_TEST

START_TEST(encode_binary_and_dups)
{
  ref_map m = {0};
  pw_out o = PW_OUT_INIT;
  static const char want[] =
    "\x02\0\0\0" "\x01\0\0\0\x02\0\0\0" "\x01\0\0\0\0\0\0\0"
    "k\0" "\0\xff\0" "k\0" "\0";

  ref_map_add(&m, "k", 1, "\0\xff", 2);
  ref_map_add(&m, "k", 1, "", 0);
  ck_assert_int_eq(ref_pairs_encode(&m, 0, &o), 0);
  ck_assert_uint_eq(o.len, sizeof want - 1);
  ck_assert_mem_eq(o.data, want, sizeof want - 1);
  ref_map_clear(&m);
  pw_out_free(&o);
}
END_TEST

START_TEST(decode_roundtrip)
{
  ref_map m = {0};

  ck_assert_int_eq(ref_pairs_decode(BLOB(AB), &m), 0);
  ck_assert_uint_eq(m.n, 2);
  ck_assert(ref_eq(m.e[0].k, "a", 1) && ref_eq(m.e[0].v, "1", 1));
  ck_assert(ref_eq(m.e[1].k, "bb", 2) && ref_eq(m.e[1].v, "22", 2));
  ref_map_clear(&m);
}
END_TEST

START_TEST(decode_empty_forms)
{
  ref_map m = {0};

  ck_assert_int_eq(ref_pairs_decode(B("", 0), &m), 0);
  ck_assert_uint_eq(m.n, 0);
  ck_assert_int_eq(ref_pairs_decode(B("\0", 1), &m), 0);
  ck_assert_int_eq(ref_pairs_decode(B("\0\0\0\0", 4), &m), 0);
  ck_assert_uint_eq(m.n, 0);
}
END_TEST

/* Every way a blob can be wrong is rejected and leaves the map empty. */
START_TEST(decode_malformed)
{
  static const struct { const char *p; size_t n; } bad[] = {
    { "\x01", 1 },                                   /* short count */
    { "\x01\0\0", 3 },
    { "\x01\0\0\0", 4 },                             /* no lengths */
    { "\x01\0\0\0\x01\0\0\0\x01\0\0\0a\0" "1", 15 }, /* truncated */
    { "\x01\0\0\0\x01\0\0\0\x01\0\0\0aX1\0", 16 },   /* no NUL after key */
    { "\x01\0\0\0\x01\0\0\0\x01\0\0\0a\0" "1X", 16 },/* no NUL after value */
    { "\x01\0\0\0\x01\0\0\0\x01\0\0\0a\0" "1\0Z", 17 }, /* trailing */
    { "\xff\xff\xff\xff\0\0\0\0", 8 },               /* huge count */
    { "\x01\0\0\0\xff\xff\xff\xff\x01\0\0\0a\0" "1\0", 16 }, /* huge len */
    { "\0\0\0\0Z", 5 },                              /* count 0 + junk */
  };
  ref_map m = {0};

  for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
    ref_map_add(&m, "x", 1, "y", 1);
    ck_assert_msg(ref_pairs_decode(B(bad[i].p, bad[i].n), &m) == -1,
                  "case %zu accepted", i);
    ck_assert_uint_eq(m.n, 0);
  }
}
END_TEST

START_TEST(map_replace_remove)
{
  ref_map m = {0};

  ref_map_add(&m, "a", 1, "1", 1);
  ref_map_add(&m, "b", 1, "2", 1);
  ref_map_add(&m, "a", 1, "3", 1);
  ref_map_replace(&m, "a", 1, "9", 1);
  ck_assert_uint_eq(m.n, 2);
  ck_assert(ref_eq(m.e[0].k, "a", 1) && ref_eq(m.e[0].v, "9", 1));
  ck_assert(ref_eq(m.e[1].k, "b", 1));
  ref_map_replace(&m, "c", 1, "4", 1);
  ck_assert_uint_eq(m.n, 3);
  ref_map_remove(&m, "a", 1);
  ref_map_remove(&m, "zz", 2);
  ck_assert_uint_eq(m.n, 2);
  ck_assert(ref_eq(m.e[0].k, "b", 1) && ref_eq(m.e[1].k, "c", 1));
  ref_map_clear(&m);
}
END_TEST

START_TEST(options_parse)
{
  ref_opts o;
  pw_err err;

  ck_assert_int_eq(ref_options(&o, NULL, &err), 0);
  ck_assert_int_eq(o.empty_map_count0 + o.bad_pairs_empty + o.eos_never +
                   o.cas0_create_only + o.log_first + o.local_response, 0);
  ck_assert_int_eq(ref_options(&o, "empty_map=count0,bad_pairs=empty,"
                   "eos_flag=never,cas0=create_only,cas_absent=mismatch,"
                   "close_order=log_done_delete,local_response=trap", &err),
                   0);
  ck_assert_int_eq(o.empty_map_count0 && o.bad_pairs_empty && o.eos_never &&
                   o.cas0_create_only && o.cas_absent_mismatch &&
                   o.log_first, 1);
  ck_assert_int_eq(o.local_response, REF_LR_TRAP);
  ck_assert_int_eq(ref_options(&o, "local_response=first", &err), 0);
  ck_assert_int_eq(o.local_response, REF_LR_FIRST);
  ck_assert_int_eq(o.bad_memory_trap + o.aligned, 0);
  ck_assert_int_eq(ref_options(&o, "bad_memory=trap,,alignment=natural",
                   &err), 0);
  ck_assert_int_eq(o.bad_memory_trap && o.aligned, 1);
}
END_TEST

START_TEST(options_errors)
{
  ref_opts o;
  pw_err err;

  ck_assert_int_eq(ref_options(&o, "nope=1", &err), -1);
  ck_assert_ptr_nonnull(strstr(err.msg, "unknown option 'nope'"));
  ck_assert_int_eq(ref_options(&o, "empty_map=zero", &err), -1);
  ck_assert_ptr_nonnull(strstr(err.msg, "empty_map"));
  ck_assert_int_eq(ref_options(&o, "empty_map", &err), -1);
  ck_assert_int_eq(ref_options(&o, "cas0=create_only,x=y", &err), -1);
}
END_TEST

int main(void)
{
  Suite *s = suite_create("reference_pure");
  TCase *t = tcase_create("pure");
  SRunner *r;
  int failed;

  tcase_add_test(t, encode_exact);
  tcase_add_test(t, encode_empty);
  tcase_add_test(t, encode_binary_and_dups);
  tcase_add_test(t, decode_roundtrip);
  tcase_add_test(t, decode_empty_forms);
  tcase_add_test(t, decode_malformed);
  tcase_add_test(t, map_replace_remove);
  tcase_add_test(t, options_parse);
  tcase_add_test(t, options_errors);
  suite_add_tcase(s, t);
  r = srunner_create(s);
  srunner_run_all(r, CK_NORMAL);
  failed = srunner_ntests_failed(r);
  srunner_free(r);
  return failed ? 1 : 0;
}
