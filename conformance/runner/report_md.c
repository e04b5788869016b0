/*
 * certificate.md, for people: the verdict, results per area, per version
 * and area, and per case, the failures, then coverage per kind, per
 * version and per function, with what was never crossed struck out.
 * The only report with a date.
 */
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "report.h"

static void md(FILE *f, const char *s)
{
  for (; s && *s; s++) {
    if (*s == '|' || *s == '`' || *s == '*' || *s == '_' || *s == '<')
      fputc('\\', f);
    fputc(*s == '\n' ? ' ' : *s, f);
  }
}

/* SOURCE_DATE_EPOCH, for reproducible certificates. */
static void date_now(char *buf, size_t cap)
{
  const char *sde = getenv("SOURCE_DATE_EPOCH");
  time_t t = sde ? (time_t)strtoll(sde, NULL, 10) : time(NULL);
  struct tm tm;

  gmtime_r(&t, &tm);
  strftime(buf, cap, "%Y-%m-%d %H:%M UTC", &tm);
}

/* --- the run ------------------------------------------------------------ */

/* "`v0_1_0` (Proxy-Wasm ABI 0.1.0), ...": the versions that ran. */
static void md_abis(const cf_run *r, FILE *f)
{
  fputs("| ABI versions | ", f);
  for (size_t k = 0; k < r->nvcov; k++)
    fprintf(f, "%s`%s` (%s)", k ? ", " : "", r->vcov[k].name,
            pw_version_by_name(r->vcov[k].name)->abi->title);
  fputs(r->nvcov ? " |\n" : "none |\n", f);
}

static void md_head(const cf_run *r, FILE *f)
{
  char date[64];

  date_now(date, sizeof date);
  fprintf(f, "# Proxy-Wasm conformance certificate\n\n"
          "**%s**: host `%s` (%s) on engine `%s`\n\n"
          "| | |\n|---|---|\n"
          "| host plugin | `%s` |\n| engine | `%s` |\n",
          r->passed ? "CERTIFIED" : "NOT CERTIFIED", r->hp->name,
          r->host_path, r->engine->name, r->hp->name, r->engine->name);
  md_abis(r, f);
  fprintf(f, "| profile | `%s` — %s |\n| host options | `%s` |\n"
          "| date | %s |\n", r->profile, cf_or_empty(r->profile_title),
          r->options ? r->options : "(defaults)", date);
}

static void md_results(const cf_run *r, FILE *f)
{
  fputs("\n## Results\n\n| result | cases |\n|---|---|\n", f);
  for (int k = 0; k < CF_NRESULTS; k++)
    fprintf(f, "| %s | %zu |\n", cf_result_names[k], r->count[k]);
  fprintf(f, "| **total** | %zu |\n\nNegative cases (expecting a non-ok "
          "status, a trap or a non-ok driver result): %zu of %zu (%.0f%%).\n",
          r->ncases, r->negatives, r->ncases,
          cf_pct(r->negatives, r->ncases));
}

static void md_areas(const cf_run *r, FILE *f)
{
  size_t j, n[CF_NRESULTS];

  fputs("\n## Per area\n\n| area | cases | PASS | FAIL | SKIP | XFAIL | "
        "XPASS |\n|---|---|---|---|---|---|---|\n", f);
  for (size_t i = 0; i < r->ncases; i = j) {
    j = cf_area_end(r, i);
    cf_count(r, i, j, n);
    fprintf(f, "| %s | %zu | %zu | %zu | %zu | %zu | %zu |\n",
            r->cases[i].area, j - i, n[CF_PASS], n[CF_FAIL], n[CF_SKIP],
            n[CF_XFAIL], n[CF_XPASS]);
  }
}

/* Cases i to j that ran with version v: passed, all. */
static void version_count(const cf_run *r, size_t i, size_t j, const char *v,
                          size_t n[2])
{
  n[0] = n[1] = 0;
  for (size_t k = i; k < j; k++)
    if (cf_ran_with(&r->cases[k], v)) {
      n[0] += r->cases[k].result == CF_PASS;
      n[1]++;
    }
}

static void md_matrix_row(const cf_run *r, FILE *f, size_t i, size_t j)
{
  size_t n[2];

  fprintf(f, "| %s |", r->cases[i].area);
  for (size_t k = 0; k < r->nvcov; k++) {
    version_count(r, i, j, r->vcov[k].name, n);
    if (n[1] == 0)
      fputs(" - |", f);
    else
      fprintf(f, " %s%zu/%zu%s |", n[0] < n[1] ? "**" : "", n[0], n[1],
              n[0] < n[1] ? "**" : "");
  }
  fputc('\n', f);
}

/* Version x area: cases passed / run. */
static void md_matrix(const cf_run *r, FILE *f)
{
  fputs("\n## Per version and area\n\nCases passed / run with each "
        "version.\n\n| area |", f);
  for (size_t k = 0; k < r->nvcov; k++)
    fprintf(f, " %s |", r->vcov[k].name);
  fputs("\n|---|", f);
  for (size_t k = 0; k < r->nvcov; k++)
    fputs("---|", f);
  fputc('\n', f);
  for (size_t i = 0, j; i < r->ncases; i = j) {
    j = cf_area_end(r, i);
    md_matrix_row(r, f, i, j);
  }
}

static void md_cases(const cf_run *r, FILE *f)
{
  fputs("\n## Cases\n\n| case | kind | class | result | title |\n"
        "|---|---|---|---|---|\n", f);
  for (size_t i = 0; i < r->ncases; i++) {
    const cf_case *c = &r->cases[i];
    fprintf(f, "| `%s` | %s | %s%s | %s | ", c->id, c->kind, c->klass,
            c->negative && strcmp(c->klass, "negative") != 0
            ? " (measured negative)" : "", cf_result_names[c->result]);
    cf_put_between(f, md, "", c->title, " |\n");
  }
}

/* "  - lead s", where there is an s */
static void md_note(FILE *f, const char *lead, const char *s)
{
  if (s)
    cf_put_between(f, md, lead, s, "\n");
}

static void md_failure(FILE *f, const cf_case *c)
{
  fprintf(f, "- **%s** `%s`", cf_result_names[c->result], c->id);
  if (c->step)
    fprintf(f, ", step %s", c->step);
  if (c->field)
    fprintf(f, ", `%s`", c->field);
  fputs("\n", f);
  if (c->expected || c->observed)
    fprintf(f, "  - expected: `%s`\n  - observed: `%s`\n",
            cf_or_empty(c->expected), cf_or_empty(c->observed));
  md_note(f, "  - ", c->message);
  md_note(f, "  - profile: ", c->xfail);
}

static void md_failures(const cf_run *r, FILE *f)
{
  size_t n = 0;

  fputs("\n## Failures\n\n", f);
  for (size_t i = 0; i < r->ncases; i++)
    if (cf_not_ok(r->cases[i].result)) {
      md_failure(f, &r->cases[i]);
      n++;
    }
  if (n == 0)
    fputs("None.\n", f);
}

/* --- differences from spec-strict ------------------------------------- */

static void md_diff_cases(const cf_run *r, FILE *f)
{
  for (size_t i = 0; i < r->ncases; i++) {
    const cf_case *c = &r->cases[i];
    if (c->xfail == NULL)
      continue;
    fprintf(f, "| `%s` | %s | ", c->id, cf_result_names[c->result]);
    cf_put_between(f, md, "", c->xfail, " |\n");
  }
}

static void md_diff_items(const cf_run *r, FILE *f)
{
  for (size_t k = 0; k < r->nvcov; k++)
    for (size_t i = 0; i < r->vcov[k].nitems; i++) {
      const cf_item *it = &r->vcov[k].items[i];
      if (it->excuse == NULL)
        continue;
      fprintf(f, "| `%s %s %s` | %s | ", r->vcov[k].name, it->kind,
              it->name, it->hit ? "**covered**" : "excused");
      cf_put_between(f, md, "", it->excuse, " |\n");
    }
}

/* What this profile allows that spec-strict does not. */
static void md_differences(const cf_run *r, FILE *f)
{
  fputs("\n## Differences from spec-strict\n\n", f);
  if (r->strict) {
    fputs("None: this is a spec-strict run.\n", f);
    return;
  }
  fprintf(f, "Host options: `%s`.\n\nCases the profile expects to fail:\n\n"
          "| case | result | reason |\n|---|---|---|\n",
          r->options ? r->options : "(defaults)");
  md_diff_cases(r, f);
  fputs("\nItems the profile says its host cannot make cross:\n\n"
        "| item | | reason |\n|---|---|---|\n", f);
  md_diff_items(r, f);
}

/* --- coverage ----------------------------------------------------------- */

/* "<prefix>.<rest>": rest; else NULL. */
static const char *member(const char *name, const char *prefix)
{
  size_t n = strlen(prefix);

  return strncmp(name, prefix, n) == 0 && name[n] == '.' ? name + n + 1
                                                          : NULL;
}

/* Items "<kind> <prefix>.x": covered ones plain, missing ones struck
   (excused ones in italics); then end. */
static void members(FILE *f, const cf_vcov *v, const char *kind,
                    const char *prefix, const char *end)
{
  const char *sep = "";

  for (size_t k = 0; k < v->nitems; k++) {
    const cf_item *it = &v->items[k];
    const char *m = member(it->name, prefix),
               *mark = it->hit ? "" : it->excuse ? "_" : "~~";
    if (m == NULL || strcmp(it->kind, kind) != 0)
      continue;
    fprintf(f, "%s%s%s%s", sep, mark, m, mark);
    sep = ", ";
  }
  if (*sep == '\0')
    fputs("-", f);
  fputs(end, f);
}

/* Does the manifest list status for host function fn? */
static int listed(const cf_vcov *v, const char *fn, const char *status)
{
  for (size_t k = 0; k < v->nitems; k++) {
    const char *m = member(v->items[k].name, fn);
    if (m && strcmp(v->items[k].kind, "status") == 0
        && strcmp(m, status) == 0)
      return 1;
  }
  return 0;
}

/* Statuses a function returned that the spec does not list for it. */
static void outside(FILE *f, const cf_vcov *v, const char *fn)
{
  const char *sep = "; **outside the spec:** ";

  for (size_t k = 0; k < v->seen.n; k++) {
    const char *s = v->seen.s[k], *status;
    if (strncmp(s, "status\t", 7) != 0
        || (status = member(s + 7, fn)) == NULL || listed(v, fn, status))
      continue;
    fprintf(f, "%s%s", sep, status);
    sep = ", ";
  }
}

static void md_kinds(const cf_vcov *v, FILE *f)
{
  static const char *const kinds[] = {
    "host", "guest", "param", "result", "status", "type", "variant"
  };

  fputs("| kind | covered | items | % |\n|---|---|---|---|\n", f);
  for (size_t k = 0; k < sizeof kinds / sizeof kinds[0]; k++) {
    size_t n = 0, hit = 0;
    for (size_t i = 0; i < v->nitems; i++)
      if (strcmp(v->items[i].kind, kinds[k]) == 0) {
        n++;
        hit += v->items[i].hit != 0;
      }
    fprintf(f, "| %s | %zu | %zu | %.1f |\n", kinds[k], hit, n,
            cf_pct(hit, n));
  }
  fprintf(f, "| **all** | %zu | %zu | %.1f |\n", v->covered, v->nitems,
          cf_pct(v->covered, v->nitems));
}

/* Each version against its own manifest, each gated. */
static void md_versions(const cf_run *r, FILE *f)
{
  fputs("\n## Coverage per version\n\nEach version's cases against its "
        "own manifest (`generated/<version>/manifest.tsv`); every item "
        "must cross unless the profile excuses it.\n\n"
        "| version | cases | negative | covered | excused | items | % |\n"
        "|---|---|---|---|---|---|---|\n", f);
  for (size_t k = 0; k < r->nvcov; k++) {
    const cf_vcov *v = &r->vcov[k];
    fprintf(f, "| %s | %zu | %zu (%.0f%%) | %zu | %zu | %zu | %.1f |\n",
            v->name, v->cases, v->negatives, cf_pct(v->negatives, v->cases),
            v->covered, v->excused, v->nitems,
            cf_pct(v->covered + v->excused, v->nitems));
  }
}

/* --- per function: a table of the items of one kind --------------------- */

typedef void row_fn(const cf_run *r, const cf_vcov *v, FILE *f,
                    const cf_item *it);

static void md_table(const cf_run *r, const cf_vcov *v, FILE *f,
                     const char *head, const char *kind, row_fn *row)
{
  fputs(head, f);
  for (size_t k = 0; k < v->nitems; k++)
    if (strcmp(v->items[k].kind, kind) == 0)
      row(r, v, f, &v->items[k]);
}

/* "| `name` | yes | " */
static void name_cells(FILE *f, const cf_item *it)
{
  fprintf(f, "| `%s` | %s | ", it->name, it->hit ? "yes" : it->excuse
          ? "excused" : "**no**");
}

/* "pass/fail": the cases of version v that called it, by outcome. */
static void host_cases(const cf_run *r, const cf_vcov *v, FILE *f,
                       const char *fn)
{
  char key[200];
  size_t n[2] = {0};

  snprintf(key, sizeof key, "host\t%s", fn);
  for (size_t i = 0; i < r->ncases; i++)
    if (cf_ran_with(&r->cases[i], v->name)
        && cf_set_has(&r->cases[i].cov, key))
      n[cf_not_ok(r->cases[i].result)]++;
  fprintf(f, "%zu/%zu | ", n[0], n[1]);
}

static void host_row(const cf_run *r, const cf_vcov *v, FILE *f,
                     const cf_item *it)
{
  name_cells(f, it);
  host_cases(r, v, f, it->name);
  members(f, v, "status", it->name, "");
  outside(f, v, it->name);
  fputs(" | ", f);
  members(f, v, "param", it->name, " |\n");
}

static void guest_row(const cf_run *r, const cf_vcov *v, FILE *f,
                      const cf_item *it)
{
  (void)r;
  name_cells(f, it);
  members(f, v, "param", it->name, " | ");
  members(f, v, "result", it->name, " |\n");
}

static void type_row(const cf_run *r, const cf_vcov *v, FILE *f,
                     const cf_item *it)
{
  (void)r;
  name_cells(f, it);
  members(f, v, "variant", it->name, " |\n");
}

/* One version's coverage: per kind, per function, per type. */
static void md_version(const cf_run *r, const cf_vcov *v, FILE *f)
{
  fprintf(f, "\n## Coverage of %s\n\n", v->name);
  md_kinds(v, f);
  md_table(r, v, f, "\n### Host functions\n\n| function | called | cases "
           "(pass/fail) | statuses returned (~~never~~, _excused_) | "
           "params |\n|---|---|---|---|---|\n", "host", host_row);
  md_table(r, v, f, "\n### Guest exports\n\n| export | called | params | "
           "result |\n|---|---|---|---|\n", "guest", guest_row);
  md_table(r, v, f, "\n### Types and variants\n\n| type | seen | variants "
           "(~~never~~, _excused_) |\n|---|---|---|\n", "type", type_row);
}

static void write_md(const cf_run *r, FILE *f)
{
  md_head(r, f);
  md_results(r, f);
  md_areas(r, f);
  md_matrix(r, f);
  md_versions(r, f);
  md_differences(r, f);
  md_cases(r, f);
  md_failures(r, f);
  for (size_t k = 0; k < r->nvcov; k++)
    md_version(r, &r->vcov[k], f);
}

const cf_writer cf_report_md = { CF_MD, "certificate.md", write_md };
