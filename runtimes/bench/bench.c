/*
 * make bench: per engine, the cost of a host call through the generated
 * glue against a hand-written import doing the same checks, a host ->
 * export -> import round trip, and a full HTTP request through the
 * reference host.  Numbers come from here, never from timed tests.
 *
 *   pwabi_bench WASM_DIR HOST.so [ENGINE]
 *   pwabi_bench --requests N WASM_DIR HOST.so ENGINE FILTER
 *   pwabi_bench --spin N WASM_DIR ENGINE glue|hand
 *   pwabi_bench --pair WASM_DIR ENGINE
 */
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <sys/wait.h>
#include <unistd.h>

#include "host.h"
#include "pwlib.h"
#include "versions.h"
#include "pw_host.h"

#define MIN_SECONDS 0.25  /* each measurement runs at least this long */
#define PAIR_PROCS 7      /* processes the glue/hand ratio is taken over */
/* The version whose filter's allocations are the last measured and whose
   memory growth over 10^6 requests is measured. */
#define BENCH_RSS_ABI "v0_2_1"

static const char *wasm_dir;

/* Heap allocations, counted: the bench's own malloc, calloc and realloc in
   front of glibc's (the host plugin and the engines resolve to them).
   Only the bench does this; nothing else in pwabi replaces malloc. */
extern void *__libc_malloc(size_t n);
extern void *__libc_calloc(size_t n, size_t size);
extern void *__libc_realloc(void *p, size_t n);
static unsigned long allocs;

void *malloc(size_t n)
{
  allocs++;
  return __libc_malloc(n);
}

void *calloc(size_t n, size_t size)
{
  allocs++;
  return __libc_calloc(n, size);
}

void *realloc(void *p, size_t n)
{
  allocs++;
  return __libc_realloc(p, n);
}

static double now(void)
{
  struct timespec ts;

  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

static uint8_t *slurp(const char *name, size_t *len)
{
  char path[512];
  uint8_t *buf;

  snprintf(path, sizeof path, "%s/%s.wasm", wasm_dir, name);
  if ((buf = pw_read_file(path, len)) == NULL) {
    fprintf(stderr, "bench: cannot read %s\n", path);
    exit(2);
  }
  return buf;
}

static void die(const char *what, const char *msg)
{
  fprintf(stderr, "bench: %s: %s\n", what, msg);
  exit(2);
}

typedef void (*bench_fn)(void *, uint32_t);

/* ns per unit of one run of fn(ud, n). */
static double timed(bench_fn fn, void *ud, uint32_t n)
{
  double t = now();

  fn(ud, n);
  return (now() - t) * 1e9 / n;
}

/* The n for which fn(ud, n) runs at least MIN_SECONDS / 4. */
static uint32_t calibrate(bench_fn fn, void *ud)
{
  uint32_t n = 1000;

  while (timed(fn, ud, n) * n < MIN_SECONDS / 4 * 1e9 && n < (1u << 30))
    n *= 2;
  return n;
}

/* Time fn(ud, n) until it runs MIN_SECONDS; best of 3, ns per unit. */
static double measure(bench_fn fn, void *ud)
{
  uint32_t n = calibrate(fn, ud);
  double best = 1e30;

  for (int i = 0; i < 3; i++) {
    double t = timed(fn, ud, n);
    if (t < best)
      best = t;
  }
  return best;
}

static int cmp_double(const void *a, const void *b)
{
  double x = *(const double *)a, y = *(const double *)b;

  return (x > y) - (x < y);
}

/* a against b, measured in alternate rounds so that the machine's drift
   (clock, neighbours) falls on both alike: the best ns of each, and the
   median of the rounds' ratios a/b. */
#define ROUNDS 7
static double ratio(bench_fn a, void *ua, bench_fn b, void *ub,
                    double *best_a, double *best_b)
{
  uint32_t na = calibrate(a, ua), nb = calibrate(b, ub);
  double r[ROUNDS];

  *best_a = *best_b = 1e30;
  for (int i = 0; i < ROUNDS; i++) {
    double ta = timed(a, ua, na), tb = timed(b, ub, nb);
    *best_a = ta < *best_a ? ta : *best_a;
    *best_b = tb < *best_b ? tb : *best_b;
    r[i] = ta / tb;
  }
  qsort(r, ROUNDS, sizeof *r, cmp_double);
  return r[ROUNDS / 2];
}

/* What the op saw; volatile, so every argument is used. */
static volatile uintptr_t op_sink;

/* The host op both import flavours end in.  Not inlined: a hand-written
   import calls its host's implementation, which does real work elsewhere;
   inlined, the compiler would delete the call and the hand flavour would
   measure the checks alone.  It uses every argument: with arguments
   unused, the compiler drops them from the call (a constprop clone), and
   the hand flavour would skip computing them. */
__attribute__((noinline))
static pw_wasm_result_t noop_log(void *host, pw_log_level_t level,
                                     pw_bytes message)
{
  op_sink = (uintptr_t)host + level + (uintptr_t)message.ptr + message.len;
  return PW_WASM_RESULT_OK;
}

/* Host calls through the vm and the generated glue ------------------------- */

typedef struct spin {
  const pw_engine *eng;
  pw_instance *inst;      /* hand-written flavour */
  pw_vm *vm;              /* glue flavour */
  int at;
} spin;

static void spin_vm(void *ud, uint32_t n)
{
  spin *s = ud;
  uint64_t arg = n, r;

  if (pw_vm_call(s->vm, "spin", &arg, 1, &r) != PW_CALL_OK)
    die("spin", "trapped");
}

static void tick_vm(void *ud, uint32_t n)
{
  spin *s = ud;
  pw_env *e = pw_vm_env(s->vm);

  while (n--)
    if (pw_call_proxy_on_tick(e, 1) != PW_CALL_OK)
      die("proxy_on_tick", "failed");
}

/* The version a bench module declares by its marker, else the
   registry's version without a marker (the seed's bench modules). */
static const pw_abi *version_of(const uint8_t *wasm, size_t len)
{
  const pw_version *v = pw_version_of(wasm, len, NULL);

  return (v != NULL ? v : pw_version_unmarked())->abi;
}

static pw_vm *glue_vm(const pw_engine *eng)
{
  static const pw_host_ops ops = { .proxy_log = noop_log };
  size_t len;
  uint8_t *wasm = slurp("calls", &len);
  pw_vm_args a = { 0 };
  pw_err err;
  pw_vm *vm;

  a.engine = eng;
  a.abi = version_of(wasm, len);
  a.wasm = wasm;
  a.wasm_len = len;
  a.ops = &ops;
  vm = pw_vm_new(&a, &err);
  free(wasm);
  if (vm == NULL)
    die(eng->name, err.msg);
  return vm;
}

/* The same host call written by hand ------------------------------------ */

static spin hand;

/* What a careful hand-written import does: the same checks, on the
   memory view the engine hands to every import, then the op. */
static uint32_t hand_log(pw_env *e, const uint64_t *a)
{
  pw_bytes msg;

  if (a[0] > 5)
    return PW_WASM_RESULT_BAD_ARGUMENT;
  if (a[1] + a[2] > e->mem_size)
    return PW_WASM_RESULT_INVALID_MEMORY_ACCESS;
  msg.ptr = e->mem + a[1];
  msg.len = (uint32_t)a[2];
  return noop_log(e->host, (uint32_t)a[0], msg);
}

static const pw_import HAND_IMP = { "env", "proxy_log", "iii:i", hand_log,
                                    NULL, 0, "wasm_result" };
static const pw_import *const HAND_BOUND[] = { &HAND_IMP };

static void spin_hand(void *ud, uint32_t n)
{
  spin *s = ud;
  uint64_t arg = n, r;
  pw_trap trap;

  if (s->eng->call(s->inst, s->at, &arg, &r, &trap) != PW_CALL_OK)
    die("spin", trap.msg);
}

/* The host-call module, compiled. */
static pw_module *calls_module(const pw_engine *eng)
{
  size_t len;
  uint8_t *wasm = slurp("calls", &len);
  pw_err err;
  pw_module *mod = eng->load(wasm, len, &err);

  free(wasm);
  if (mod == NULL)
    die(eng->name, err.msg);
  return mod;
}

static void hand_open(const pw_engine *eng, pw_module **mod, pw_env *env)
{
  pw_err err;
  pw_trap trap;

  hand.eng = eng;
  *mod = calls_module(eng);
  hand.inst = eng->instantiate(*mod, HAND_BOUND, 1, env, &err, &trap);
  if (hand.inst == NULL)
    die(eng->name, err.msg);
  hand.at = eng->find(hand.inst, "spin", NULL);
}

/* Instances: create + free, and what 20,000 of them leave resident ------- */

typedef struct inst {
  const pw_engine *eng;
  pw_module *mod;
  const pw_import *const *bound;
  pw_env *env;
} inst;

static void instances(void *ud, uint32_t n)
{
  inst *x = ud;
  pw_err err;
  pw_trap trap;

  while (n--) {
    pw_instance *in = x->eng->instantiate(x->mod, x->bound, 1, x->env, &err,
                                          &trap);
    if (in == NULL)
      die(x->eng->name, err.msg);
    x->eng->instance_free(in);
  }
}

static long rss_kib(void)
{
  FILE *f = fopen("/proc/self/statm", "r");
  long pages = 0, rss = 0;

  if (f == NULL || fscanf(f, "%ld %ld", &pages, &rss) != 2)
    rss = 0;
  if (f != NULL)
    fclose(f);
  return rss * (sysconf(_SC_PAGESIZE) / 1024);
}

static void bench_instances(const pw_engine *eng, pw_module *mod,
                            pw_env *env, double *us, long *kib)
{
  inst x = { eng, mod, HAND_BOUND, env };
  long before;

  instances(&x, 1000);                /* warm the allocators up */
  before = rss_kib();
  instances(&x, 20000);
  *kib = rss_kib() - before;
  *us = measure(instances, &x) / 1000;
}

/* A request through the reference host ---------------------------------- */

typedef struct http {
  const pw_host_plugin *p;
  pw_host *h;
  uint32_t root;
} http;

static const pw_pair REQ[] = {
  { { (const uint8_t *)":method", 7 }, { (const uint8_t *)"GET", 3 } },
  { { (const uint8_t *)":path", 5 }, { (const uint8_t *)"/", 1 } },
  { { (const uint8_t *)":authority", 10 },
    { (const uint8_t *)"example.com", 11 } },
};
static const pw_pair RESP[] = {
  { { (const uint8_t *)":status", 7 }, { (const uint8_t *)"200", 3 } },
};

static void requests(void *ud, uint32_t n)
{
  http *x = ud;
  uint32_t s, ret;

  while (n--) {
    if (x->p->http_open(x->h, x->root, &s) ||
        x->p->http_headers(x->h, s, PW_DIR_REQUEST, REQ, 3, 0, &ret) ||
        x->p->http_headers(x->h, s, PW_DIR_RESPONSE, RESP, 1, 1, &ret) ||
        x->p->stream_close(x->h, s))
      die("request", x->p->error(x->h));
  }
}

/* Heap allocations per request, over 1000 after the measurement. */
static double allocs_per_request(http *x)
{
  unsigned long before = allocs;

  requests(x, 1000);
  return (double)(allocs - before) / 1000;
}

/* Resident memory grown over 10^6 requests (KiB); the host keeps only
   what its live streams hold, so this stays flat. */
static long rss_per_million(http *x)
{
  long before = rss_kib();

  requests(x, 1000000);
  return rss_kib() - before;
}

/* Filter module `name` through host p, its root started and configured. */
static void http_open(const pw_engine *eng, const pw_host_plugin *p,
                      const char *name, http *x)
{
  size_t len;
  uint8_t *wasm = slurp(name, &len);
  pw_host_args a = { 0 };
  pw_err err;
  uint32_t ret;
  pw_bytes none = { (const uint8_t *)"", 0 };

  a.engine = eng;
  a.wasm = wasm;
  a.wasm_len = len;
  a.abi = version_of(wasm, len);
  x->p = p;
  x->h = p->create(&a, &err);
  free(wasm);
  if (x->h == NULL)
    die("reference host", err.msg);
  if (p->vm_start(x->h, "", none, &x->root, &ret) ||
      p->configure(x->h, x->root, none, &ret))
    die("reference host", p->error(x->h));
}

/* ns per request of filter module `name` through host p; *per: heap
   allocations per request; *kib (unless NULL): rss_per_million. */
static double bench_http(const pw_engine *eng, const pw_host_plugin *p,
                         const char *name, double *per, long *kib)
{
  http x = { p, NULL, 0 };
  double ns;

  http_open(eng, p, name, &x);
  ns = measure(requests, &x);
  *per = allocs_per_request(&x);
  if (kib != NULL)
    *kib = rss_per_million(&x);
  p->destroy(x.h);
  return ns;
}

static const pw_host_plugin *load_host(const char *path)
{
  const pw_abi *abi;
  pw_err err;
  const pw_host_plugin *hp = pw_plugin_load(path, &abi, &err);

  if (hp == NULL)
    fprintf(stderr, "bench: %s\n", err.msg);
  return hp;
}

static void machine(void)
{
  char line[256];
  FILE *f = fopen("/proc/cpuinfo", "r");

  while (f && fgets(line, sizeof line, f))
    if (strncmp(line, "model name", 10) == 0) {
      printf("machine: %s", strchr(line, ':') + 2);
      break;
    }
  if (f)
    fclose(f);
}

/* Every version's filter@<version>: µs per request; the last stable
   one's allocations and memory growth too. */
static void bench_versions(const pw_engine *eng, const pw_host_plugin *host)
{
  char name[64];
  double per = 0;
  long kib = 0;

  for (const pw_version *v = pw_versions; v->name != NULL; v++) {
    snprintf(name, sizeof name, "filter@%s", v->name);
    printf(" %8.2f", bench_http(eng, host, name, &per,
                                strcmp(v->name, BENCH_RSS_ABI) == 0 ? &kib
                                : NULL) / 1000);
  }
  printf(" %7.1f %7ld", per, kib);
}

/* One process's glue/hand pair: best ns of each, and their ratio. */
typedef struct pair {
  double glue, hand, ratio;
} pair;

/* Run `pwabi_bench --pair` for eng in a new process and read its pair. */
static int pair_child(const pw_engine *eng, pair *out)
{
  char *argv[] = { "pwabi_bench", "--pair", (char *)wasm_dir,
                   (char *)eng->name, NULL };
  posix_spawn_file_actions_t fa;
  int fd[2], rc, st, got;
  pid_t pid;
  FILE *f;

  if (pipe(fd) != 0)
    return -1;
  posix_spawn_file_actions_init(&fa);
  posix_spawn_file_actions_adddup2(&fa, fd[1], 1);
  posix_spawn_file_actions_addclose(&fa, fd[0]);
  posix_spawn_file_actions_addclose(&fa, fd[1]);
  rc = posix_spawn(&pid, "/proc/self/exe", &fa, NULL, argv, environ);
  posix_spawn_file_actions_destroy(&fa);
  close(fd[1]);
  if (rc != 0) {
    close(fd[0]);
    return -1;
  }
  f = fdopen(fd[0], "r");
  got = f != NULL ? fscanf(f, "%lf %lf %lf", &out->glue, &out->hand,
                           &out->ratio) : 0;
  if (f != NULL)
    fclose(f);
  else
    close(fd[0]);
  if (waitpid(pid, &st, 0) != pid)
    return -1;
  return got == 3 && WIFEXITED(st) && WEXITSTATUS(st) == 0 ? 0 : -1;
}

static int cmp_pair(const void *a, const void *b)
{
  return cmp_double(&((const pair *)a)->ratio, &((const pair *)b)->ratio);
}

/* The glue/hand pair over PAIR_PROCS processes: where a process's
   layout puts the heap, the libraries and the compiled module moves a
   call of a few ns by up to 20 %, in one flavour or the other, for the
   whole process.  Best ns of each; the median ratio, and its range. */
static pair pairs(const pw_engine *eng, double range[2])
{
  pair p[PAIR_PROCS], best;

  for (int i = 0; i < PAIR_PROCS; i++)
    if (pair_child(eng, &p[i]) != 0)
      die(eng->name, "a `pwabi_bench --pair` process failed");
  qsort(p, PAIR_PROCS, sizeof *p, cmp_pair);
  best = p[PAIR_PROCS / 2];
  for (int i = 0; i < PAIR_PROCS; i++) {
    best.glue = p[i].glue < best.glue ? p[i].glue : best.glue;
    best.hand = p[i].hand < best.hand ? p[i].hand : best.hand;
  }
  range[0] = p[0].ratio;
  range[1] = p[PAIR_PROCS - 1].ratio;
  return best;
}

/* Ratio ranges per engine, printed under the table. */
static char ranges[256];

static void bench_engine(const pw_engine *eng, const pw_host_plugin *host)
{
  spin s = { eng, NULL, glue_vm(eng), 0 };
  pw_env env = { 0 };
  pw_module *mod;
  double trip, inst_us, range[2];
  long kib;
  pair p = pairs(eng, range);
  size_t used = strlen(ranges);

  snprintf(ranges + used, sizeof ranges - used, "%s%s %.2f-%.2f",
           used ? ", " : "", eng->name, range[0], range[1]);
  trip = measure(tick_vm, &s);
  printf("%-8s %8.1f %8.1f %6.2f %8.1f", eng->name, p.glue, p.hand, p.ratio,
         trip);
  if (host != NULL)
    bench_versions(eng, host);
  mod = calls_module(eng);
  bench_instances(eng, mod, &env, &inst_us, &kib);
  printf(" %8.2f %9ld\n", inst_us, kib);
  eng->module_free(mod);
  pw_vm_free(s.vm);
}

/* The engine called `name` (the registry's lookup); exits if none. */
static const pw_engine *engine_named(const char *name)
{
  const pw_engine *eng = pw_engine_by_name(name);

  if (eng == NULL) {
    fprintf(stderr, "bench: no engine %s\n", name);
    exit(2);
  }
  return eng;
}

/* --requests N: only N requests of FILTER, untimed, for an instruction
   count (instructions.sh runs it under callgrind with two N and takes
   the difference, so set-up cancels out). */
static int count_only(char **argv)
{
  const pw_host_plugin *host;
  const pw_engine *eng;
  http x = { NULL, NULL, 0 };

  wasm_dir = argv[3];
  if ((host = load_host(argv[4])) == NULL)
    return 2;
  eng = engine_named(argv[5]);
  http_open(eng, host, argv[6], &x);
  requests(&x, (uint32_t)strtoul(argv[2], NULL, 10));
  host->destroy(x.h);
  return 0;
}

/* --pair: one process's glue/hand pair (pairs). */
static int pair_only(char **argv)
{
  const pw_engine *eng;
  spin s = { NULL, NULL, NULL, 0 };
  pw_env env = { 0 };
  pw_module *mod;
  pair p;

  wasm_dir = argv[2];
  eng = engine_named(argv[3]);
  s.eng = eng;
  s.vm = glue_vm(eng);
  hand_open(eng, &mod, &env);
  p.ratio = ratio(spin_vm, &s, spin_hand, &hand, &p.glue, &p.hand);
  printf("%.3f %.3f %.4f\n", p.glue, p.hand, p.ratio);
  eng->instance_free(hand.inst);
  eng->module_free(mod);
  pw_vm_free(s.vm);
  return 0;
}

/* --spin N: only N proxy_log calls of one flavour, untimed, for an
   instruction count of glue against hand (instructions.sh). */
static int spin_only(char **argv)
{
  const pw_engine *eng;
  uint32_t n = (uint32_t)strtoul(argv[2], NULL, 10);
  spin s = { NULL, NULL, NULL, 0 };
  pw_env env = { 0 };
  pw_module *mod = NULL;

  wasm_dir = argv[3];
  eng = engine_named(argv[4]);
  if (strcmp(argv[5], "glue") == 0) {
    s.vm = glue_vm(eng);
    spin_vm(&s, n);
    pw_vm_free(s.vm);
    return 0;
  }
  hand_open(eng, &mod, &env);
  spin_hand(&hand, n);
  eng->instance_free(hand.inst);
  eng->module_free(mod);
  return 0;
}

int main(int argc, char **argv)
{
  const pw_host_plugin *host;

  if (argc == 7 && strcmp(argv[1], "--requests") == 0)
    return count_only(argv);
  if (argc == 6 && strcmp(argv[1], "--spin") == 0)
    return spin_only(argv);
  if (argc == 4 && strcmp(argv[1], "--pair") == 0)
    return pair_only(argv);
  if (argc != 3 && argc != 4) {
    fprintf(stderr, "usage: pwabi_bench WASM_DIR HOST.so [ENGINE]\n"
            "       pwabi_bench --requests N WASM_DIR HOST.so ENGINE "
            "FILTER\n"
            "       pwabi_bench --spin N WASM_DIR ENGINE glue|hand\n"
            "       pwabi_bench --pair WASM_DIR ENGINE\n");
    return 2;
  }
  wasm_dir = argv[1];
  host = load_host(argv[2]);
  machine();
  printf("%-8s %8s %8s %6s %8s", "engine", "glue ns", "hand ns", "ratio",
         "trip ns");
  for (const pw_version *v = pw_versions; v->name != NULL; v++)
    printf(" %8.8s", v->name);
  printf(" %7s %7s %8s %9s\n", "allocs", "1M KiB", "inst us", "20k KiB");
  for (int i = 0; pw_engines[i] != NULL; i++)
    if (argc == 3 || strcmp(argv[3], pw_engines[i]->name) == 0)
      bench_engine(pw_engines[i], host);
  printf("glue/hand: a proxy_log call made inside Wasm, generated glue vs a\n"
         "hand-written import with the same checks (best ns; ratio: median "
         "over %d\nprocesses of the median of %d paired rounds; range: %s);"
         "\ntrip: host -> proxy_on_tick"
         " -> import;\n<version>: us per request (open, request headers: read "
         ":path, add one,\nreplace one; response headers; close) through the "
         "reference host, the\nfilter as the version spells it; allocs: heap "
         "allocations per request, 1M KiB:\nresident memory grown over 10^6 "
         "more of them (" BENCH_RSS_ABI ");\ninst: instantiate + free; 20k "
         "KiB: resident memory left after 20,000 of them.\n", PAIR_PROCS,
         ROUNDS, ranges);
  return 0;
}
