/*
 * The reference host's WASI (wasi.c) through the generated glue, on every
 * engine and every version that serves WASI, with a guest that imports it
 * under wasi_snapshot_preview1 and wasi_unstable (wasi.wat).  The host is
 * built from the ops table directly: the plugin binds v1alpha.
 */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ref.h"
#include "pwlib.h"
#include "versions.h"

typedef struct W {
  pw_host *h;
  char log[1024];
} W;

static void observe(void *ud, const pw_event *ev)
{
  W *w = ud;
  size_t n = strlen(w->log);

  if (ev->kind == PW_EV_LOG)
    snprintf(w->log + n, sizeof w->log - n, "%u|%s\n",
             (unsigned)ev->result, ev->text);
}

static int serves_wasi(const pw_version *v)
{
  for (size_t i = 0; i < v->abi->nimports; i++)
    if (strcmp(v->abi->imports[i].module, "wasi_unstable") == 0)
      return 1;
  return 0;
}

/* The k-th version that serves WASI, in registry order, or NULL. */
static const pw_version *wasi_version(int k)
{
  for (const pw_version *v = pw_versions; v->name != NULL; v++)
    if (serves_wasi(v) && k-- == 0)
      return v;
  return NULL;
}

static size_t n_engines(void)
{
  size_t n = 0;

  while (pw_engines[n] != NULL)
    n++;
  return n;
}

static W *W_new(int e, const pw_version *v)
{
  W *w = calloc(1, sizeof *w);
  pw_vm_args a;
  pw_err err = {{0}};
  char path[512];
  size_t len;
  uint8_t *wasm;

  snprintf(path, sizeof path, "%s/wasi.wasm", REF_WASM);
  ck_assert_ptr_nonnull(wasm = pw_read_file(path, &len));
  w->h = ref_alloc(sizeof *w->h);
  w->h->observe = observe;
  w->h->observe_ud = w;
  w->h->now = UINT64_C(1577836800000000000);
  memset(&a, 0, sizeof a);
  a.engine = pw_engines[e];
  a.abi = v->abi;
  a.wasm = wasm;
  a.wasm_len = len;
  a.ops = &ref_ops;
  a.host = w->h;
  w->h->vm = pw_vm_new(&a, &err);
  free(wasm);
  ck_assert_msg(w->h->vm != NULL, "%s %s: %s", a.engine->name, v->name,
                err.msg);
  return w;
}

static void W_free(W *w)
{
  pw_vm_free(w->h->vm);
  free(w->h);
  free(w);
}

/* Call export `fn` with up to three i32 arguments; its i32 result. */
static uint32_t call(W *w, const char *fn, size_t n, uint32_t a,
                     uint32_t b, uint32_t c)
{
  uint64_t args[3] = { a, b, c }, r[1] = { 0 };

  ck_assert_int_eq(pw_vm_call(w->h->vm, fn, args, n, r), PW_CALL_OK);
  return (uint32_t)r[0];
}

static void each(int e, void (*body)(W *, int alias))
{
  const pw_version *v;

  for (int k = 0; (v = wasi_version(k)) != NULL; k++)
    for (int alias = 0; alias <= 1; alias++) {
      W *w = W_new(e, v);
      body(w, alias);
      W_free(w);
    }
}

/* fd 1 logs at info, fd 2 at error, one trailing newline dropped; other
   descriptors are badf (8). */
static void writes(W *w, int alias)
{
  ck_assert_uint_eq(call(w, "write", 2, 1, alias, 0), 0);
  ck_assert_uint_eq(call(w, "load", 1, 80, 0, 0), 12);
  ck_assert_uint_eq(call(w, "write", 2, 2, alias, 0), 0);
  ck_assert_uint_eq(call(w, "write", 2, 3, alias, 0), 8);
  ck_assert_str_eq(w->log, "2|hello world\n4|hello world\n");
  /* a list past the end, a piece past the end: fault (21) */
  ck_assert_uint_eq(call(w, "write_at", 2, 131068, 1, 0), 21);
  ck_assert_uint_eq(call(w, "write_at", 2, 0, 0x20000000u, 0), 21);
}

START_TEST(fd_write_logs)
{
  each(_i, writes);
}
END_TEST

/* realtime (0) and monotonic (1) read the host clock; others notsup. */
static void clocks(W *w, int alias)
{
  ck_assert_uint_eq(call(w, "clock", 2, 0, alias, 0), 0);
  ck_assert_uint_eq(call(w, "load", 1, 96, 0, 0), 0xb98a0000u);
  ck_assert_uint_eq(call(w, "load", 1, 100, 0, 0), 0x15e59a35u);
  ck_assert_uint_eq(call(w, "clock", 2, 1, alias, 0), 0);
  ck_assert_uint_eq(call(w, "clock", 2, 2, alias, 0), 58);
  ck_assert_uint_eq(call(w, "clock", 2, 9, alias, 0), 28);  /* no clockid */
}

START_TEST(clock_reads_host_clock)
{
  each(_i, clocks);
}
END_TEST

/* The same bytes in every run and under both names; over 64 KiB inval. */
static void randoms(W *w, int alias)
{
  static uint32_t first[2];

  ck_assert_uint_eq(call(w, "random", 3, 200, 8, alias), 0);
  if (first[0] == 0 && first[1] == 0) {
    first[0] = call(w, "load", 1, 200, 0, 0);
    first[1] = call(w, "load", 1, 204, 0, 0);
  }
  ck_assert_uint_eq(call(w, "load", 1, 200, 0, 0), first[0]);
  ck_assert_uint_eq(call(w, "load", 1, 204, 0, 0), first[1]);
  ck_assert_uint_eq(call(w, "random", 3, 0, 65537, alias), 28);
  ck_assert_uint_eq(call(w, "random", 3, 0, 0, alias), 0);
  ck_assert_uint_eq(call(w, "random", 3, 131071, 2, alias), 21);
}

START_TEST(random_is_reproducible)
{
  each(_i, randoms);
}
END_TEST

/* fdstat of 1: a character device with fd_write rights; of 3: badf;
   poll_oneoff: no events. */
static void stubs(W *w, int alias)
{
  (void)alias;
  ck_assert_uint_eq(call(w, "fdstat", 1, 1, 0, 0), 0);
  ck_assert_uint_eq(call(w, "load", 1, 128, 0, 0), 2);
  ck_assert_uint_eq(call(w, "load", 1, 136, 0, 0), 64);
  ck_assert_uint_eq(call(w, "fdstat", 1, 3, 0, 0), 8);
  ck_assert_uint_eq(call(w, "poll", 0, 0, 0, 0), 0);
  ck_assert_uint_eq(call(w, "load", 1, 160, 0, 0), 0);
}

START_TEST(stubs_answer)
{
  each(_i, stubs);
}
END_TEST

/* proc_exit logs at error, then traps naming the status. */
static void exits(W *w, int alias)
{
  uint64_t args[2] = { 3, (uint64_t)alias };
  const pw_trap *t;

  ck_assert_int_eq(pw_vm_call(w->h->vm, "exit", args, 2, NULL),
                   PW_CALL_TRAP);
  ck_assert_ptr_nonnull(t = pw_vm_last_trap(w->h->vm));
  ck_assert_ptr_nonnull(strstr(t->msg, "proc_exit: does not return "
                               "(rval=3)"));
  ck_assert_str_eq(w->log, "4|proc_exit(3)\n");
}

START_TEST(proc_exit_traps)
{
  each(_i, exits);
}
END_TEST

/* The env extras return normally: a growth notice does nothing, and
   pthread_equal compares its ids. */
static void extras(W *w, int alias)
{
  (void)alias;
  ck_assert_uint_eq(call(w, "extras", 2, 7, 7, 0), 1);
  ck_assert_uint_eq(call(w, "extras", 2, 7, 8, 0), 0);
  ck_assert_str_eq(w->log, "");
}

START_TEST(env_extras_return)
{
  each(_i, extras);
}
END_TEST

int main(void)
{
  Suite *s = suite_create("reference_wasi");
  TCase *tc = tcase_create("wasi");
  int n = (int)n_engines(), failed;
  SRunner *sr;

  if (wasi_version(3) == NULL) {   /* 0.1.0, 0.2.0, 0.2.1, vNEXT */
    fputs("test_wasi: fewer than four versions serve WASI\n", stderr);
    return EXIT_FAILURE;
  }
  tcase_add_loop_test(tc, fd_write_logs, 0, n);
  tcase_add_loop_test(tc, clock_reads_host_clock, 0, n);
  tcase_add_loop_test(tc, random_is_reproducible, 0, n);
  tcase_add_loop_test(tc, stubs_answer, 0, n);
  tcase_add_loop_test(tc, proc_exit_traps, 0, n);
  tcase_add_loop_test(tc, env_extras_return, 0, n);
  tcase_set_timeout(tc, 120);
  suite_add_tcase(s, tc);
  sr = srunner_create(s);
  srunner_run_all(sr, CK_NORMAL);
  failed = srunner_ntests_failed(sr);
  srunner_free(sr);
  return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
