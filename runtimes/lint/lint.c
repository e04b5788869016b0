/*
 * pwabi lint: checks a module's imports and exports, read without
 * instantiating it, against the version its marker declares and what
 * real hosts refuse at load (lint.h).
 *
 *   pwabi lint [--format text|json] module.wasm
 *   pwabi lint --rules
 *
 * Exit: 0 no error-level finding; 1 some; 2 usage or unreadable module.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "lint.h"
#include "pwlib.h"

static const char *level_name(pw_lint_level v)
{
  return v == PW_LINT_ERROR ? "error" : "warning";
}

static size_t count(const pw_lint *l, pw_lint_level v)
{
  size_t i, n = 0;

  for (i = 0; i < l->n; i++)
    n += l->f[i].rule->level == v;
  return n;
}

static void text(const pw_lint *l, const char *path)
{
  const pw_finding *f;
  size_t e = count(l, PW_LINT_ERROR), w = count(l, PW_LINT_WARNING);

  printf("%s: checked as %s%s%s%s\n", path, l->ver ? l->ver->name : "none",
         l->marker ? " (" : "", l->marker ? l->marker : "",
         l->marker ? ")" : "");
  for (f = l->f; f < l->f + l->n; f++)
    printf("%s %s%s%s%s %s: %s\n", level_name(f->rule->level), f->rule->id,
           f->host ? " [" : "", f->host ? f->host : "", f->host ? "]" : "",
           f->subject, f->why);
  printf("%s: %zu error%s, %zu warning%s\n", path, e, e == 1 ? "" : "s", w,
         w == 1 ? "" : "s");
}

/* A JSON string; findings are ASCII already, the path may not be. */
static void jstr(const char *s)
{
  putchar('"');
  for (; s != NULL && *s != '\0'; s++)
    if (*s == '"' || *s == '\\')
      printf("\\%c", *s);
    else if ((unsigned char)*s < 0x20)
      printf("\\u%04x", (unsigned)*s);
    else
      putchar(*s);
  putchar('"');
}

static void jfield(const char *key, const char *val, const char *sep)
{
  printf("\"%s\": ", key);
  if (val == NULL)
    fputs("null", stdout);
  else
    jstr(val);
  fputs(sep, stdout);
}

static void json(const pw_lint *l, const char *path)
{
  const pw_finding *f;

  fputs("{", stdout);
  jfield("module", path, ", ");
  jfield("version", l->ver ? l->ver->name : NULL, ", ");
  jfield("marker", l->marker, ",\n \"findings\": [");
  for (f = l->f; f < l->f + l->n; f++) {
    fputs(f == l->f ? "\n  {" : ",\n  {", stdout);
    jfield("id", f->rule->id, ", ");
    jfield("severity", level_name(f->rule->level), ", ");
    jfield("host", f->host, ", ");
    jfield("subject", f->subject, ", ");
    jfield("why", f->why, "}");
  }
  printf("],\n \"errors\": %zu, \"warnings\": %zu}\n",
         count(l, PW_LINT_ERROR), count(l, PW_LINT_WARNING));
}

static int usage(void)
{
  fputs("usage: pwabi lint [--format text|json] module.wasm\n"
        "       pwabi lint --rules    the rules: id, severity, what\n"
        "exit status: 0 no error-level finding, 1 some, 2 usage error or\n"
        "an unreadable module\n", stdout);
  return PW_EXIT_OK;
}

static void rules(void)
{
  const pw_lint_rule *r;

  for (r = pw_lint_rules; r->id != NULL; r++)
    printf("%-22s %-8s %s\n", r->id, level_name(r->level), r->what);
}

/* Reads and lints path; PW_EXIT_*. */
static int lint(const char *path, int as_json)
{
  pw_wasm_info info;
  pw_lint l;
  pw_err err;
  size_t len;
  uint8_t *wasm = pw_read_file(path, &len);
  int rc;

  if (wasm == NULL) {
    pw_errf(&err, "lint: %s: %s", path, strerror(errno));
    return pw_fail(&err);
  }
  rc = pw_wasm_info_read(wasm, len, &info, &err);
  free(wasm);
  if (rc != 0)
    return fprintf(stderr, "pwabi: lint: %s: %s\n", path, err.msg),
           PW_EXIT_USAGE;
  pw_lint_run(&l, &info);
  (as_json ? json : text)(&l, path);
  rc = count(&l, PW_LINT_ERROR) ? PW_EXIT_GUEST : PW_EXIT_OK;
  pw_lint_free(&l);
  pw_wasm_info_free(&info);
  return rc;
}

static int cmd_lint(int argc, char **argv)
{
  const char *format = "text", *path = NULL;
  int i, m;

  for (i = 2; i < argc; i++) {
    if (strcmp(argv[i], "--rules") == 0 && argc == 3)
      return rules(), PW_EXIT_OK;
    if (strcmp(argv[i], "--help") == 0)
      return usage();
    m = pw_flag(argc, argv, &i, "--format", &format);
    if (m < 0)
      return pw_usage_error("lint", "%s needs a value", argv[i]);
    if (m == 0 && (argv[i][0] == '-' || path != NULL))
      return pw_usage_error("lint", "unexpected argument '%s'", argv[i]);
    if (m == 0)
      path = argv[i];
  }
  if (strcmp(format, "text") != 0 && strcmp(format, "json") != 0)
    return pw_usage_error("lint", "unknown format '%s' (text|json)", format);
  if (path == NULL)
    return pw_usage_error("lint", "%s", "no module given");
  return lint(path, strcmp(format, "json") == 0);
}

const pw_command pw_command_lint = {
  "lint", "[--format F] module.wasm  check imports and exports "
  "(lint --help)", cmd_lint
};
