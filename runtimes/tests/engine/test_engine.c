/*
 * The engine suite: every engine in pw_engines[] against engine.h, with a
 * hand-made import table.  Each test is a loop test over the engines
 * (`_i` is the engine's index), and Check forks for each, so wasm_rt's
 * global trap state and any crash stay inside one test.
 */
#include <check.h>
#include <dirent.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <ucontext.h>
#include <unistd.h>

#include "engine.h"
#include "pwlib.h"
#include "wasm_info.h"

#ifndef WASM_DIR
#define WASM_DIR "build/wasm/runtimes/tests/engine"
#endif

static const pw_engine *E;      /* the engine under test */
static pw_env env;
static pw_instance *cur;        /* the instance host functions re-enter */

#define CHECK(c, ...) ck_assert_msg((c), __VA_ARGS__)

/* ---- files and modules ---- */

static uint8_t *slurp(const char *name, size_t *len)
{
  char path[512];
  uint8_t *b;

  snprintf(path, sizeof path, "%s/%s.wasm", WASM_DIR, name);
  CHECK((b = pw_read_file(path, len)) != NULL, "cannot read %s", path);
  return b;
}

static pw_module *load(const char *name)
{
  size_t len;
  uint8_t *b = slurp(name, &len);
  pw_err err = {""};
  pw_module *m = E->load(b, len, &err);

  free(b);
  CHECK(m != NULL, "%s: load %s: %s", E->name, name, err.msg);
  return m;
}

/* ---- host functions (basic.wat's imports, in order) ---- */

static uint64_t seen[4];         /* arguments of the last host call */
static int reenter_mode;         /* 0: malloc and write, 1: nested trap */
static pw_trap nested;           /* what the nested call reported */
static int nested_rc, started;

static uint32_t h_add(pw_env *e, const uint64_t *a)
{
  (void)e;
  seen[0] = a[0];
  seen[1] = a[1];
  return (uint32_t)(a[0] + a[1]);
}

static uint32_t h_take64(pw_env *e, const uint64_t *a)
{
  (void)e;
  seen[0] = a[0];
  seen[1] = a[1];
  return 9;
}

static uint32_t h_fail(pw_env *e, const uint64_t *a)
{
  seen[0] = a[0];
  pw_set_trap(e, "fail", "because");
  return 0;
}

static int export_index(pw_instance *in, const char *name)
{
  int i = E->find(in, name, NULL);

  CHECK(i >= 0, "%s: no export %s", E->name, name);
  return i;
}

static uint32_t reenter_malloc(uint64_t n)
{
  uint64_t args[1] = {n}, res[1] = {0}, size;
  pw_trap t;
  int rc = E->call(cur, export_index(cur, "malloc"), args, res, &t);
  uint8_t *mem;

  CHECK(rc == PW_CALL_OK, "%s: nested malloc: %s", E->name, t.msg);
  mem = E->memory(cur, &size);
  CHECK(mem != NULL && res[0] + 2 <= size, "%s: malloc result", E->name);
  memcpy(mem + res[0], "hi", 2);
  return (uint32_t)res[0];
}

static uint32_t h_reenter(pw_env *e, const uint64_t *a)
{
  uint64_t res[1] = {0};

  (void)e;
  if (reenter_mode == 0)
    return reenter_malloc(a[0]);
  memset(&nested, 0, sizeof nested);
  nested_rc = E->call(cur, export_index(cur, "boom"), NULL, res, &nested);
  return 41;
}

static uint32_t h_first(pw_env *e, const uint64_t *a)
{
  (void)e;
  (void)a;
  return 1;
}

static uint32_t h_second(pw_env *e, const uint64_t *a)
{
  (void)e;
  (void)a;
  return 2;
}

static int start_fails;

static uint32_t h_started(pw_env *e, const uint64_t *a)
{
  started = (int)a[0];
  if (start_fails)
    pw_set_trap(e, "started", "refused");
  return 0;
}

static const pw_import imp_add = {
  .module = "env", .name = "add_i32", .sig = "ii:i", .entry = h_add};
static const pw_import imp_take = {
  .module = "env", .name = "take_i64", .sig = "Ii:i", .entry = h_take64};
static const pw_import imp_fail = {
  .module = "env", .name = "fail", .sig = "i:i", .entry = h_fail};
static const pw_import imp_reenter = {
  .module = "env", .name = "reenter", .sig = "i:i", .entry = h_reenter};
static const pw_import imp_second = {
  .module = "a0", .name = "second", .sig = ":i", .entry = h_second};
static const pw_import imp_first = {
  .module = "a.b", .name = "Zed.first", .sig = ":i", .entry = h_first};
static const pw_import imp_started = {
  .module = "env", .name = "started", .sig = "i:", .entry = h_started};

static const pw_import *const basic_imports[] = {
  &imp_add, &imp_take, &imp_fail, &imp_reenter, &imp_second, &imp_first,
  &imp_add
};
#define NBASIC (sizeof basic_imports / sizeof basic_imports[0])

static pw_instance *instance(pw_module *m, const pw_import *const *imp,
                             size_t n)
{
  pw_err err = {""};
  pw_trap t;
  pw_instance *in = E->instantiate(m, imp, n, &env, &err, &t);

  CHECK(in != NULL, "%s: instantiate: %s", E->name, err.msg);
  return in;
}

static pw_module *basic_m;

/* The engine `_i`, and basic.wat loaded and instantiated into `cur`.  The
   import array is gone after instantiate, as vm.c's is: engines copy it. */
static void basic(int i)
{
  const pw_import **imp = malloc(sizeof basic_imports);

  E = pw_engines[i];
  memset(&env, 0, sizeof env);
  basic_m = load("basic");
  memcpy(imp, basic_imports, sizeof basic_imports);
  cur = instance(basic_m, imp, NBASIC);
  memset(imp, 0, sizeof basic_imports);
  free(imp);
}

static void done(void)
{
  E->instance_free(cur);
  E->module_free(basic_m);
}

/* Calls export `name`; returns the PW_CALL_* code. */
static int call(const char *name, const uint64_t *args, uint64_t *res,
                pw_trap *t)
{
  memset(t, 0, sizeof *t);
  return E->call(cur, export_index(cur, name), args, res, t);
}

static uint64_t call_ok(const char *name, const uint64_t *args)
{
  uint64_t res[1] = {0};
  pw_trap t;
  int rc = call(name, args, res, &t);

  CHECK(rc == PW_CALL_OK, "%s: %s: rc %d (%s)", E->name, name, rc, t.msg);
  return res[0];
}

static void still_works(void)
{
  uint64_t a[1] = {77};

  CHECK(call_ok("echo32", a) == 77, "%s: instance broken after a trap",
        E->name);
}

/* ---- malformed Wasm ---- */

static void load_fails(const uint8_t *b, size_t len, const char *what)
{
  pw_err err = {""};
  pw_module *m = E->load(b, len, &err);

  if (m != NULL)
    E->module_free(m);
  CHECK(m == NULL, "%s: %s loaded", E->name, what);
  CHECK(err.msg[0] != '\0', "%s: %s: no error message", E->name, what);
}

#define HDR 0, 'a', 's', 'm', 1, 0, 0, 0

START_TEST(malformed_header)
{
  static const uint8_t magic[] = {0, 'a', 's', 'n', 1, 0, 0, 0};
  static const uint8_t version[] = {0, 'a', 's', 'm', 2, 0, 0, 0};
  static const uint8_t shorter[] = {0, 'a', 's', 'm', 1};
  uint8_t empty[1] = {0};

  E = pw_engines[_i];
  load_fails(empty, 0, "empty input");
  load_fails(magic, sizeof magic, "bad magic");
  load_fails(version, sizeof version, "bad version");
  load_fails(shorter, sizeof shorter, "truncated header");
}
END_TEST

START_TEST(malformed_leb)
{
  /* type section whose size takes six bytes; a count of 2^32 */
  static const uint8_t toolong[] = {HDR, 1, 0x80, 0x80, 0x80, 0x80, 0x80,
                                    0x01, 0x00};
  static const uint8_t toobig[] = {HDR, 1, 6, 0xff, 0xff, 0xff, 0xff, 0x7f,
                                   0};
  static const uint8_t unterminated[] = {HDR, 1, 0x80};

  E = pw_engines[_i];
  load_fails(toolong, sizeof toolong, "overlong LEB128");
  load_fails(toobig, sizeof toobig, "LEB128 past 32 bits");
  load_fails(unterminated, sizeof unterminated, "unterminated LEB128");
}
END_TEST

START_TEST(malformed_overrun)
{
  static const uint8_t section[] = {HDR, 1, 0x7f, 1, 0x60, 0, 0};
  static const uint8_t count[] = {HDR, 1, 4, 0xe8, 0x07, 0x60, 0};
  static const uint8_t name[] = {HDR, 1, 4, 1, 0x60, 0, 0,
                                 7, 8, 1, 0x40, 'x', 0, 0, 0, 0};
  static const uint8_t index[] = {HDR, 1, 4, 1, 0x60, 0, 0,
                                  3, 2, 1, 5};

  E = pw_engines[_i];
  load_fails(section, sizeof section, "section larger than the module");
  load_fails(count, sizeof count, "count larger than the section");
  load_fails(name, sizeof name, "name larger than the section");
  load_fails(index, sizeof index, "type index out of range");
}
END_TEST

START_TEST(malformed_truncated)
{
  size_t len;
  uint8_t *b;

  E = pw_engines[_i];
  b = slurp("basic", &len);
  load_fails(b, len / 2, "half a module");
  load_fails(b, len - 1, "a module less one byte");
  for (size_t n = 0; n < len; n++) {   /* no crash, whatever the cut */
    pw_err err = {""};
    pw_module *m = E->load(b, n, &err);
    if (m != NULL)
      E->module_free(m);
    else
      CHECK(err.msg[0] != '\0', "%s: cut at %zu: no message", E->name, n);
  }
  free(b);
}
END_TEST

/* ---- values both ways ---- */

START_TEST(i32_exports)
{
  uint64_t a[1] = {0xdeadbeef00000005ull};

  basic(_i);
  CHECK(call_ok("echo32", a) == 5, "%s: i32 arg not the low 32 bits",
        E->name);
  CHECK(call_ok("neg1", NULL) == 0xffffffffull,
        "%s: i32 result -1 is not zero-extended", E->name);
  done();
}
END_TEST

START_TEST(i64_exports)
{
  uint64_t a[2] = {0x0123456789abcdefull, 0xf000000000000001ull};

  basic(_i);
  CHECK(call_ok("add64", a) == 0xf123456789abcdf0ull, "%s: add64",
        E->name);
  done();
}
END_TEST

START_TEST(i32_imports)
{
  uint64_t a[2] = {7, 0xfffffffdull};

  basic(_i);
  CHECK(call_ok("call_add", a) == 4, "%s: call_add", E->name);
  CHECK(seen[0] == 7 && seen[1] == 0xfffffffdull,
        "%s: host got %llx %llx, i32 must arrive zero-extended", E->name,
        (unsigned long long)seen[0], (unsigned long long)seen[1]);
  a[0] = 1;
  CHECK(call_ok("call_add_again", a) == 0xfffffffeull, "%s: dup import",
        E->name);
  CHECK(call_ok("order", NULL) == 12, "%s: imports bound to the wrong "
        "index (or module order)", E->name);
  done();
}
END_TEST

START_TEST(i64_imports)
{
  uint64_t a[1] = {0x8123456789abcdefull};

  basic(_i);
  CHECK(call_ok("call_i64", a) == 9, "%s: call_i64", E->name);
  CHECK(seen[0] == 0x8123456789abcdefull, "%s: i64 arg %llx", E->name,
        (unsigned long long)seen[0]);
  CHECK(seen[1] == 0xfffffffeull, "%s: i32 arg %llx", E->name,
        (unsigned long long)seen[1]);
  done();
}
END_TEST

/* ---- traps ---- */

static void traps(const char *name, const uint64_t *args, pw_trap_kind k)
{
  uint64_t res[1];
  pw_trap t;
  int rc = call(name, args, res, &t);

  CHECK(rc == PW_CALL_TRAP, "%s: %s did not trap", E->name, name);
  CHECK(t.kind == k, "%s: %s: kind %s, want %s (%s)", E->name, name,
        pw_trap_kind_name(t.kind), pw_trap_kind_name(k), t.msg);
  CHECK(strcmp(t.where, name) == 0, "%s: where = '%s', want '%s'",
        E->name, t.where, name);
  CHECK(t.msg[0] != '\0', "%s: %s: empty trap message", E->name, name);
  still_works();
}

START_TEST(host_trap)
{
  uint64_t res[1];
  pw_trap t;

  basic(_i);
  traps("call_fail", NULL, PW_TRAP_HOST);
  CHECK(seen[0] == 3, "%s: fail's argument", E->name);
  CHECK(env.trap == NULL, "%s: env.trap not cleared", E->name);
  call("call_fail", NULL, res, &t);
  CHECK(strcmp(t.msg, "fail: because") == 0, "%s: host message '%s'",
        E->name, t.msg);
  done();
}
END_TEST

/* A call past its budget is a timeout trap naming the export; the
   instance goes on. */
START_TEST(timeout)
{
  pw_module *m;

  E = pw_engines[_i];
  memset(&env, 0, sizeof env);
  env.budget_ms = 100;
  m = load("loop");
  cur = instance(m, (const pw_import *const[]){&imp_add}, 1);
  traps("spin", NULL, PW_TRAP_TIMEOUT);
  traps("spin_host", NULL, PW_TRAP_TIMEOUT);
  traps("spin_grow", NULL, PW_TRAP_TIMEOUT);
  E->instance_free(cur);
  E->module_free(m);
}
END_TEST

START_TEST(trap_unreachable)
{
  basic(_i);
  traps("boom", NULL, PW_TRAP_UNREACHABLE);
  done();
}
END_TEST

START_TEST(trap_memory)
{
  basic(_i);
  traps("oob", NULL, PW_TRAP_MEMORY);
  done();
}
END_TEST

START_TEST(trap_stack)
{
  uint64_t a[1] = {0};

  basic(_i);
  traps("recurse", a, PW_TRAP_STACK);
  traps("recurse", a, PW_TRAP_STACK);   /* the depth was reset */
  done();
}
END_TEST

/* Big frames on a small thread stack: a trap, not a crash, long before
   any depth limit is reached. */
static int thread_rc;
static pw_trap thread_trap;

static void *deep_call(void *unused)
{
  uint64_t a[1] = {0}, res[1];

  (void)unused;
  thread_rc = call("deep", a, res, &thread_trap);
  return NULL;
}

START_TEST(trap_stack_small_thread)
{
  pthread_attr_t attr;
  pthread_t th;

  basic(_i);
  pthread_attr_init(&attr);
  pthread_attr_setstacksize(&attr, 256 << 10);
  CHECK(pthread_create(&th, &attr, deep_call, NULL) == 0, "thread");
  pthread_join(th, NULL);
  pthread_attr_destroy(&attr);
  CHECK(thread_rc == PW_CALL_TRAP && thread_trap.kind == PW_TRAP_STACK,
        "%s: rc %d, kind %s", E->name, thread_rc,
        pw_trap_kind_name(thread_trap.kind));
  CHECK(strcmp(thread_trap.where, "deep") == 0, "%s: where", E->name);
  still_works();
  traps("deep", (uint64_t[]){0}, PW_TRAP_STACK);   /* main thread too */
  done();
}
END_TEST

/* Calls from a stack that is not the thread's (a fiber, as some proxies
   run filters on): they work, and traps still come back.  Not under ASan,
   which warns of false positives with swapcontext. */
#ifndef __SANITIZE_ADDRESS__
static ucontext_t main_ctx, fiber_ctx;
static int fiber_rc[2];
static uint64_t fiber_res;

static void fiber(void)
{
  uint64_t a[1] = {5}, res[1] = {0};
  pw_trap t;

  fiber_rc[0] = call("echo32", a, &fiber_res, &t);
  a[0] = 0;
  fiber_rc[1] = call("recurse", a, res, &t);
}

START_TEST(call_from_fiber)
{
  size_t size = 1 << 20;
  void *st = malloc(size);

  basic(_i);
  getcontext(&fiber_ctx);
  fiber_ctx.uc_stack.ss_sp = st;
  fiber_ctx.uc_stack.ss_size = size;
  fiber_ctx.uc_link = &main_ctx;
  makecontext(&fiber_ctx, fiber, 0);
  CHECK(swapcontext(&main_ctx, &fiber_ctx) == 0, "swapcontext");
  CHECK(fiber_rc[0] == PW_CALL_OK && fiber_res == 5, "%s: rc %d, %llu",
        E->name, fiber_rc[0], (unsigned long long)fiber_res);
  CHECK(fiber_rc[1] == PW_CALL_TRAP, "%s: recursion in a fiber", E->name);
  free(st);
  still_works();
  done();
}
END_TEST
#endif

START_TEST(trap_div_zero)
{
  uint64_t a[2] = {7, 0};

  basic(_i);
  traps("div", a, PW_TRAP_DIV_ZERO);
  a[1] = 2;
  CHECK(call_ok("div", a) == 3, "%s: 7/2", E->name);
  done();
}
END_TEST

/* ---- re-entrancy ---- */

START_TEST(reenter_malloc_export)
{
  uint64_t a[1] = {16}, size;
  uint8_t *mem;

  basic(_i);
  reenter_mode = 0;
  CHECK(call_ok("call_reenter", a) == 1024 + 1, "%s: first", E->name);
  CHECK(call_ok("call_reenter", a) == 1024 + 16 + 1, "%s: second", E->name);
  mem = E->memory(cur, &size);
  CHECK(memcmp(mem + 1024, "hi", 2) == 0 && memcmp(mem + 1040, "hi", 2) == 0,
        "%s: the host's writes are not in guest memory", E->name);
  done();
}
END_TEST

START_TEST(reenter_nested_trap)
{
  uint64_t a[1] = {0};

  basic(_i);
  reenter_mode = 1;
  CHECK(call_ok("call_reenter", a) == 42, "%s: outer call", E->name);
  CHECK(nested_rc == PW_CALL_TRAP, "%s: nested call did not trap", E->name);
  CHECK(nested.kind == PW_TRAP_UNREACHABLE && strcmp(nested.where, "boom")
        == 0, "%s: nested trap %s at '%s'", E->name,
        pw_trap_kind_name(nested.kind), nested.where);
  /* the caller's trap target is back: top-level traps still land here */
  traps("boom", NULL, PW_TRAP_UNREACHABLE);
  traps("recurse", a, PW_TRAP_STACK);
  CHECK(call_ok("call_reenter", a) == 42, "%s: outer call again", E->name);
  done();
}
END_TEST

/* After a nested call returns, a trap in the outer call lands in the
   outer caller (the nested call must put the trap target back). */
START_TEST(reenter_then_trap)
{
  uint64_t a[1] = {16};

  basic(_i);
  reenter_mode = 0;
  traps("reenter_then_trap", a, PW_TRAP_UNREACHABLE);
  reenter_mode = 1;
  traps("reenter_then_trap", a, PW_TRAP_UNREACHABLE);
  CHECK(nested_rc == PW_CALL_TRAP && strcmp(nested.where, "boom") == 0,
        "%s: nested trap", E->name);
  done();
}
END_TEST

/* ---- memory ---- */

static uint32_t le32(const uint8_t *p)
{
  return p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16
         | (uint32_t)p[3] << 24;
}

START_TEST(memory_grow)
{
  uint64_t a[2] = {1, 0}, size;
  uint8_t *mem;

  basic(_i);
  mem = E->memory(cur, &size);
  CHECK(mem != NULL && size == 65536, "%s: size %llu", E->name,
        (unsigned long long)size);
  CHECK(call_ok("grow", a) == 1, "%s: grow", E->name);
  a[0] = 70000;
  a[1] = 0x5eed1234;
  call_ok("store", a);
  mem = E->memory(cur, &size);
  CHECK(size == 131072, "%s: size after grow %llu", E->name,
        (unsigned long long)size);
  CHECK(le32(mem + 70000) == 0x5eed1234, "%s: view after grow", E->name);
  mem[70004] = 0x2a;
  a[0] = 70004;
  CHECK(call_ok("load", a) == 0x2a, "%s: host write after grow", E->name);
  a[0] = 10;
  CHECK(call_ok("grow", a) == 0xffffffffull, "%s: grow past max", E->name);
  done();
}
END_TEST

START_TEST(two_instances)
{
  uint64_t a[2] = {100, 1}, size;
  pw_instance *b;

  basic(_i);
  b = instance(basic_m, basic_imports, NBASIC);
  call_ok("store", a);
  CHECK(E->call(b, E->find(b, "store", NULL), (uint64_t[]){100, 2}, a,
                &(pw_trap){0}) == PW_CALL_OK, "%s: store in b", E->name);
  CHECK(call_ok("load", (uint64_t[]){100}) == 1, "%s: a sees b's write",
        E->name);
  CHECK(le32(E->memory(b, &size) + 100) == 2, "%s: b's memory", E->name);
  CHECK(E->memory(b, &size) != E->memory(cur, &size), "%s: shared memory",
        E->name);
  E->instance_free(b);
  still_works();
  done();
}
END_TEST

START_TEST(two_modules)
{
  pw_module *om;
  pw_instance *o;
  uint64_t res[1] = {0}, size;
  pw_trap t;

  basic(_i);
  om = load("other");
  o = instance(om, NULL, 0);
  CHECK(E->call(o, E->find(o, "answer", NULL), NULL, res, &t) == PW_CALL_OK
        && res[0] == 42, "%s: other.answer", E->name);
  CHECK(E->memory(o, &size) != NULL && size == 2 * 65536,
        "%s: other's memory", E->name);
  CHECK(E->find(o, "echo32", NULL) == -1, "%s: basic's export in other",
        E->name);
  still_works();
  E->instance_free(o);
  E->module_free(om);
  still_works();
  done();
}
END_TEST

START_TEST(no_memory)
{
  pw_module *m;
  pw_instance *in;
  uint64_t size = 1;

  E = pw_engines[_i];
  m = load("nomem");
  in = instance(m, NULL, 0);
  CHECK(E->memory(in, &size) == NULL && size == 0, "%s: memory", E->name);
  E->instance_free(in);
  E->module_free(m);
}
END_TEST

/* ---- start function ---- */

START_TEST(start_runs)
{
  static const pw_import *const imp[] = {&imp_started};
  pw_module *m;
  uint64_t res[1] = {0}, size;
  pw_trap t;

  E = pw_engines[_i];
  started = 0;
  m = load("start");
  cur = instance(m, imp, 1);
  CHECK(started == 7, "%s: start did not call the host", E->name);
  CHECK(E->call(cur, export_index(cur, "get"), NULL, res, &t) == PW_CALL_OK
        && res[0] == 5, "%s: start did not set the global", E->name);
  CHECK(le32(E->memory(cur, &size) + 16) == 99, "%s: start's store",
        E->name);
  E->instance_free(cur);
  E->module_free(m);
}
END_TEST

START_TEST(start_trap)
{
  pw_module *m;
  pw_instance *in;
  pw_err err = {""};
  pw_trap t;

  E = pw_engines[_i];
  memset(&t, 0, sizeof t);
  m = load("start_trap");
  in = E->instantiate(m, NULL, 0, &env, &err, &t);
  CHECK(in == NULL, "%s: a trapping start instantiated", E->name);
  CHECK(err.msg[0] != '\0', "%s: no error", E->name);
  CHECK(t.kind == PW_TRAP_UNREACHABLE, "%s: kind %s", E->name,
        pw_trap_kind_name(t.kind));
  CHECK(strcmp(t.where, "start") == 0, "%s: where '%s'", E->name, t.where);
  E->module_free(m);
}
END_TEST

START_TEST(start_host_trap)
{
  static const pw_import *const imp[] = {&imp_started};
  pw_module *m;
  pw_err err = {""};
  pw_trap t;

  E = pw_engines[_i];
  memset(&t, 0, sizeof t);
  start_fails = 1;
  m = load("start");
  CHECK(E->instantiate(m, imp, 1, &env, &err, &t) == NULL,
        "%s: instantiated though the host trapped in start", E->name);
  CHECK(t.kind == PW_TRAP_HOST && strcmp(t.where, "start") == 0,
        "%s: %s at '%s'", E->name, pw_trap_kind_name(t.kind), t.where);
  CHECK(strcmp(t.msg, "started: refused") == 0, "%s: msg '%s'", E->name,
        t.msg);
  CHECK(env.trap == NULL, "%s: env.trap not cleared", E->name);
  start_fails = 0;
  cur = instance(m, imp, 1);        /* the module is still good */
  E->instance_free(cur);
  E->module_free(m);
}
END_TEST

/* ---- find ---- */

static void has_sig(const char *name, const char *want)
{
  const char *sig = NULL;
  int i = E->find(cur, name, &sig);

  CHECK(i >= 0, "%s: find %s", E->name, name);
  CHECK(sig != NULL && strcmp(sig, want) == 0, "%s: %s sig '%s', want '%s'",
        E->name, name, sig ? sig : "(null)", want);
  CHECK(E->find(cur, name, NULL) == i, "%s: find with NULL sig", E->name);
}

START_TEST(find_exports)
{
  basic(_i);
  CHECK(E->find(cur, "nope", NULL) == -1, "%s: missing export", E->name);
  CHECK(E->find(cur, "memory", NULL) == -1, "%s: memory is no function",
        E->name);
  CHECK(E->find(cur, "", NULL) == -1, "%s: empty name", E->name);
  has_sig("add64", "II:I");
  has_sig("store", "ii:");
  has_sig("noresult", ":");
  has_sig("call_i64", "I:i");
  has_sig("Zed.x-y\xc3\xa9", ":i");
  CHECK(call_ok("Zed.x-y\xc3\xa9", NULL) == 5, "%s: mangled export",
        E->name);
  done();
}
END_TEST

/* ---- many instances ---- */

static void cycle(int n)
{
  for (int k = 0; k < n; k++) {
    pw_instance *in = instance(basic_m, basic_imports, NBASIC);
    E->instance_free(in);
  }
}

/* Past the ~16k instances at which 8 GiB reservations exhaust the address
   space; leaks are LeakSanitizer's (make sanitize), memory make bench's. */
START_TEST(cycles)
{
  basic(_i);
  cycle(20000);
  still_works();
  done();
}
END_TEST

/* ---- wasm2c's cache ---- */

static int count_files(const char *dir, const char *suffix)
{
  DIR *d = opendir(dir);
  struct dirent *e;
  int n = 0;

  CHECK(d != NULL, "opendir %s", dir);
  while ((e = readdir(d)) != NULL) {
    size_t l = strlen(e->d_name), s = strlen(suffix);
    n += l > s && strcmp(e->d_name + l - s, suffix) == 0;
  }
  closedir(d);
  return n;
}

static char cache[256], path_env[4096];

static void fresh_cache(void)
{
  snprintf(cache, sizeof cache, "%s/w2c-cache-XXXXXX",
           getenv("TMPDIR") ? getenv("TMPDIR") : "/tmp");
  CHECK(mkdtemp(cache) != NULL, "mkdtemp");
  snprintf(path_env, sizeof path_env, "%s", getenv("PATH"));
  setenv("PWABI_CACHE", cache, 1);
  E = pw_engine_by_name("wasm2c");
}

static void wipe_cache(void)
{
  char path[512];
  DIR *d = opendir(cache);
  struct dirent *e;

  while (d != NULL && (e = readdir(d)) != NULL) {
    snprintf(path, sizeof path, "%s/%s", cache, e->d_name);
    if (e->d_name[0] != '.' || strlen(e->d_name) > 2)
      unlink(path);
  }
  if (d != NULL)
    closedir(d);
  CHECK(rmdir(cache) == 0, "cache folder not empty");
  setenv("PATH", path_env, 1);      /* for CK_FORK=no runs */
}

START_TEST(w2c_cache_hit)
{
  pw_module *m;

  fresh_cache();
  E->module_free(load("other"));
  CHECK(count_files(cache, ".so") == 1, "no object in the cache");
  setenv("PATH", "", 1);           /* no wasm2c, no cc: cache only */
  m = load("other");
  CHECK(count_files(cache, ".so") == 1 && count_files(cache, ".tmp") == 0,
        "cache files");
  E->module_free(m);
  wipe_cache();
}
END_TEST

START_TEST(w2c_cache_corrupt)
{
  char path[512];
  DIR *d;
  struct dirent *e;
  FILE *f;

  fresh_cache();
  E->module_free(load("nomem"));
  d = opendir(cache);
  while ((e = readdir(d)) != NULL)
    if (strstr(e->d_name, ".so") != NULL) {
      snprintf(path, sizeof path, "%s/%s", cache, e->d_name);
      f = fopen(path, "wb");
      fputs("garbage", f);
      fclose(f);
    }
  closedir(d);
  E->module_free(load("nomem"));   /* rebuilt, not crashed */
  wipe_cache();
}
END_TEST

/* wasm2c merges imports of one name into one C function: two signatures
   cannot be compiled, and the error says why. */
START_TEST(w2c_dup_import)
{
  pw_err err = {""};
  size_t len;
  uint8_t *b;

  fresh_cache();
  b = slurp("dupimport", &len);
  CHECK(E->load(b, len, &err) == NULL, "loaded");
  CHECK(strstr(err.msg, "env.f is declared twice") != NULL, "%s", err.msg);
  free(b);
  wipe_cache();
}
END_TEST

START_TEST(w2c_imported_table)
{
  pw_err err = {""};
  size_t len;
  uint8_t *b;

  fresh_cache();
  b = slurp("kinds", &len);
  CHECK(E->load(b, len, &err) == NULL, "loaded");
  CHECK(strstr(err.msg, "import env.tab: table imports are not supported")
        != NULL,
        "%s", err.msg);
  free(b);
  wipe_cache();
}
END_TEST

START_TEST(w2c_injection)
{
  pw_err err = {""};
  size_t len;
  uint8_t *b;

  fresh_cache();
  b = slurp("inject", &len);
  CHECK(E->load(b, len, &err) == NULL, "loaded");
  CHECK(strstr(err.msg, "cannot be compiled safely") != NULL, "%s",
        err.msg);
  CHECK(count_files(cache, ".so") == 0, "compiled anyway");
  free(b);
  wipe_cache();
}
END_TEST

/* Growing to 65536 pages used to free the memory and keep the pointer. */
START_TEST(w2c_grow_4gib)
{
  pw_module *m;
  uint64_t a[2] = {65535, 0}, size;

  E = pw_engine_by_name("wasm2c");
  m = load("huge");
  cur = instance(m, NULL, 0);
  CHECK(call_ok("grow", a) == 0xffffffffull, "grew to 4 GiB");
  a[0] = 1;
  CHECK(call_ok("grow", a) == 1, "grow after the refused grow");
  a[0] = 70000;
  a[1] = 77;
  call_ok("store", a);
  CHECK(call_ok("load", a) == 77, "load");
  CHECK(E->memory(cur, &size) != NULL && size == 131072, "size");
  E->instance_free(cur);
  E->module_free(m);
}
END_TEST

START_TEST(w2c_memory_4gib)
{
  pw_module *m;
  pw_err err = {""};
  pw_trap t;

  E = pw_engine_by_name("wasm2c");
  memset(&t, 0, sizeof t);
  m = load("huge_init");
  CHECK(E->instantiate(m, NULL, 0, &env, &err, &t) == NULL, "instantiated");
  CHECK(strstr(err.msg, "4 GiB") != NULL && strstr(t.msg, "4 GiB") != NULL,
        "%s / %s", err.msg, t.msg);
  CHECK(strcmp(t.where, "start") == 0, "where %s", t.where);
  E->module_free(m);
}
END_TEST

START_TEST(w2c_no_compiler)
{
  static const uint8_t tiny[] = {HDR};

  fresh_cache();
  setenv("PATH", "", 1);
  load_fails(tiny, sizeof tiny, "a module without wasm2c on PATH");
  wipe_cache();
}
END_TEST

/* ---- wasm_info ---- */

START_TEST(info_basic)
{
  size_t len;
  uint8_t *b = slurp("basic", &len);
  pw_wasm_info info;
  pw_err err = {""};

  CHECK(pw_wasm_info_read(b, len, &info, &err) == 0, "%s", err.msg);
  ck_assert_uint_eq(info.nimports, 7);
  ck_assert_str_eq(info.imports[1].module, "env");
  ck_assert_str_eq(info.imports[1].name, "take_i64");
  ck_assert_str_eq(info.imports[1].sig, "Ii:i");
  ck_assert_str_eq(info.imports[5].module, "a.b");
  ck_assert_int_eq(info.imports[5].kind, 'f');
  ck_assert_str_eq(info.exports[0].name, "memory");
  ck_assert_int_eq(info.exports[0].kind, 'm');
  ck_assert_ptr_null(info.exports[0].sig);
  ck_assert_ptr_null(info.exports[0].module);
  ck_assert_str_eq(info.exports[4].name, "add64");
  ck_assert_str_eq(info.exports[4].sig, "II:I");
  pw_wasm_info_free(&info);
  free(b);
}
END_TEST

static void ext_is(const pw_wasm_extern *x, const char *mod,
                   const char *name, char kind, const char *sig)
{
  CHECK((mod == NULL) == (x->module == NULL)
        && (mod == NULL || strcmp(mod, x->module) == 0),
        "%s: module %s", name, x->module ? x->module : "(null)");
  CHECK(strcmp(x->name, name) == 0, "name %s, want %s", x->name, name);
  CHECK(x->kind == kind, "%s: kind %c, want %c", name, x->kind, kind);
  CHECK((sig == NULL) == (x->sig == NULL)
        && (sig == NULL || strcmp(sig, x->sig) == 0),
        "%s: sig %s, want %s", name, x->sig ? x->sig : "(null)",
        sig ? sig : "(null)");
}

START_TEST(info_kinds)
{
  size_t len;
  uint8_t *b = slurp("kinds", &len);
  pw_wasm_info info;
  pw_err err = {""};

  CHECK(pw_wasm_info_read(b, len, &info, &err) == 0, "%s", err.msg);
  ck_assert_uint_eq(info.nimports, 4);
  ext_is(&info.imports[0], "env", "tab", 't', NULL);
  ext_is(&info.imports[1], "env", "mem", 'm', NULL);
  ext_is(&info.imports[2], "env", "glob", 'g', NULL);
  ext_is(&info.imports[3], "env", "fn", 'f', "fFI:F");
  ck_assert_uint_eq(info.nexports, 5);
  ext_is(&info.exports[0], NULL, "g", 'g', NULL);
  ext_is(&info.exports[1], NULL, "reexported", 'f', "fFI:F");
  ext_is(&info.exports[2], NULL, "t", 't', NULL);
  ext_is(&info.exports[3], NULL, "m", 'm', NULL);
  ext_is(&info.exports[4], NULL, "local", 'f', "iI:I");
  pw_wasm_info_free(&info);
  free(b);
}
END_TEST

START_TEST(info_errors)
{
  static const uint8_t bad[] = {HDR, 1, 4, 1, 0x61, 0, 0};
  pw_wasm_info info;
  pw_err err = {""};

  CHECK(pw_wasm_info_read(bad, sizeof bad, &info, &err) == -1, "read");
  ck_assert_str_eq(err.msg, "malformed wasm: not a function type at "
                   "offset 11");
  ck_assert_uint_eq(info.nimports + info.nexports, 0);
}
END_TEST

/* Random damage to a real module: the reader never reads out of bounds
   (run under ASan by `make sanitize`) and never leaks. */
START_TEST(info_fuzz)
{
  size_t len;
  uint8_t *b = slurp("basic", &len), *c = malloc(len);
  unsigned seed = 12345;

  for (int n = 0; n < 100000; n++) {
    pw_wasm_info info;
    pw_err err;
    size_t cut = len;
    memcpy(c, b, len);
    for (int k = 0; k < 1 + n % 4; k++) {
      seed = seed * 1103515245u + 12345u;
      c[8 + (seed >> 8) % (len - 8)] = (uint8_t)(seed >> 20);
    }
    if (n % 3 == 0)
      cut = 8 + (seed >> 4) % (len - 8);
    if (pw_wasm_info_read(c, cut, &info, &err) == 0)
      pw_wasm_info_free(&info);
  }
  free(c);
  free(b);
}
END_TEST

/* ---- the registry and the error words ---- */

START_TEST(core_lookup)
{
  for (int i = 0; pw_engines[i] != NULL; i++)
    CHECK(pw_engine_by_name(pw_engines[i]->name) == pw_engines[i],
          "lookup %s", pw_engines[i]->name);
  ck_assert_ptr_null(pw_engine_by_name("no-such-engine"));
  ck_assert_ptr_null(pw_engine_by_name(NULL));
}
END_TEST

START_TEST(core_words)
{
  char long_text[1000];
  pw_err err;

  for (int k = PW_TRAP_NONE; k <= PW_TRAP_TIMEOUT; k++)
    for (int j = PW_TRAP_NONE; j < k; j++)
      CHECK(strcmp(pw_trap_kind_name(k), pw_trap_kind_name(j)) != 0,
            "kinds %d and %d share a name", j, k);
  ck_assert_str_eq(pw_trap_kind_name(PW_TRAP_HOST), "host");
  ck_assert_str_eq(pw_trap_kind_name(PW_TRAP_TIMEOUT), "timeout");
  ck_assert_str_eq(pw_trap_kind_name((pw_trap_kind)99), "other");
  memset(long_text, 'x', sizeof long_text - 1);
  long_text[sizeof long_text - 1] = '\0';
  pw_errf(&err, "%s", long_text);
  ck_assert_uint_eq(strlen(err.msg), sizeof err.msg - 1);
  pw_errf(NULL, "ignored %d", 1);
}
END_TEST

/* ---- the suite ---- */

static int nengines(void)
{
  int n = 0;

  while (pw_engines[n] != NULL)
    n++;
  return n;
}

static void each(TCase *tc, const TTest *t)
{
  tcase_add_loop_test(tc, t, 0, nengines());
}

static Suite *suite(void)
{
  Suite *s = suite_create("engine");
  TCase *tc = tcase_create("engines"), *big = tcase_create("cycles");
  TCase *info = tcase_create("core");    /* wasm_info, registry, words */
  const TTest *tests[] = {
    malformed_header, malformed_leb, malformed_overrun, malformed_truncated,
    i32_exports, i64_exports, i32_imports, i64_imports, host_trap,
    trap_unreachable, trap_memory, trap_stack, trap_stack_small_thread,
    trap_div_zero, reenter_malloc_export, reenter_nested_trap,
    reenter_then_trap, memory_grow, two_instances, two_modules, no_memory,
    start_runs, start_trap, start_host_trap, find_exports, timeout
  };

#ifndef __SANITIZE_ADDRESS__
  each(tc, call_from_fiber);
#endif
  tcase_set_timeout(tc, 120);    /* the first wasm2c compiles are slow */
  for (size_t i = 0; i < sizeof tests / sizeof tests[0]; i++)
    each(tc, tests[i]);
  suite_add_tcase(s, tc);
  tcase_set_timeout(big, 600);
  each(big, cycles);
  suite_add_tcase(s, big);
  if (pw_engine_by_name("wasm2c") != NULL) {
    TCase *w = tcase_create("wasm2c");
    tcase_set_timeout(w, 120);
    tcase_add_test(w, w2c_cache_hit);
    tcase_add_test(w, w2c_cache_corrupt);
    tcase_add_test(w, w2c_no_compiler);
    tcase_add_test(w, w2c_dup_import);
    tcase_add_test(w, w2c_imported_table);
    tcase_add_test(w, w2c_injection);
    tcase_add_test(w, w2c_grow_4gib);
    tcase_add_test(w, w2c_memory_4gib);
    suite_add_tcase(s, w);
  }
  tcase_add_test(info, core_lookup);
  tcase_add_test(info, core_words);
  tcase_set_timeout(info, 120);
  tcase_add_test(info, info_basic);
  tcase_add_test(info, info_kinds);
  tcase_add_test(info, info_errors);
  tcase_add_test(info, info_fuzz);
  suite_add_tcase(s, info);
  return s;
}

int main(void)
{
  SRunner *sr = srunner_create(suite());
  int failed;

#ifdef CACHE_DIR
  setenv("PWABI_CACHE", CACHE_DIR, 0);
#endif
  srunner_run_all(sr, CK_NORMAL);
  failed = srunner_ntests_failed(sr);
  srunner_free(sr);
  return failed != 0;
}
