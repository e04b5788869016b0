/*
 * A case's module: the one make built (<wasm-dir>/<path>.wasm), else
 * wat2wasm of its .wat; a template is rendered for the instance's version
 * (render.c) and its wat2wasm output kept in pwabi's cache
 * (runtimes/core/cache.h) under a hash of the rendered text, so a run
 * after the first renders in memory and compiles nothing.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "cache.h"
#include "certify.h"

/* Bump when what turns a rendered template into its cached module
   changes. */
#define CF_WAT_CACHE "pwabi-wat 1"

/* wat2wasm wat -o out: 0 when it worked. */
static int wat2wasm(const char *wat, const char *out)
{
  int st;
  pid_t pid = fork();

  if (pid == 0) {
    execlp("wat2wasm", "wat2wasm", wat, "-o", out, (char *)NULL);
    _exit(127);
  }
  return pid < 0 || waitpid(pid, &st, 0) < 0 || !WIFEXITED(st)
         || WEXITSTATUS(st) != 0 ? -1 : 0;
}

/* The template rendered for the instance's version into *text (*n
   bytes); -1 and why naming case and placeholder. */
static int render(cf_run *r, size_t i, char **text, size_t *n, char *why,
                  size_t cap)
{
  cf_case *c = &r->cases[i];
  const pw_version *v = pw_version_by_name(c->abi);
  char err[300];
  FILE *f;
  int rc;

  if (v == NULL || (f = open_memstream(text, n)) == NULL) {
    snprintf(why, cap, "%s: cannot render %s", c->id, c->wat);
    return -1;
  }
  rc = cf_render_file(v->abi, c->wat, f, err, sizeof err);
  fclose(f);
  if (rc != 0)
    snprintf(why, cap, "%s: %s: %s", c->id, c->wat, err);
  return rc;
}

/* Where the module of this rendered text is cached; -1 without a
   cache. */
static int cached_path(const char *text, size_t n, char *path, size_t cap)
{
  char dir[4096];
  uint64_t h = pw_fnv(PW_FNV_SEED, CF_WAT_CACHE, sizeof CF_WAT_CACHE);

  if (pw_cache_dir(dir, sizeof dir) != 0)
    return -1;
  h = pw_fnv(h, text, n);
  return (size_t)snprintf(path, cap, "%s/wat-%016llx.wasm", dir,
                          (unsigned long long)h) < cap ? 0 : -1;
}

/* wat2wasm of wat into out, through a file beside out renamed into place
   (cases of several runs may share the cache). */
static int compile_to(const char *wat, const char *out)
{
  char tmp[4200];

  snprintf(tmp, sizeof tmp, "%s.%ld", out, (long)getpid());
  if (wat2wasm(wat, tmp) != 0 || rename(tmp, out) != 0) {
    unlink(tmp);
    return -1;
  }
  return 0;
}

/* A template: rendered, then its cached module, else wat2wasm of the
   text into the cache (or the record directory, without one). */
static uint8_t *template_bytes(cf_run *r, size_t i, size_t *len, char *why,
                               size_t cap)
{
  char *text = NULL, wat[512], out[4096];
  size_t n = 0;
  uint8_t *b = NULL;
  FILE *f;

  if (render(r, i, &text, &n, why, cap) != 0) {
    free(text);
    return NULL;
  }
  if (cached_path(text, n, out, sizeof out) != 0)
    snprintf(out, sizeof out, "%s/%zu.wasm", r->tmp, i);
  else
    b = pw_read_file(out, len);
  snprintf(wat, sizeof wat, "%s/%zu.wat", r->tmp, i);
  if (b == NULL && (f = fopen(wat, "w")) != NULL) {
    fwrite(text, 1, n, f);
    fclose(f);
    if (compile_to(wat, out) == 0)
      b = pw_read_file(out, len);
  }
  if (b == NULL)
    snprintf(why, cap, "wat2wasm of %s rendered for %s failed",
             r->cases[i].wat, r->cases[i].abi);
  free(text);
  return b;
}

uint8_t *cf_module_bytes(cf_run *r, size_t i, size_t *len, char *why,
                         size_t cap)
{
  cf_case *c = &r->cases[i];
  char out[512];
  uint8_t *b;

  if (c->tmpl)
    return template_bytes(r, i, len, why, cap);
  if ((b = pw_read_file(c->wasm, len)) != NULL)
    return b;
  snprintf(out, sizeof out, "%s/%zu.wasm", r->tmp, i);
  if (wat2wasm(c->wat, out) != 0) {
    snprintf(why, cap, "no %s, and wat2wasm %s failed", c->wasm, c->wat);
    return NULL;
  }
  if ((b = pw_read_file(out, len)) == NULL)
    snprintf(why, cap, "%s: %s", out, strerror(errno));
  return b;
}
