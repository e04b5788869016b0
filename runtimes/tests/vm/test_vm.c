/*
 * The vm layer on every engine: link errors name `module.name` and both
 * signatures, the allocator is found in cpp-host's order, and host calls,
 * callbacks and traps reach the observer with decoded arguments.
 */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "pw_v1a_host.h"
#include "pwlib.h"
#include "versions.h"
#include "vm.h"
#include "wasm_info.h"

#ifndef WASM_DIR
#error "WASM_DIR: where the test modules were assembled"
#endif

typedef struct seen {
  char lines[32][1200];
  int n;
} seen;

static seen S;

static void observe(void *ud, const pw_event *ev)
{
  static const char *const kind[] = { "host", "call", "trap", "log", "act" };

  (void)ud;
  if (S.n < 32)
    snprintf(S.lines[S.n++], sizeof S.lines[0], "%s %d %s(%s) = %llu%s%s",
             kind[ev->kind], ev->depth, ev->name, ev->text ? ev->text : "",
             (unsigned long long)ev->result,
             ev->rejected != NULL ? " rejected " : "",
             ev->rejected != NULL ? ev->rejected : "");
}

static int has_line(const char *want)
{
  for (int i = 0; i < S.n; i++)
    if (strcmp(S.lines[i], want) == 0)
      return 1;
  for (int i = 0; i < S.n; i++)
    fprintf(stderr, "  seen: %s\n", S.lines[i]);
  return 0;
}

/* Host ops: a log that accepts everything, a property that is "abc"
   (path "in", which allocrestrict.wat's allocator reads: "nested!"). */
static pw_wasm_result_t h_log(void *host, pw_log_level_t level,
                                  pw_bytes message)
{
  (void)host, (void)level, (void)message;
  return PW_WASM_RESULT_OK;
}

static pw_wasm_result_t h_get_property(void *host, pw_bytes path,
                                           pw_out *value)
{
  int in = path.len == 2 && memcmp(path.ptr, "in", 2) == 0;

  (void)host;
  return pw_out_set(value, in ? "nested!" : "abc", in ? 7 : 3)
         ? PW_WASM_RESULT_INTERNAL_FAILURE : PW_WASM_RESULT_OK;
}

static const pw_host_ops OPS = {
  .proxy_log = h_log,
  .proxy_get_property = h_get_property,
};

static uint8_t *slurp(const char *name, size_t *len)
{
  char path[512];
  uint8_t *b;

  snprintf(path, sizeof path, "%s/%s.wasm", WASM_DIR, name);
  ck_assert_msg((b = pw_read_file(path, len)) != NULL, "cannot read %s",
                path);
  return b;
}

/* Module `name` on the engine, with a's options and lists. */
static pw_vm *open_vm_args(int engine, const char *name, pw_vm_args a,
                           pw_err *err)
{
  size_t len;
  uint8_t *wasm = slurp(name, &len);
  pw_vm *vm;

  memset(&S, 0, sizeof S);
  a.engine = pw_engines[engine];
  a.abi = &pw_v1a_abi;
  a.wasm = wasm;
  a.wasm_len = len;
  a.ops = &OPS;
  a.observe = observe;
  vm = pw_vm_new(&a, err);
  free(wasm);
  return vm;
}

static pw_vm *open_vm_opts(int engine, const char *name, pw_opts opts,
                           pw_err *err)
{
  pw_vm_args a = { 0 };

  a.opts = opts;
  return open_vm_args(engine, name, a, err);
}

static pw_vm *open_vm(int engine, const char *name, pw_err *err)
{
  pw_opts opts = { 0 };

  return open_vm_opts(engine, name, opts, err);
}

static void link_fails(int engine, const char *name, const char *want)
{
  pw_err err = { "" };
  pw_vm *vm = open_vm(engine, name, &err);

  ck_assert_ptr_null(vm);
  ck_assert_str_eq(err.msg, want);
}

START_TEST(missing_import)
{
  link_fails(_i, "missing",
             "import env.proxy_no_such_call: not provided by the host "
             "(ABI v1alpha)");
}
END_TEST

/* A host that lacks a function: withheld, it fails to link. */
START_TEST(withheld_import)
{
  static const char *const lacks[] = { "proxy_get_property", NULL };
  pw_vm_args a = { 0 };
  pw_err err = { "" };

  a.withheld = lacks;
  ck_assert_ptr_null(open_vm_args(_i, "guest", a, &err));
  ck_assert_str_eq(err.msg, "import env.proxy_get_property: not provided "
                   "by the host (ABI v1alpha)");
}
END_TEST

/* ...unimplemented, a call traps (kind host) and the others still work. */
START_TEST(unimplemented_import)
{
  static const char *const nyi[] = { "proxy_log", NULL };
  pw_vm_args a = { 0 };
  pw_err err = { "" };
  pw_vm *vm;
  uint32_t ok = 0;

  a.unimplemented = nyi;
  ck_assert_msg((vm = open_vm_args(_i, "guest", a, &err)) != NULL, "%s",
                err.msg);
  ck_assert_int_eq(pw_call_proxy_on_vm_start(pw_vm_env(vm), 1, 0, &ok),
                   PW_CALL_TRAP);
  ck_assert_int_eq(pw_vm_last_trap(vm)->kind, PW_TRAP_HOST);
  ck_assert_str_eq(pw_vm_last_trap(vm)->msg,
                   "proxy_log: not implemented by the host");
  pw_vm_free(vm);
}
END_TEST

START_TEST(import_signature)
{
  link_fails(_i, "badsig",
             "import env.proxy_log: signature mismatch: expected "
             "(i32, i32, i32) -> i32, module has (i32) -> i32");
}
END_TEST

START_TEST(memory_import)
{
  link_fails(_i, "memimport",
             "import env.memory: memory imports are not supported");
}
END_TEST

START_TEST(export_signature)
{
  link_fails(_i, "badexport",
             "export proxy_on_tick: signature mismatch: expected "
             "(i32) -> nil, module has (i32, i32) -> nil");
}
END_TEST

START_TEST(malformed)
{
  static const uint8_t junk[] = { 0, 'a', 's', 'm', 9, 9 };
  pw_vm_args a = { 0 };
  pw_err err = { "" };

  a.engine = pw_engines[_i];
  a.abi = &pw_v1a_abi;
  a.wasm = junk;
  a.wasm_len = sizeof junk;
  a.ops = &OPS;
  ck_assert_ptr_null(pw_vm_new(&a, &err));
  ck_assert_msg(strncmp(err.msg, "malformed wasm", 14) == 0, "%s", err.msg);
}
END_TEST

START_TEST(start_trap)
{
  pw_err err = { "" };

  ck_assert_ptr_null(open_vm(_i, "starttrap", &err));
  ck_assert_msg(err.msg[0] != '\0', "no error message");
  ck_assert_int_eq(S.n, 1);
  ck_assert_msg(strncmp(S.lines[0], "trap 0 start(", 13) == 0, "%s",
                S.lines[0]);
}
END_TEST

/* A callback and the host call inside it, decoded, one level deeper. */
START_TEST(callback_and_hostcall)
{
  pw_err err;
  pw_vm *vm = open_vm(_i, "guest", &err);
  uint32_t ok = 0;

  ck_assert_msg(vm != NULL, "%s", err.msg);
  ck_assert_int_eq(pw_call_proxy_on_vm_start(pw_vm_env(vm), 1, 0, &ok),
                   PW_CALL_OK);
  ck_assert_uint_eq(ok, 1);
  ck_assert(has_line("host 1 proxy_log(level=info, message=\"hi\") = 0"));
  ck_assert(has_line("call 0 proxy_on_start(root_context_id=1, "
                     "configuration_len=0) = 1"));
  pw_vm_free(vm);
}
END_TEST

START_TEST(bad_enum_status)
{
  pw_err err;
  pw_vm *vm = open_vm(_i, "guest", &err);
  uint64_t r = 0;
  uint32_t ok = 0;

  ck_assert_int_eq(pw_vm_call(vm, "bad_level", NULL, 0, &r), PW_CALL_OK);
  ck_assert_uint_eq(r, PW_WASM_RESULT_BAD_ARGUMENT);
  ck_assert(has_line("host 1 proxy_log(level=9?, message=\"hi\") = 2 "
                     "rejected proxy_log.level"));
  /* The next call gets through: nothing refused is left over. */
  ck_assert_int_eq(pw_call_proxy_on_vm_start(pw_vm_env(vm), 1, 0, &ok),
                   PW_CALL_OK);
  ck_assert(has_line("host 1 proxy_log(level=info, message=\"hi\") = 0"));
  pw_vm_free(vm);
}
END_TEST

START_TEST(invalid_result)
{
  pw_err err;
  pw_vm *vm = open_vm(_i, "guest", &err);
  uint32_t st = 0;

  ck_assert_int_eq(pw_call_proxy_on_request_headers(pw_vm_env(vm), 2, 0, 0,
                                                        &st),
                   PW_CALL_BAD_RESULT);
  ck_assert_uint_eq(st, 7);
  pw_vm_free(vm);
}
END_TEST

START_TEST(trap_reported)
{
  pw_err err;
  pw_vm *vm = open_vm(_i, "guest", &err);
  const pw_trap *t;

  ck_assert_int_eq(pw_call_proxy_on_tick(pw_vm_env(vm), 1),
                   PW_CALL_TRAP);
  t = pw_vm_last_trap(vm);
  ck_assert_ptr_nonnull(t);
  ck_assert_int_eq(t->kind, PW_TRAP_UNREACHABLE);
  ck_assert_str_eq(t->where, "proxy_on_tick");
  ck_assert_int_eq(S.lines[0][0], 't');
  /* the next call succeeds and clears it */
  ck_assert_int_eq(pw_vm_call(vm, "asked", NULL, 0, (uint64_t[1]){0}),
                   PW_CALL_OK);
  ck_assert_ptr_null(pw_vm_last_trap(vm));
  pw_vm_free(vm);
}
END_TEST

START_TEST(missing_export)
{
  pw_err err;
  pw_vm *vm = open_vm(_i, "guest", &err);

  ck_assert_int_eq(pw_call_proxy_on_log(pw_vm_env(vm), 1),
                   PW_CALL_MISSING);
  ck_assert(!pw_vm_has_export(vm, "proxy_on_log"));
  ck_assert(pw_vm_has_export(vm, "proxy_on_start"));
  pw_vm_free(vm);
}
END_TEST

static uint32_t mem32(pw_vm *vm, uint32_t at)
{
  uint64_t size;
  uint8_t *m = pw_vm_env(vm)->eng->memory(pw_vm_env(vm)->mem_ctx, &size);

  return (uint32_t)m[at] | (uint32_t)m[at + 1] << 8 |
         (uint32_t)m[at + 2] << 16 | (uint32_t)m[at + 3] << 24;
}

/* Returned bytes go through `malloc`, asked for the exact size. */
START_TEST(allocator_malloc)
{
  pw_err err;
  pw_vm *vm = open_vm(_i, "guest", &err);
  uint64_t r = 99, asked = 0;

  ck_assert_int_eq(pw_vm_call(vm, "get_prop", NULL, 0, &r), PW_CALL_OK);
  ck_assert_uint_eq(r, 0);
  ck_assert_int_eq(pw_vm_call(vm, "asked", NULL, 0, &asked), PW_CALL_OK);
  ck_assert_uint_eq(asked, 3);
  ck_assert_uint_eq(mem32(vm, 64), 4096);
  ck_assert_uint_eq(mem32(vm, 68), 3);
  ck_assert(has_line("call 1 malloc(size=3) = 4096"));
  ck_assert(has_line("host 1 proxy_get_property(path=\"plugin_root_id\", "
                     "value=@0x40/@0x44=>\"abc\") = 0"));
  pw_vm_free(vm);
}
END_TEST

START_TEST(allocator_fallback)
{
  pw_err err;
  pw_vm *vm = open_vm(_i, "alloc2", &err);
  uint64_t r = 99;

  ck_assert_msg(vm != NULL, "%s", err.msg);
  ck_assert_int_eq(pw_vm_call(vm, "get_prop", NULL, 0, &r), PW_CALL_OK);
  ck_assert_uint_eq(r, 0);
  ck_assert_uint_eq(mem32(vm, 64), 8192);
  pw_vm_free(vm);
}
END_TEST

/* The start-up steps `order` recorded, one digit each. */
static uint64_t started(int engine, const char *name)
{
  pw_err err;
  pw_vm *vm = open_vm(engine, name, &err);
  uint64_t r = 0;

  ck_assert_msg(vm != NULL, "%s", err.msg);
  ck_assert_int_eq(pw_vm_call(vm, "order", NULL, 0, &r), PW_CALL_OK);
  pw_vm_free(vm);
  return r;
}

START_TEST(startup_order)
{
  ck_assert_uint_eq(started(_i, "startup"), 12);
  ck_assert_uint_eq(started(_i, "command"), 7);
}
END_TEST

START_TEST(startup_restricted)
{
  pw_err err = { "" };
  pw_opts kong = { 0 };
  pw_vm *vm;

  ck_assert_ptr_null(open_vm(_i, "restricted", &err));
  ck_assert_str_eq(err.msg, "trap in _initialize: restricted_callback: "
                   "proxy_get_property during start-up");
  ck_assert(has_line("trap 0 _initialize(restricted_callback: "
                     "proxy_get_property during start-up) = 0"));
  kong.unrestricted = 1;
  vm = open_vm_opts(_i, "restricted", kong, &err);
  ck_assert_msg(vm != NULL, "%s", err.msg);
  pw_vm_free(vm);
}
END_TEST

START_TEST(allocator_restricted)
{
  pw_err err;
  pw_vm *vm = open_vm(_i, "allocrestrict", &err);
  uint64_t r = 99, no = 0, ask = 1;

  ck_assert_msg(vm != NULL, "%s", err.msg);
  ck_assert_int_eq(pw_vm_call(vm, "get_prop", &no, 1, &r), PW_CALL_OK);
  ck_assert_uint_eq(r, 0);      /* it logged: allowed in the allocator */
  ck_assert_int_eq(pw_vm_call(vm, "get_prop", &ask, 1, &r), PW_CALL_TRAP);
  ck_assert(has_line("trap 1 malloc(restricted_callback: "
                     "proxy_get_property during the allocator) = 0"));
  ck_assert(has_line("trap 0 get_prop(proxy_get_property: the guest "
                     "allocator trapped) = 0"));
  pw_vm_free(vm);
}
END_TEST

/* Unrestricted (Kong): the allocator's own property read ("nested!")
   runs while the outer one ("abc") waits for its buffer; both are placed
   at 4096, the outer last.  The glue's out-buffer (pw_out_take) is the
   env's spare for one of them only, and every round gives it back (make
   sanitize: no leak, no double free). */
START_TEST(allocator_nested_out_bytes)
{
  pw_err err;
  pw_opts opts = { 0 };
  pw_vm *vm;
  uint64_t r = 99, ask = 1;

  opts.unrestricted = 1;
  vm = open_vm_opts(_i, "allocrestrict", opts, &err);
  ck_assert_msg(vm != NULL, "%s", err.msg);
  for (int round = 0; round < 3; round++) {
    ck_assert_int_eq(pw_vm_call(vm, "get_prop", &ask, 1, &r), PW_CALL_OK);
    ck_assert_uint_eq(r, 0);
    ck_assert_uint_eq(mem32(vm, 80), 4096);   /* the nested read */
    ck_assert_uint_eq(mem32(vm, 84), 7);
    ck_assert_uint_eq(mem32(vm, 64), 4096);   /* the outer one */
    ck_assert_uint_eq(mem32(vm, 68), 3);
    ck_assert_uint_eq(mem32(vm, 4096), 'a' | 'b' << 8 | 'c' << 16
                      | (uint32_t)'t' << 24);   /* "abc" over "nested!" */
  }
  pw_vm_free(vm);
}
END_TEST

/* Detection from the registry's markers; no engine involved. */
START_TEST(detect_first_marker)
{
  size_t len;
  uint8_t *wasm = slurp("markers", &len);
  pw_wasm_info info;
  pw_err err;
  const char *marker = NULL;
  const pw_version *v;

  ck_assert_int_eq(pw_wasm_info_read(wasm, len, &info, &err), 0);
  v = pw_version_detect(&info, &marker);
  ck_assert_ptr_nonnull(v);
  ck_assert_str_eq(v->name, "v0_1_0");
  ck_assert_str_eq(marker, "proxy_abi_version_0_1_0");
  ck_assert(pw_version_lookalike("proxy_abi_version_9_9"));
  ck_assert(!pw_version_lookalike("proxy_on_tick"));
  ck_assert_str_eq(pw_version_unmarked()->marker, "");
  pw_wasm_info_free(&info);
  free(wasm);
}
END_TEST

START_TEST(detect_none)
{
  size_t len;
  uint8_t *wasm = slurp("guest", &len);
  pw_wasm_info info;
  pw_err err;

  ck_assert_int_eq(pw_wasm_info_read(wasm, len, &info, &err), 0);
  ck_assert_ptr_null(pw_version_detect(&info, NULL));
  pw_version_refuse(&info, &err);
  ck_assert_str_eq(err.msg, "no ABI version marker among its exports "
                   "(named like one: none)");
  pw_wasm_info_free(&info);
  free(wasm);
}
END_TEST

static int nengines(void)
{
  int n = 0;

  while (pw_engines[n] != NULL)
    n++;
  return n;
}

int main(void)
{
  Suite *s = suite_create("vm");
  TCase *tc = tcase_create("vm");
  SRunner *sr;
  int n = nengines(), failed;

  if (n == 0) {
    fprintf(stderr, "test_vm: no engines built in\n");
    return 1;
  }
  tcase_set_timeout(tc, 120);   /* the first wasm2c compile of a module */
  tcase_add_loop_test(tc, missing_import, 0, n);
  tcase_add_loop_test(tc, import_signature, 0, n);
  tcase_add_loop_test(tc, withheld_import, 0, n);
  tcase_add_loop_test(tc, unimplemented_import, 0, n);
  tcase_add_loop_test(tc, memory_import, 0, n);
  tcase_add_loop_test(tc, export_signature, 0, n);
  tcase_add_loop_test(tc, malformed, 0, n);
  tcase_add_loop_test(tc, start_trap, 0, n);
  tcase_add_loop_test(tc, callback_and_hostcall, 0, n);
  tcase_add_loop_test(tc, bad_enum_status, 0, n);
  tcase_add_loop_test(tc, invalid_result, 0, n);
  tcase_add_loop_test(tc, trap_reported, 0, n);
  tcase_add_loop_test(tc, missing_export, 0, n);
  tcase_add_loop_test(tc, allocator_malloc, 0, n);
  tcase_add_loop_test(tc, allocator_fallback, 0, n);
  tcase_add_loop_test(tc, startup_order, 0, n);
  tcase_add_loop_test(tc, startup_restricted, 0, n);
  tcase_add_loop_test(tc, allocator_restricted, 0, n);
  tcase_add_loop_test(tc, allocator_nested_out_bytes, 0, n);
  tcase_add_test(tc, detect_first_marker);
  tcase_add_test(tc, detect_none);
  suite_add_tcase(s, tc);
  sr = srunner_create(s);
  srunner_run_all(sr, CK_NORMAL);
  failed = srunner_ntests_failed(sr);
  srunner_free(sr);
  return failed ? 1 : 0;
}
