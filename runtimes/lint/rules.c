/*
 * The rules of `pwabi lint`, in the order they run and report, and the
 * module-level ones: markers and allocators.  Errors: the module is wrong
 * for the version it declares.  Warnings: a real host refuses it, or it
 * exports a callback no version has.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lint.h"

#define MARKER "proxy_abi_version_"

const pw_lint_rule pw_lint_rules[] = {
  {"no-marker", PW_LINT_WARNING, "no proxy_abi_version_* export: checked "
   "as the version without a marker, if any", pw_lint_no_marker},
  {"unknown-marker", PW_LINT_ERROR, "a proxy_abi_version_* export no "
   "version has", pw_lint_unknown_marker},
  {"two-markers", PW_LINT_ERROR, "more than one marker: hosts may take "
   "either", pw_lint_two_markers},
  {"no-allocator", PW_LINT_ERROR, "none of the version's allocators is "
   "exported", pw_lint_allocator},
  {"unknown-import", PW_LINT_ERROR, "an import no version has and no "
   "host serves", pw_lint_unknown_import},
  {"import-other-version", PW_LINT_ERROR, "a host function of another "
   "version only", pw_lint_import_other},
  {"import-signature", PW_LINT_ERROR, "a host function imported with "
   "another signature", pw_lint_import_signature},
  {"import-twice", PW_LINT_ERROR, "the same import under two signatures",
   pw_lint_import_twice},
  {"wasi-unserved", PW_LINT_ERROR, "a WASI function no host serves",
   pw_lint_wasi},
  {"callback-arity", PW_LINT_ERROR, "a callback exported with another "
   "signature (often another version's)", pw_lint_callback_arity},
  {"export-other-version", PW_LINT_ERROR, "a callback of another version "
   "only", pw_lint_export_other},
  {"misnamed-export", PW_LINT_ERROR, "a callback's name without proxy_",
   pw_lint_misnamed},
  {"unknown-export", PW_LINT_WARNING, "a proxy_* export no version has",
   pw_lint_unknown_export},
  {"host-marker", PW_LINT_WARNING, "a host does not load the module's "
   "version", pw_lint_host_marker},
  {"host-import", PW_LINT_WARNING, "a host does not register an imported "
   "function", pw_lint_host_imports},
  {"host-import-signature", PW_LINT_WARNING, "a host registers an "
   "imported function with another signature",
   NULL /* reported by host-import's pass over the imports */},
  {"host-required-export", PW_LINT_WARNING, "a host refuses a filter "
   "without this callback", pw_lint_host_required},
  {NULL, PW_LINT_ERROR, NULL, NULL}
};

static const pw_lint_rule *rule(const char *id)
{
  const pw_lint_rule *r;

  for (r = pw_lint_rules; r->id != NULL; r++)
    if (strcmp(r->id, id) == 0)
      return r;
  abort();    /* a rule reporting under an id the table lacks */
}

/* Names come from hostile input: bytes outside printable ASCII are shown
   as '?' (ABI names are ASCII), so text and JSON stay well-formed. */
static void clean(char *dst, size_t cap, const char *src)
{
  size_t i;
  unsigned char c;

  for (i = 0; i + 1 < cap && src[i] != '\0'; i++) {
    c = (unsigned char)src[i];
    dst[i] = c < 0x20 || c >= 0x7f ? '?' : src[i];
  }
  dst[i] = '\0';
}

void pw_lint_add(pw_lint *l, const char *id, const char *host,
                 const char *subject, const char *fmt, ...)
{
  pw_finding *f;
  va_list ap;

  if (l->n == l->cap) {
    f = realloc(l->f, (l->cap * 2 + 8) * sizeof *f);
    if (f == NULL)
      abort();
    l->f = f;
    l->cap = l->cap * 2 + 8;
  }
  f = &l->f[l->n++];
  f->rule = rule(id);
  f->host = host;
  clean(f->subject, sizeof f->subject, subject);
  va_start(ap, fmt);
  vsnprintf(f->why, sizeof f->why, fmt, ap);
  va_end(ap);
  clean(f->why, sizeof f->why, f->why);
}

int pw_lint_named(const pw_lint *l, const char *subject)
{
  char s[96];
  size_t i;

  clean(s, sizeof s, subject);
  for (i = 0; i < l->n; i++)
    if (l->f[i].host == NULL && strcmp(l->f[i].subject, s) == 0)
      return 1;
  return 0;
}

static int is_marker_like(const pw_wasm_extern *x)
{
  return x->kind == 'f' && strncmp(x->name, MARKER, strlen(MARKER)) == 0;
}

/* The version: the first known marker among function exports (as
   cpp-host reads it), else the version without a marker, unless the
   module has a marker no version knows. */
static void detect(pw_lint *l)
{
  const pw_version *v;
  size_t i, odd = 0;

  for (i = 0; i < l->info->nexports && l->marker == NULL; i++) {
    v = pw_lint_marker_of(l->info->exports[i].name);
    odd += is_marker_like(&l->info->exports[i]);
    if (v != NULL && l->info->exports[i].kind == 'f') {
      l->ver = v;
      l->marker = v->marker;
    }
  }
  for (v = pw_versions; l->ver == NULL && !odd && v->name != NULL; v++)
    if (v->marker[0] == '\0')
      l->ver = v;
}

void pw_lint_no_marker(pw_lint *l)
{
  size_t i;

  for (i = 0; i < l->info->nexports; i++)
    if (is_marker_like(&l->info->exports[i]))
      return;
  if (l->ver != NULL)
    pw_lint_add(l, "no-marker", NULL, "(no marker)", "checked as %s, the "
                "version without one", l->ver->name);
  else
    pw_lint_add(l, "no-marker", NULL, "(no marker)", "every version has "
                "one: not checked further");
}

void pw_lint_unknown_marker(pw_lint *l)
{
  const pw_wasm_extern *x;
  size_t i;

  for (i = 0; i < l->info->nexports; i++) {
    x = &l->info->exports[i];
    if (is_marker_like(x) && pw_lint_marker_of(x->name) == NULL)
      pw_lint_add(l, "unknown-marker", NULL, x->name, "no version has "
                  "this marker%s", l->ver ? "" : ": not checked further");
  }
}

void pw_lint_two_markers(pw_lint *l)
{
  const pw_wasm_extern *x;
  const pw_version *v;
  size_t i;

  for (i = 0; i < l->info->nexports; i++) {
    x = &l->info->exports[i];
    v = x->kind == 'f' ? pw_lint_marker_of(x->name) : NULL;
    if (v != NULL && v->marker != l->marker)
      pw_lint_add(l, "two-markers", NULL, x->name, "the module also "
                  "declares %s; hosts may take either: checked as %s",
                  l->marker, l->ver->name);
  }
}

/* Appends " or name" (or "name") for every allocator of v to buf. */
static void names(char *buf, size_t cap, const pw_version *v)
{
  const char *const *a;
  size_t k;

  for (a = v->abi->allocators; a != NULL && *a != NULL; a++)
    if (!pw_lint_listed(buf, *a)) {
      k = strlen(buf);
      snprintf(buf + k, cap - k, "%s%s", k ? " or " : "", *a);
    }
}

static int has_allocator(const pw_lint *l, const pw_version *v)
{
  const char *const *a;

  for (a = v->abi->allocators; a != NULL && *a != NULL; a++)
    if (pw_lint_exported(l->info, *a) != NULL)
      return 1;
  return 0;
}

/* Any of the version's allocators; for a version naming none, any of
   the ones hosts look up (every version's). */
void pw_lint_allocator(pw_lint *l)
{
  const pw_version *v, *only = NULL;
  char list[160] = "";

  if (l->ver != NULL && l->ver->abi->allocators != NULL)
    only = l->ver;
  for (v = pw_versions; v->name != NULL; v++)
    if (only == NULL || v == only) {
      if (has_allocator(l, v))
        return;
      names(list, sizeof list, v);
    }
  pw_lint_add(l, "no-allocator", NULL, "(allocator)", "exports no %s: "
              "hosts refuse to load it, having no way to hand it bytes",
              list);
}

void pw_lint_run(pw_lint *l, const pw_wasm_info *info)
{
  const pw_lint_rule *r;

  memset(l, 0, sizeof *l);
  l->info = info;
  detect(l);
  for (r = pw_lint_rules; r->id != NULL; r++)
    if (r->check != NULL)
      r->check(l);
}

void pw_lint_free(pw_lint *l)
{
  free(l->f);
  l->f = NULL;
  l->n = l->cap = 0;
}
