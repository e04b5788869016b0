/*
 * Building a module: wasm2c, the thunk, the C compiler, dlopen.
 *
 * The shared object is cached under a hash of everything that makes it
 * (the Wasm bytes, the thunk version, the compile flags) in $PWABI_CACHE,
 * $XDG_CACHE_HOME/pwabi or ~/.cache/pwabi, so a module is compiled once.
 * Objects are written under a temporary name and renamed, so a reader
 * never sees half a file; a cached object that does not open, or whose
 * descriptor does not match, is rebuilt.
 */
#include <dlfcn.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <signal.h>
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "cache.h"
#include "w2c.h"

extern char **environ;

#define CC "cc"
#define WASM2C "wasm2c"
#define WASM_RT_H "/usr/include/wasm-rt.h"
static const char *const cflags[] = {
  "-shared", "-fPIC", "-O2", "-w", "-fvisibility=hidden",
  "-DWASM_RT_MEMCHECK_SIGNAL_HANDLER=0", "-I/usr/share/wabt/wasm2c",
  "-DWASM_RT_MAX_CALL_STACK_DEPTH=(pw_stack_ok() ? 500u : 0u)", NULL
};

/* The runtime's interface: objects built against another wabt's wasm-rt.h
   must not be reused. */
static uint64_t fnv_file(uint64_t h, const char *path)
{
  FILE *f = fopen(path, "rb");
  char buf[4096];
  size_t n;

  if (f == NULL)
    return h;
  while ((n = fread(buf, 1, sizeof buf, f)) > 0)
    h = pw_fnv(h, buf, n);
  fclose(f);
  return h;
}

static uint64_t cache_key(const uint8_t *wasm, size_t len)
{
  char v[32];
  uint64_t h = PW_FNV_SEED;

  snprintf(v, sizeof v, "pwabi-w2c %d", PW_W2C_VERSION);
  h = pw_fnv(h, v, strlen(v) + 1);
  for (const char *const *f = cflags; *f; f++)
    h = pw_fnv(h, *f, strlen(*f) + 1);
  h = pw_fnv(h, pw_w2c_prelude, strlen(pw_w2c_prelude));
  h = fnv_file(h, WASM_RT_H);
  return pw_fnv(h, wasm, len);
}

/* The handle if `path` holds the object built for `hash`, else NULL. */
static void *open_so(const char *path, uint64_t hash, pw_err *err)
{
  void *h = dlopen(path, RTLD_NOW | RTLD_LOCAL);
  const pw_w2c_desc *d;

  if (h == NULL) {
    pw_errf(err, "wasm2c: dlopen failed: %s", dlerror());
    return NULL;
  }
  d = dlsym(h, "pw_w2c_desc");
  if (d == NULL || d->version != PW_W2C_VERSION || d->hash != hash) {
    pw_errf(err, "wasm2c: %s is not the module it should be", path);
    dlclose(h);
    return NULL;
  }
  return h;
}

static int write_file(const char *path, const void *p, size_t n)
{
  FILE *f = fopen(path, "wb");
  int ok;

  if (f == NULL)
    return -1;
  ok = fwrite(p, 1, n, f) == n;
  return fclose(f) == 0 && ok ? 0 : -1;
}

/* The first line of `log` that mentions an error, else its first line. */
static void log_line(const char *log, char *line, size_t n)
{
  FILE *f = fopen(log, "r");
  char buf[512];

  snprintf(line, n, "(no output)");
  if (f == NULL)
    return;
  for (int first = 1; fgets(buf, sizeof buf, f) != NULL; first = 0) {
    buf[strcspn(buf, "\n")] = '\0';
    if (first || strstr(buf, "error") != NULL)
      snprintf(line, n, "%s", buf);
    if (strstr(buf, "error") != NULL)
      break;
  }
  fclose(f);
}

/*
 * Waits for a tool, at most TOOL_SECONDS: a hostile module can make the
 * compiler run for a long time.  0 done, 1 killed for time, -1 error.
 */
#define TOOL_SECONDS 300

static int wait_for(pid_t pid, int *st)
{
  const struct timespec tick = {0, 2000000};
  long ticks = 0;
  pid_t r;

  while ((r = waitpid(pid, st, WNOHANG)) == 0
         || (r < 0 && errno == EINTR)) {
    if (ticks++ > TOOL_SECONDS * 500L) {
      kill(pid, SIGKILL);
      while (waitpid(pid, st, 0) < 0 && errno == EINTR)
        ;
      return 1;
    }
    nanosleep(&tick, NULL);
  }
  return r < 0 ? -1 : 0;
}

/* Runs argv with stdout and stderr in `log`; 0 when it exits 0. */
static int run(char *const argv[], const char *log, pw_err *err)
{
  posix_spawn_file_actions_t fa;
  char line[512];
  pid_t pid;
  int st, rc;

  posix_spawn_file_actions_init(&fa);
  posix_spawn_file_actions_addopen(&fa, 1, log, O_WRONLY | O_CREAT | O_TRUNC,
                                   0644);
  posix_spawn_file_actions_adddup2(&fa, 1, 2);
  rc = posix_spawnp(&pid, argv[0], &fa, NULL, argv, environ);
  posix_spawn_file_actions_destroy(&fa);
  if (rc != 0) {
    pw_errf(err, "wasm2c: cannot run %s: %s", argv[0], strerror(rc));
    return -1;
  }
  if ((rc = wait_for(pid, &st)) < 0) {
    pw_errf(err, "wasm2c: waitpid: %s", strerror(errno));
    return -1;
  }
  if (rc == 0 && WIFEXITED(st) && WEXITSTATUS(st) == 0)
    return 0;
  log_line(log, line, sizeof line);
  if (rc > 0)
    snprintf(line, sizeof line, "stopped after %d s", TOOL_SECONDS);
  else if (WIFSIGNALED(st))
    snprintf(line, sizeof line, "killed by signal %d", WTERMSIG(st));
  pw_errf(err, "wasm2c: %s failed: %s", argv[0], line);
  return -1;
}

/* A scratch folder and the paths of the files in it. */
typedef struct work {
  char dir[PATH_MAX], wasm[PATH_MAX], c[PATH_MAX], h[PATH_MAX];
  char thunk[PATH_MAX], log[PATH_MAX], so[PATH_MAX], prelude[PATH_MAX];
  char name[24];
} work;

static int work_open(work *w, uint64_t hash, pw_err *err)
{
  const char *t = getenv("TMPDIR");

  snprintf(w->name, sizeof w->name, "m%016llx", (unsigned long long)hash);
  snprintf(w->dir, sizeof w->dir, "%s/pwabi-w2c-XXXXXX",
           t != NULL && *t ? t : "/tmp");
  if (mkdtemp(w->dir) == NULL) {
    pw_errf(err, "wasm2c: cannot make a scratch folder in %s: %s",
            t != NULL && *t ? t : "/tmp", strerror(errno));
    return -1;
  }
  snprintf(w->wasm, sizeof w->wasm, "%.4000s/%s.wasm", w->dir, w->name);
  snprintf(w->c, sizeof w->c, "%.4000s/%s.c", w->dir, w->name);
  snprintf(w->h, sizeof w->h, "%.4000s/%s.h", w->dir, w->name);
  snprintf(w->thunk, sizeof w->thunk, "%.4000s/thunk.c", w->dir);
  snprintf(w->log, sizeof w->log, "%.4000s/log", w->dir);
  snprintf(w->prelude, sizeof w->prelude, "%.4000s/prelude.h", w->dir);
  snprintf(w->so, sizeof w->so, "%.4000s/%s.so", w->dir, w->name);
  return 0;
}

static void work_close(work *w)
{
  const char *files[] = {w->wasm, w->c, w->h, w->thunk, w->log, w->so,
                         w->prelude};

  for (size_t i = 0; i < sizeof files / sizeof files[0]; i++)
    unlink(files[i]);
  rmdir(w->dir);
}

static int wasm2c(work *w, const uint8_t *wasm, size_t len, pw_err *err)
{
  char *argv[] = {WASM2C, w->wasm, "-n", w->name, "-o", w->c, NULL};

  if (write_file(w->wasm, wasm, len) != 0) {
    pw_errf(err, "wasm2c: cannot write %s: %s", w->wasm, strerror(errno));
    return -1;
  }
  return run(argv, w->log, err);
}

static int compile(work *w, const char *out, pw_err *err)
{
  char *argv[16];
  size_t n = 0;

  argv[n++] = CC;
  for (const char *const *f = cflags; *f; f++)
    argv[n++] = (char *)*f;
  argv[n++] = "-include";
  argv[n++] = w->prelude;
  argv[n++] = w->c;
  argv[n++] = w->thunk;
  argv[n++] = "-o";
  argv[n++] = (char *)out;
  argv[n] = NULL;
  return run(argv, w->log, err);
}

/* Builds the object into `out`. */
static int build(work *w, const uint8_t *wasm, size_t len,
                 const pw_wasm_info *info, uint64_t hash, const char *out,
                 pw_err *err)
{
  char *thunk;
  int rc;

  if (wasm2c(w, wasm, len, err) != 0)
    return -1;
  if (write_file(w->prelude, pw_w2c_prelude, strlen(pw_w2c_prelude)) != 0) {
    pw_errf(err, "wasm2c: cannot write %s: %s", w->prelude, strerror(errno));
    return -1;
  }
  if ((thunk = pw_w2c_thunk(info, w->name, hash, err)) == NULL)
    return -1;
  rc = write_file(w->thunk, thunk, strlen(thunk));
  free(thunk);
  if (rc != 0) {
    pw_errf(err, "wasm2c: cannot write %s: %s", w->thunk, strerror(errno));
    return -1;
  }
  return compile(w, out, err);
}

/* Builds into the cache (temporary name, then rename) and opens it. */
static void *build_cached(work *w, const char *dir, const uint8_t *wasm,
                          size_t len, const pw_wasm_info *info,
                          uint64_t hash, pw_err *err)
{
  char tmp[PATH_MAX], path[PATH_MAX];

  snprintf(path, sizeof path, "%.4000s/%s.so", dir, w->name);
  snprintf(tmp, sizeof tmp, "%.4000s/.%s.%ld.tmp", dir, w->name,
           (long)getpid());
  if (build(w, wasm, len, info, hash, tmp, err) != 0) {
    unlink(tmp);
    return NULL;
  }
  if (rename(tmp, path) != 0) {
    pw_errf(err, "wasm2c: cannot rename %s: %s", tmp, strerror(errno));
    unlink(tmp);
    return NULL;
  }
  return open_so(path, hash, err);
}

void *pw_w2c_build(const uint8_t *wasm, size_t len,
                   const pw_wasm_info *info, pw_err *err)
{
  uint64_t hash = cache_key(wasm, len);
  char dir[PATH_MAX - 64], path[PATH_MAX];
  int cached = pw_cache_dir(dir, sizeof dir) == 0;
  void *h;
  work w;

  if (cached) {
    snprintf(path, sizeof path, "%s/m%016llx.so", dir,
             (unsigned long long)hash);
    if (access(path, R_OK) == 0 && (h = open_so(path, hash, err)) != NULL)
      return h;
  }
  if (work_open(&w, hash, err) != 0)
    return NULL;
  if (cached)
    h = build_cached(&w, dir, wasm, len, info, hash, err);
  else if (build(&w, wasm, len, info, hash, w.so, err) == 0)
    h = open_so(w.so, hash, err);   /* stays mapped once unlinked */
  else
    h = NULL;
  work_close(&w);
  return h;
}
