/*
 * The flags of pwabi certify.
 */
#include <stdlib.h>
#include <string.h>

#include "certify.h"

static const char *const names[] = {
  "--engine", "--host", "--profile", "--options", "--format", "--out",
  "--filter", "--wasm-dir", "--cases", "--timeout", "--manifest",
  "--abi", "--timeout-ms", "--render"
};
#define NFLAGS (sizeof names / sizeof names[0])

/* Values before they are checked. */
typedef struct raw {
  const char *formats, *timeout, *timeout_ms;
} raw;

/* The flags after --out, and where the data comes from. */
static void usage_more(FILE *f)
{
  fputs("  --filter     only the cases whose id matches GLOB\n"
        "  --wasm-dir   built modules (default: wasm/ next to pwabi, else\n"
        "               in pwabi's data); a missing one: wat2wasm\n"
        "  --cases      the case tree (default: conformance/cases)\n"
        "  --timeout    seconds per case: its forked child is killed\n"
        "               (default: 30)\n"
        "  --timeout-ms CPU milliseconds per guest call: past it the call\n"
        "               traps (kind timeout); 0: no limit (default: 1000)\n"
        "  --abi        run only this version's cases (default: every\n"
        "               version the profile lists and the host serves);\n"
        "               also the version of a case that declares none\n"
        "               and whose module has no marker\n"
        "  --render     print a templated module rendered for --abi\n"
        "  --manifest   coverage items of the --abi version (default:\n"
        "               generated/<version>/manifest.tsv, each version)\n"
        "  --no-coverage-gate  report coverage, but do not fail on it\n"
        "               (a --filter run never does); otherwise every\n"
        "               version's items must all be crossed, except those\n"
        "               the profile declares uncoverable\n"
        "Cases, profiles and manifests are pwabi's data: $PWABI_DATA, else\n"
        "the source tree above pwabi, else ../share/pwabi next to it.\n"
        "exit status: 0 the host passed, 1 it failed, 2 usage or load "
        "error\n", f);
}

static void usage(FILE *f)
{
  const pw_engine *e = pw_default_engine();

  fputs("usage: pwabi certify [--engine E] [--host PLUGIN.so] "
        "[--profile P]\n"
        "           [--options k=v,...] [--format tap,junit,json,md]\n"
        "           [--out DIR] [--filter GLOB] [--wasm-dir DIR]\n"
        "           [--cases DIR] [--timeout SECONDS] [--manifest TSV]\n"
        "           [--no-coverage-gate] [--abi NAME] [--timeout-ms MS]\n"
        "       pwabi certify --render TEMPLATE.tmpl.wat [--abi NAME]\n"
        "  --engine     ", f);
  pw_engine_names(f);
  fprintf(f, " (default: %s)\n", e ? e->name : "none");
  fputs("  --host       a host plugin: a path, or a name in pwabi's hosts\n"
        "               (default: $PWABI_HOST, else reference)\n"
        "  --profile    name in conformance/profiles, or a .lua path\n"
        "               (default: spec-strict)\n"
        "  --options    host options (default: the profile's)\n"
        "  --format     reports to write (default: all four)\n"
        "  --out        report directory (default: build/certify/<engine>)\n",
        f);
  usage_more(f);
}

int cf_usage_error(const char *fmt, const char *arg)
{
  return pw_usage_error("certify", fmt, arg);
}

static const char *const formats[] = {"tap", "junit", "json", "md"};

static void format_names(FILE *f, const void *ud)
{
  (void)ud;
  fputs("formats: ", f);
  for (int k = 0; k < 4; k++)
    fprintf(f, "%s%s", k ? ", " : "", formats[k]);
}

/* The CF_* bit of the format named by s[0..n), or -1. */
static int format_bit(const char *s, size_t n)
{
  for (int k = 0; k < 4; k++)
    if (strlen(formats[k]) == n && strncmp(s, formats[k], n) == 0)
      return 1 << k;
  return -1;
}

/* The CF_* bits of "a,b"; -1 and err naming the first unknown one. */
static int parse_formats(const char *s, pw_err *err)
{
  char name[32];
  int f = 0, bit;

  while (*s) {
    size_t n = strcspn(s, ",");
    if ((bit = format_bit(s, n)) < 0) {
      snprintf(name, sizeof name, "%.*s", (int)n, s);
      pw_unknown(err, "format", name, format_names, NULL);
      return -1;
    }
    f |= bit;
    s += n + (s[n] == ',');
  }
  return f;
}

/* argv[*i], one of names[]: 0, or a usage error. */
static int take(cf_run *r, raw *w, int argc, char **argv, int *i)
{
  const char *a = argv[*i];
  const char **const slots[NFLAGS] = {
    &r->engine_name, &r->host_path, &r->profile, &r->options, &w->formats,
    &r->out_dir, &r->filter, &r->wasm_dir, &r->cases_dir, &w->timeout,
    &r->manifest_path, &r->abi_name, &w->timeout_ms, &r->render
  };
  int rc = pw_flag_of(argc, argv, i, names, slots, NFLAGS);

  if (rc < 0)
    return cf_usage_error("%s needs a value", a);
  if (rc == 0)
    return cf_usage_error("unknown flag '%s'", a);
  return 0;
}

static int check(cf_run *r, const raw *w)
{
  pw_err err;

  r->formats = CF_TAP | CF_JUNIT | CF_JSON | CF_MD;
  if (w->formats != NULL
      && (r->formats = parse_formats(w->formats, &err)) < 0)
    return pw_fail(&err);
  if (r->formats == 0)
    return cf_usage_error("--format: %s", "no format given");
  r->timeout = w->timeout ? atoi(w->timeout) : 30;
  if (r->timeout <= 0)
    return cf_usage_error("--timeout: not a positive number: '%s'",
                          w->timeout);
  if (w->timeout_ms != NULL && pw_budget_parse(w->timeout_ms,
                                               &r->budget_ms) != 0)
    return cf_usage_error("--timeout-ms: not a number of milliseconds: "
                          "'%s'", w->timeout_ms);
  return 0;
}

int cf_parse(cf_run *r, int argc, char **argv)
{
  raw w = {NULL, NULL, NULL};

  for (int i = 2; i < argc; i++) {
    const char *a = argv[i];

    if (strcmp(a, "--help") == 0 || strcmp(a, "-h") == 0) {
      usage(stdout);
      return -1;
    }
    if (strcmp(a, "--no-coverage-gate") == 0)
      r->no_gate = 1;
    else if (take(r, &w, argc, argv, &i) != 0)
      return CF_EXIT_USAGE;
  }
  return check(r, &w);
}
