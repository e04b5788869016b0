/*
 * Templated modules (<name>.tmpl.wat): each {{word arg}} is replaced by
 * the version's spelling, read from its generated tables (pw_abi), so a
 * case means the same thing in every version it declares
 * (conformance/FORMAT.md, "Several versions").
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "args.h"
#include "certify.h"
#include "versions.h"
#include "vm.h"
#include "wasm_info.h"

/* The export of lineage `name`, or NULL. */
static const pw_export *by_lineage(const pw_abi *abi, const char *name)
{
  for (size_t i = 0; i < abi->nexports; i++)
    if (strcmp(abi->exports[i].lineage, name) == 0)
      return &abi->exports[i];
  return NULL;
}

static int put_export(const pw_abi *abi, const char *arg, FILE *out)
{
  const pw_export *ex = by_lineage(abi, arg);

  return ex ? fputs(ex->name, out) >= 0 : 0;
}

/* The header callbacks' end_of_stream: a parameter where it exists. */
static int put_eos(const pw_abi *abi, const char *arg, FILE *out)
{
  const pw_export *ex = by_lineage(abi, "proxy_on_request_headers");

  (void)arg;
  if (ex == NULL)
    return 0;
  for (size_t i = 0; i < ex->nargs; i++)
    if (strcmp(ex->args[i].name, "end_of_stream") == 0)
      fputs("(param i32)", out);
  return 1;
}

static int put_variant(const pw_abi *abi, const char *type, const char *arg,
                       FILE *out)
{
  long long v = pw_variant_value(abi, type, arg);

  return v >= 0 ? fprintf(out, "%lld", v) > 0 : 0;
}

static int put_map(const pw_abi *abi, const char *arg, FILE *out)
{
  return put_variant(abi, "headers_type", arg, out);
}

static int put_buffer(const pw_abi *abi, const char *arg, FILE *out)
{
  return put_variant(abi, "buffer_type", arg, out);
}

/* The marker is the registry's (versions.def), which detection reads. */
static int put_marker(const pw_abi *abi, const char *arg, FILE *out)
{
  const pw_version *v = pw_version_by_name(abi->version);

  (void)arg;
  if (v != NULL && v->marker[0] != '\0')
    fprintf(out, "(func (export \"%s\"))", v->marker);
  return 1;
}

/* The first the host looks for (the seed names none: the hosts' order). */
static int put_allocator(const pw_abi *abi, const char *arg, FILE *out)
{
  const char *const *names = pw_vm_allocators(abi);

  (void)arg;
  return names[0] != NULL ? fputs(names[0], out) >= 0 : 0;
}

/* Host function `arg`'s core type as the version spells it. */
static int put_params(const pw_abi *abi, const char *arg, FILE *out)
{
  const pw_import *im = pw_abi_import(abi, NULL, arg);
  const char *c;

  if (im == NULL)
    return 0;
  for (c = im->sig; *c != ':'; c++)
    fprintf(out, "%s%s", c == im->sig ? "(param " : " ", pw_wasm_type(*c));
  fputs(c == im->sig ? "" : ")", out);
  if (c[1] != '\0')
    fprintf(out, "%s(result %s)", c == im->sig ? "" : " ",
            pw_wasm_type(c[1]));
  return 1;
}

/* "F.P": a zero for each core value of parameter P of host function F
   where the version's F has P, else nothing (an argument a version
   added, e.g. proxy_grpc_call's initial_metadata from 0.1.0). */
static int put_empty(const pw_abi *abi, const char *arg, FILE *out)
{
  char fn[128];
  const char *dot = strchr(arg, '.');
  const pw_import *im;
  size_t at = 0;

  if (dot == NULL || (size_t)(dot - arg) >= sizeof fn)
    return 0;
  snprintf(fn, sizeof fn, "%.*s", (int)(dot - arg), arg);
  if ((im = pw_abi_import(abi, NULL, fn)) == NULL)
    return 0;
  for (size_t i = 0; i < im->nargs; at += im->args[i++].width)
    if (strcmp(im->args[i].name, dot + 1) == 0)
      for (size_t k = 0; k < im->args[i].width; k++)
        fprintf(out, "%s(%s.const 0)", k ? " " : "",
                pw_wasm_type(im->sig[at + k]));
  return 1;
}

/* A placeholder's word, whether it takes an argument, its writer (0:
   the version has nothing by that name). */
static const struct {
  const char *word;
  int takes;
  int (*put)(const pw_abi *abi, const char *arg, FILE *out);
} words[] = {
  {"export", 1, put_export}, {"eos", 0, put_eos}, {"map", 1, put_map},
  {"buffer", 1, put_buffer}, {"marker", 0, put_marker},
  {"allocator", 0, put_allocator}, {"params", 1, put_params},
  {"empty", 1, put_empty},
};

/* One placeholder's inside ("word" or "word arg"). */
static int placeholder(const pw_abi *abi, const char *in, FILE *out,
                       char *err, size_t cap)
{
  char word[32] = "", arg[128] = "";
  int n = sscanf(in, "%31s %127s", word, arg);

  for (size_t k = 0; k < sizeof words / sizeof words[0]; k++)
    if (n >= 1 && strcmp(word, words[k].word) == 0) {
      if ((n == 2) != words[k].takes)
        break;
      if (words[k].put(abi, arg, out))
        return 0;
      snprintf(err, cap, "placeholder {{%s}}: %s has none", in,
               abi->version);
      return -1;
    }
  snprintf(err, cap, "placeholder {{%s}}: unknown", in);
  return -1;
}

static int render(const pw_abi *abi, const char *in, FILE *out, char *err,
                  size_t cap)
{
  const char *open, *close;
  char inside[192];

  while ((open = strstr(in, "{{")) != NULL) {
    if ((close = strstr(open, "}}")) == NULL
        || close - open - 2 >= (long)sizeof inside) {
      snprintf(err, cap, "an unterminated {{");
      return -1;
    }
    fwrite(in, 1, (size_t)(open - in), out);
    snprintf(inside, sizeof inside, "%.*s", (int)(close - open - 2),
             open + 2);
    if (placeholder(abi, inside, out, err, cap) != 0)
      return -1;
    in = close + 2;
  }
  fputs(in, out);
  return 0;
}

int cf_render_file(const pw_abi *abi, const char *path, FILE *out,
                   char *err, size_t cap)
{
  size_t len = 0;
  uint8_t *b = pw_read_file(path, &len);
  char *text;
  int rc;

  if (b == NULL) {
    snprintf(err, cap, "%s: %s", path, strerror(errno));
    return -1;
  }
  if ((text = malloc(len + 1)) == NULL)
    abort();
  memcpy(text, b, len);
  text[len] = '\0';
  rc = render(abi, text, out, err, cap);
  free(text);
  free(b);
  return rc;
}

int cf_render_command(cf_run *r)
{
  char err[256];

  if (cf_render_file(r->abi, r->render, stdout, err, sizeof err) == 0)
    return CF_EXIT_PASS;
  fprintf(stderr, "pwabi: %s: %s\n", r->render, err);
  return CF_EXIT_USAGE;
}
