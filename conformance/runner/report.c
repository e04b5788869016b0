/*
 * The reports of a certification run: TAP, JUnit XML, JSON and the
 * Markdown certificate, and the summary on stdout.  Everything is in case
 * id order; only the certificate carries a date.
 */
#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

#include "certify.h"

static const char *or_empty(const char *s)
{
  return s ? s : "";
}

/* "step 2 (configure): calls[3]: expected X, observed Y; message" */
static void describe(FILE *f, const cf_case *c)
{
  if (c->step)
    fprintf(f, "step %s", c->step);
  if (c->field)
    fprintf(f, ": %s", c->field);
  if (c->expected || c->observed)
    fprintf(f, ": expected %s, observed %s", or_empty(c->expected),
            or_empty(c->observed));
  if (c->message)
    fprintf(f, "%s%s", c->step || c->field ? ": " : "", c->message);
}

static char *description(const cf_case *c)
{
  char *buf = NULL;
  size_t n = 0;
  FILE *f = open_memstream(&buf, &n);

  if (f == NULL)
    abort();
  describe(f, c);
  fclose(f);
  return buf;
}

static int failed(const cf_case *c)
{
  return c->result == CF_FAIL || c->result == CF_XPASS;
}

static double pct(size_t a, size_t b)
{
  return b ? 100.0 * (double)a / (double)b : 100.0;
}

/* --- escaping ----------------------------------------------------------- */

static void xml(FILE *f, const char *s)
{
  for (; s && *s; s++) {
    unsigned char ch = (unsigned char)*s;
    if (*s == '<') fputs("&lt;", f);
    else if (*s == '>') fputs("&gt;", f);
    else if (*s == '&') fputs("&amp;", f);
    else if (*s == '"') fputs("&quot;", f);
    else if (ch < 0x20 && ch != '\n' && ch != '\t') fprintf(f, "&#x%x;", ch);
    else fputc(*s, f);
  }
}

static void json(FILE *f, const char *s)
{
  fputc('"', f);
  for (; s && *s; s++) {
    unsigned char ch = (unsigned char)*s;
    if (*s == '"' || *s == '\\') fprintf(f, "\\%c", *s);
    else if (*s == '\n') fputs("\\n", f);
    else if (ch < 0x20 || ch >= 0x7f) fprintf(f, "\\u%04x", ch);
    else fputc(*s, f);
  }
  fputc('"', f);
}

static void md(FILE *f, const char *s)
{
  for (; s && *s; s++) {
    if (*s == '|' || *s == '`' || *s == '*' || *s == '_' || *s == '<')
      fputc('\\', f);
    fputc(*s == '\n' ? ' ' : *s, f);
  }
}

/* --- TAP ---------------------------------------------------------------- */

static void yaml_line(FILE *f, const char *k, const char *v)
{
  if (v == NULL)
    return;
  fprintf(f, "  %s: ", k);
  json(f, v);
  fputc('\n', f);
}

static void write_tap(const cf_run *r, FILE *f)
{
  fprintf(f, "TAP version 13\n1..%zu\n", r->ncases + 1);
  for (size_t i = 0; i < r->ncases; i++) {
    const cf_case *c = &r->cases[i];
    fprintf(f, "%s %zu - %s", failed(c) || c->result == CF_XFAIL
            ? "not ok" : "ok", i + 1, c->id);
    if (c->result == CF_SKIP)
      fprintf(f, " # SKIP %s", or_empty(c->message));
    else if (c->result == CF_XFAIL)
      fprintf(f, " # TODO %s", c->xfail);
    else if (c->result == CF_XPASS)
      fputs(" (XPASS: the profile expects a failure)", f);
    fputc('\n', f);
    if (c->result == CF_FAIL || c->result == CF_XFAIL) {
      fputs("  ---\n", f);
      yaml_line(f, "step", c->step);
      yaml_line(f, "field", c->field);
      yaml_line(f, "expected", c->expected);
      yaml_line(f, "observed", c->observed);
      yaml_line(f, "message", c->message);
      fputs("  ...\n", f);
    }
  }
  fprintf(f, "%s %zu - coverage: %zu of %zu manifest items%s\n",
          r->covered == r->nitems || !r->coverage_gate ? "ok" : "not ok",
          r->ncases + 1, r->covered, r->nitems,
          r->coverage_gate ? "" : " # SKIP filtered run");
}

/* --- JUnit -------------------------------------------------------------- */

static void write_junit(const cf_run *r, FILE *f)
{
  size_t i = 0, fails = r->count[CF_FAIL] + r->count[CF_XPASS];
  int cov_fail = r->coverage_gate && r->covered != r->nitems;

  fputs("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n", f);
  fprintf(f, "<testsuites name=\"pwabi certify\" tests=\"%zu\" "
          "failures=\"%zu\">\n", r->ncases + 1, fails + (size_t)cov_fail);
  while (i < r->ncases) {
    size_t j = i, n = 0, nf = 0, ns = 0;
    for (; j < r->ncases && strcmp(r->cases[j].area, r->cases[i].area) == 0;
         j++) {
      n++;
      nf += failed(&r->cases[j]);
      ns += r->cases[j].result == CF_SKIP;
    }
    fputs("  <testsuite name=\"", f);
    xml(f, r->cases[i].area);
    fprintf(f, "\" tests=\"%zu\" failures=\"%zu\" skipped=\"%zu\">\n", n,
            nf, ns);
    for (; i < j; i++) {
      const cf_case *c = &r->cases[i];
      char *d = description(c);
      fputs("    <testcase classname=\"", f);
      xml(f, c->area);
      fputs("\" name=\"", f);
      xml(f, c->id);
      fputs("\">", f);
      if (failed(c)) {
        fputs("<failure message=\"", f);
        xml(f, c->result == CF_XPASS ? "XPASS: passed, but the profile "
            "expects a failure" : d);
        fputs("\">", f);
        xml(f, c->result == CF_XPASS ? c->xfail : d);
        fputs("</failure>", f);
      } else if (c->result == CF_SKIP) {
        fputs("<skipped message=\"", f);
        xml(f, c->message);
        fputs("\"/>", f);
      } else if (c->result == CF_XFAIL) {
        fputs("<system-out>XFAIL: ", f);
        xml(f, c->xfail);
        fputs("\n", f);
        xml(f, d);
        fputs("</system-out>", f);
      }
      fputs("</testcase>\n", f);
      free(d);
    }
    fputs("  </testsuite>\n", f);
  }
  fprintf(f, "  <testsuite name=\"coverage\" tests=\"1\" failures=\"%d\">\n"
          "    <testcase classname=\"coverage\" name=\"manifest\">", cov_fail);
  if (cov_fail) {
    fprintf(f, "<failure message=\"%zu of %zu manifest items not covered\">",
            r->nitems - r->covered, r->nitems);
    for (size_t k = 0; k < r->nitems; k++)
      if (!r->items[k].hit) {
        xml(f, r->items[k].kind);
        fputc(' ', f);
        xml(f, r->items[k].name);
        fputc('\n', f);
      }
    fputs("</failure>", f);
  }
  fputs("</testcase>\n  </testsuite>\n</testsuites>\n", f);
}

/* --- JSON --------------------------------------------------------------- */

static void jfield(FILE *f, const char *k, const char *v, int comma)
{
  fprintf(f, "%s\"%s\": ", comma ? ", " : "", k);
  if (v == NULL)
    fputs("null", f);
  else
    json(f, v);
}

static void write_json(const cf_run *r, FILE *f)
{
  fputs("{\n  ", f);
  jfield(f, "host", r->hp->name, 0);
  jfield(f, "host_path", r->host_path, 1);
  jfield(f, "engine", r->engine->name, 1);
  jfield(f, "abi", r->abi->version, 1);
  jfield(f, "profile", r->profile, 1);
  jfield(f, "options", r->options, 1);
  fprintf(f, ",\n  \"passed\": %s,\n  \"counts\": {",
          r->passed ? "true" : "false");
  for (int k = 0; k < CF_NRESULTS; k++)
    fprintf(f, "%s\"%s\": %zu", k ? ", " : "", cf_result_names[k],
            r->count[k]);
  fprintf(f, "},\n  \"negative\": {\"cases\": %zu, \"of\": %zu},\n",
          r->negatives, r->ncases);
  fprintf(f, "  \"coverage\": {\"covered\": %zu, \"items\": %zu, "
          "\"gate\": %s, \"missing\": [", r->covered, r->nitems,
          r->coverage_gate ? "true" : "false");
  for (size_t k = 0, n = 0; k < r->nitems; k++)
    if (!r->items[k].hit) {
      char item[300];
      snprintf(item, sizeof item, "%s %s", r->items[k].kind,
               r->items[k].name);
      fputs(n++ ? ",\n    " : "\n    ", f);
      json(f, item);
    }
  fputs("]},\n  \"cases\": [", f);
  for (size_t i = 0; i < r->ncases; i++) {
    const cf_case *c = &r->cases[i];
    fputs(i ? ",\n    {" : "\n    {", f);
    jfield(f, "id", c->id, 0);
    jfield(f, "result", cf_result_names[c->result], 1);
    jfield(f, "kind", c->kind, 1);
    jfield(f, "class", c->klass, 1);
    fprintf(f, ", \"negative\": %s", c->negative ? "true" : "false");
    jfield(f, "title", c->title, 1);
    jfield(f, "step", c->step, 1);
    jfield(f, "field", c->field, 1);
    jfield(f, "expected", c->expected, 1);
    jfield(f, "observed", c->observed, 1);
    jfield(f, "message", c->message, 1);
    jfield(f, "xfail", c->xfail, 1);
    fputc('}', f);
  }
  fputs("\n  ]\n}\n", f);
}

/* --- the certificate ---------------------------------------------------- */

/* Items "<kind> <prefix>.x": covered ones plain, missing ones struck. */
static void members(FILE *f, const cf_run *r, const char *kind,
                    const char *prefix)
{
  size_t n = strlen(prefix);
  int first = 1;

  for (size_t k = 0; k < r->nitems; k++) {
    const cf_item *it = &r->items[k];
    if (strcmp(it->kind, kind) != 0 || strncmp(it->name, prefix, n) != 0
        || it->name[n] != '.')
      continue;
    fprintf(f, "%s%s%s%s", first ? "" : ", ", it->hit ? "" : "~~",
            it->name + n + 1, it->hit ? "" : "~~");
    first = 0;
  }
  if (first)
    fputs("-", f);
}

/* Statuses a function returned that the spec does not list for it. */
static void outside(FILE *f, const cf_run *r, const char *fn)
{
  char prefix[200];
  size_t n = (size_t)snprintf(prefix, sizeof prefix, "status\t%s.", fn);
  int first = 1;

  for (size_t k = 0; k < r->seen.n; k++) {
    const char *s = r->seen.s[k], *name = s + n;
    int listed = 0;
    if (strncmp(s, prefix, n) != 0)
      continue;
    for (size_t i = 0; i < r->nitems && !listed; i++)
      listed = strcmp(r->items[i].kind, "status") == 0
               && strncmp(r->items[i].name, fn, n - 8) == 0
               && r->items[i].name[n - 8] == '.'
               && strcmp(r->items[i].name + n - 7, name) == 0;
    if (!listed) {
      fprintf(f, "%s%s", first ? "; **outside the spec:** " : ", ", name);
      first = 0;
    }
  }
}

static void date_now(char *buf, size_t cap)
{
  const char *sde = getenv("SOURCE_DATE_EPOCH");
  time_t t = sde ? (time_t)strtoll(sde, NULL, 10) : time(NULL);
  struct tm tm;

  gmtime_r(&t, &tm);
  strftime(buf, cap, "%Y-%m-%d %H:%M UTC", &tm);
}

static void md_functions(const cf_run *r, FILE *f)
{
  char key[200];

  fputs("\n## Host functions\n\n| function | called | cases "
        "(pass/fail) | statuses returned (~~never~~) | params |\n"
        "|---|---|---|---|---|\n", f);
  for (size_t k = 0; k < r->nitems; k++) {
    const cf_item *it = &r->items[k];
    size_t pass = 0, fail = 0;
    if (strcmp(it->kind, "host") != 0)
      continue;
    snprintf(key, sizeof key, "host\t%s", it->name);
    for (size_t i = 0; i < r->ncases; i++)
      if (cf_set_has(&r->cases[i].cov, key)) {
        if (failed(&r->cases[i]) || r->cases[i].result == CF_XFAIL)
          fail++;
        else
          pass++;
      }
    fprintf(f, "| `%s` | %s | %zu/%zu | ", it->name, it->hit ? "yes"
            : "**no**", pass, fail);
    members(f, r, "status", it->name);
    outside(f, r, it->name);
    fputs(" | ", f);
    members(f, r, "param", it->name);
    fputs(" |\n", f);
  }
  fputs("\n## Guest exports\n\n| export | called | params | result |\n"
        "|---|---|---|---|\n", f);
  for (size_t k = 0; k < r->nitems; k++) {
    const cf_item *it = &r->items[k];
    if (strcmp(it->kind, "guest") != 0)
      continue;
    fprintf(f, "| `%s` | %s | ", it->name, it->hit ? "yes" : "**no**");
    members(f, r, "param", it->name);
    fputs(" | ", f);
    members(f, r, "result", it->name);
    fputs(" |\n", f);
  }
  fputs("\n## Types and variants\n\n| type | seen | variants "
        "(~~never~~) |\n|---|---|---|\n", f);
  for (size_t k = 0; k < r->nitems; k++) {
    const cf_item *it = &r->items[k];
    if (strcmp(it->kind, "type") != 0)
      continue;
    fprintf(f, "| `%s` | %s | ", it->name, it->hit ? "yes" : "**no**");
    members(f, r, "variant", it->name);
    fputs(" |\n", f);
  }
}

static void md_kinds(const cf_run *r, FILE *f)
{
  static const char *const kinds[] = {
    "host", "guest", "param", "result", "status", "type", "variant"
  };

  fputs("\n## Coverage\n\n| kind | covered | items | % |\n|---|---|---|---|\n",
        f);
  for (size_t k = 0; k < sizeof kinds / sizeof kinds[0]; k++) {
    size_t n = 0, hit = 0;
    for (size_t i = 0; i < r->nitems; i++)
      if (strcmp(r->items[i].kind, kinds[k]) == 0) {
        n++;
        hit += r->items[i].hit != 0;
      }
    fprintf(f, "| %s | %zu | %zu | %.1f |\n", kinds[k], hit, n,
            pct(hit, n));
  }
  fprintf(f, "| **all** | %zu | %zu | %.1f |\n", r->covered, r->nitems,
          pct(r->covered, r->nitems));
}

static void write_md(const cf_run *r, FILE *f)
{
  char date[64];

  date_now(date, sizeof date);
  fprintf(f, "# Proxy-Wasm conformance certificate\n\n"
          "**%s**: host `%s` (%s) on engine `%s`\n\n"
          "| | |\n|---|---|\n"
          "| host plugin | `%s` |\n| engine | `%s` |\n"
          "| ABI | `%s` (%s) |\n| profile | `%s` — %s |\n"
          "| host options | `%s` |\n| date | %s |\n",
          r->passed ? "CERTIFIED" : "NOT CERTIFIED", r->hp->name,
          r->host_path, r->engine->name, r->hp->name, r->engine->name,
          r->abi->version, r->abi->title, r->profile,
          or_empty(r->profile_title), r->options ? r->options : "(defaults)",
          date);
  fputs("\n## Results\n\n| result | cases |\n|---|---|\n", f);
  for (int k = 0; k < CF_NRESULTS; k++)
    fprintf(f, "| %s | %zu |\n", cf_result_names[k], r->count[k]);
  fprintf(f, "| **total** | %zu |\n\nNegative cases (expecting a non-ok "
          "status, a trap or a non-ok driver result): %zu of %zu (%.0f%%).\n",
          r->ncases, r->negatives, r->ncases, pct(r->negatives, r->ncases));
  fputs("\n## Per area\n\n| area | cases | PASS | FAIL | SKIP | XFAIL | "
        "XPASS |\n|---|---|---|---|---|---|---|\n", f);
  for (size_t i = 0; i < r->ncases;) {
    size_t j = i, n[CF_NRESULTS] = {0};
    for (; j < r->ncases && strcmp(r->cases[j].area, r->cases[i].area) == 0;
         j++)
      n[r->cases[j].result]++;
    fprintf(f, "| %s | %zu | %zu | %zu | %zu | %zu | %zu |\n",
            r->cases[i].area, j - i, n[CF_PASS], n[CF_FAIL], n[CF_SKIP],
            n[CF_XFAIL], n[CF_XPASS]);
    i = j;
  }
  fputs("\n## Cases\n\n| case | kind | class | result | title |\n"
        "|---|---|---|---|---|\n", f);
  for (size_t i = 0; i < r->ncases; i++) {
    const cf_case *c = &r->cases[i];
    fprintf(f, "| `%s` | %s | %s%s | %s | ", c->id, c->kind, c->klass,
            c->negative && strcmp(c->klass, "negative") != 0
            ? " (measured negative)" : "", cf_result_names[c->result]);
    md(f, c->title);
    fputs(" |\n", f);
  }
  fputs("\n## Failures\n\n", f);
  for (size_t i = 0, n = 0; i < r->ncases || n == 0; i++) {
    const cf_case *c;
    if (i >= r->ncases) {
      fputs("None.\n", f);
      break;
    }
    c = &r->cases[i];
    if (!failed(c) && c->result != CF_XFAIL)
      continue;
    n++;
    fprintf(f, "- **%s** `%s`", cf_result_names[c->result], c->id);
    if (c->step)
      fprintf(f, ", step %s", c->step);
    if (c->field)
      fprintf(f, ", `%s`", c->field);
    fputs("\n", f);
    if (c->expected || c->observed) {
      fputs("  - expected: `", f);
      fputs(or_empty(c->expected), f);
      fputs("`\n  - observed: `", f);
      fputs(or_empty(c->observed), f);
      fputs("`\n", f);
    }
    if (c->message) {
      fputs("  - ", f);
      md(f, c->message);
      fputs("\n", f);
    }
    if (c->xfail) {
      fputs("  - profile: ", f);
      md(f, c->xfail);
      fputs("\n", f);
    }
  }
  md_kinds(r, f);
  md_functions(r, f);
}

/* --- files -------------------------------------------------------------- */

static int mkdirs(const char *path)
{
  char buf[PATH_MAX];

  snprintf(buf, sizeof buf, "%s", path);
  for (char *p = buf + 1; *p; p++)
    if (*p == '/') {
      *p = '\0';
      if (mkdir(buf, 0777) != 0 && errno != EEXIST)
        return -1;
      *p = '/';
    }
  return mkdir(buf, 0777) != 0 && errno != EEXIST ? -1 : 0;
}

static int write_one(cf_run *r, const char *dir, const char *name,
                     void (*fn)(const cf_run *, FILE *))
{
  char path[PATH_MAX];
  FILE *f;

  snprintf(path, sizeof path, "%s/%s", dir, name);
  if ((f = fopen(path, "w")) == NULL) {
    fprintf(stderr, "pwabi: %s: %s\n", path, strerror(errno));
    return -1;
  }
  fn(r, f);
  return fclose(f) == 0 ? 0 : -1;
}

static char out_dir[PATH_MAX];

int cf_write_reports(cf_run *r)
{
  if (r->out_dir == NULL) {
    snprintf(out_dir, sizeof out_dir, "build/certify/%s", r->engine->name);
    r->out_dir = out_dir;
  }
  if (mkdirs(r->out_dir) != 0) {
    fprintf(stderr, "pwabi: %s: %s\n", r->out_dir, strerror(errno));
    return -1;
  }
  if (((r->formats & CF_TAP)
       && write_one(r, r->out_dir, "results.tap", write_tap) != 0)
      || ((r->formats & CF_JUNIT)
          && write_one(r, r->out_dir, "junit.xml", write_junit) != 0)
      || ((r->formats & CF_JSON)
          && write_one(r, r->out_dir, "results.json", write_json) != 0)
      || ((r->formats & CF_MD)
          && write_one(r, r->out_dir, "certificate.md", write_md) != 0))
    return -1;
  return 0;
}

void cf_summary(cf_run *r, FILE *f)
{
  size_t missing = r->nitems - r->covered, shown = 0;

  fprintf(f, "pwabi certify: host %s (%s) on %s, profile %s\n",
          r->hp->name, r->abi->version, r->engine->name, r->profile);
  fprintf(f, "  %zu cases:", r->ncases);
  for (int k = 0; k < CF_NRESULTS; k++)
    fprintf(f, " %s %zu%s", cf_result_names[k], r->count[k],
            k + 1 < CF_NRESULTS ? "," : "\n");
  fprintf(f, "  negative: %zu of %zu cases (%.0f%%)\n", r->negatives,
          r->ncases, pct(r->negatives, r->ncases));
  fprintf(f, "  coverage: %zu of %zu manifest items (%.1f%%)%s\n",
          r->covered, r->nitems, pct(r->covered, r->nitems),
          r->coverage_gate ? "" : " (filtered run: not a gate)");
  for (size_t i = 0; i < r->ncases; i++) {
    const cf_case *c = &r->cases[i];
    if (!failed(c))
      continue;
    fprintf(f, "  %s %s: ", cf_result_names[c->result], c->id);
    if (c->result == CF_XPASS)
      fputs("passed, but the profile expects a failure", f);
    else
      describe(f, c);
    fputc('\n', f);
  }
  if (r->coverage_gate && missing > 0) {
    fprintf(f, "  not covered (%zu):", missing);
    for (size_t k = 0; k < r->nitems && shown < 12; k++)
      if (!r->items[k].hit)
        fprintf(f, "%s %s %s", shown++ ? "," : "", r->items[k].kind,
                r->items[k].name);
    fprintf(f, "%s\n", missing > shown ? ", ..." : "");
  }
  fprintf(f, "  reports: %s\n  result: %s\n", r->out_dir,
          r->passed ? "PASS" : "FAIL");
}
