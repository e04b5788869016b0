/*
 * The reports of a certification run, and the summary on stdout.  One file
 * per format (report_tap.c, report_junit.c, report_json.c, report_md.c);
 * here what they share, the summary, and writing the files.  Everything is
 * in case id order; only the certificate carries a date.
 */
#include <errno.h>
#include <limits.h>
#include <string.h>
#include <sys/stat.h>

#include "report.h"

/* --- results ------------------------------------------------------------ */

int cf_fails(int result)
{
  return result == CF_FAIL || result == CF_XPASS;
}

int cf_not_ok(int result)
{
  return cf_fails(result) || result == CF_XFAIL;
}

int cf_coverage_fails(const cf_run *r)
{
  return r->coverage_gate && (r->missing != 0 || r->surprises != 0);
}

void cf_cov_totals(const cf_run *r, size_t *covered, size_t *items)
{
  *covered = *items = 0;
  for (size_t k = 0; k < r->nvcov; k++) {
    *covered += r->vcov[k].covered;
    *items += r->vcov[k].nitems;
  }
}

const char *cf_or_empty(const char *s)
{
  return s ? s : "";
}

double cf_pct(size_t a, size_t b)
{
  return b ? 100.0 * (double)a / (double)b : 100.0;
}

void cf_describe(FILE *f, const cf_case *c)
{
  if (c->step)
    fprintf(f, "step %s", c->step);
  if (c->field)
    fprintf(f, ": %s", c->field);
  if (c->expected || c->observed)
    fprintf(f, ": expected %s, observed %s", cf_or_empty(c->expected),
            cf_or_empty(c->observed));
  if (c->message)
    fprintf(f, "%s%s", c->step || c->field ? ": " : "", c->message);
}

/* --- writing ------------------------------------------------------------ */

void cf_put_json(FILE *f, const char *s)
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

static void put_plain(FILE *f, const char *s)
{
  fputs(cf_or_empty(s), f);
}

void cf_put_between(FILE *f, cf_put_fn *put, const char *before,
                    const char *s, const char *after)
{
  fputs(before, f);
  put(f, s);
  fputs(after, f);
}

static int wanted(const cf_item *it, int which)
{
  return which == CF_MISSING ? !it->hit && it->excuse == NULL
                             : it->hit && it->excuse != NULL;
}

/* Version vc's wanted items; n counts what was written. */
static void put_items(FILE *f, const cf_vcov *vc, int which, int named,
                      const cf_put_args *a, size_t *n)
{
  char item[300];

  for (size_t k = 0; k < vc->nitems && *n < a->max; k++) {
    const cf_item *it = &vc->items[k];
    if (!wanted(it, which))
      continue;
    snprintf(item, sizeof item, "%s%s%s %s", named ? vc->name : "",
             named ? " " : "", it->kind, it->name);
    fputs((*n)++ ? a->sep : a->first, f);
    a->put(f, item);
  }
}

size_t cf_put_items(FILE *f, const cf_run *r, const cf_vcov *vc, int which,
                    const cf_put_args *a)
{
  size_t n = 0;

  if (vc != NULL)
    put_items(f, vc, which, 0, a, &n);
  else
    for (size_t k = 0; k < r->nvcov; k++)
      put_items(f, &r->vcov[k], which, 1, a, &n);
  return n;
}

/* --- iteration ---------------------------------------------------------- */

size_t cf_area_end(const cf_run *r, size_t i)
{
  size_t j = i;

  while (j < r->ncases && strcmp(r->cases[j].area, r->cases[i].area) == 0)
    j++;
  return j;
}

void cf_count(const cf_run *r, size_t i, size_t j, size_t n[CF_NRESULTS])
{
  memset(n, 0, CF_NRESULTS * sizeof n[0]);
  for (; i < j; i++)
    n[r->cases[i].result]++;
}

/* --- files -------------------------------------------------------------- */

static const cf_writer *const writers[] = {
  &cf_report_tap, &cf_report_junit, &cf_report_json, &cf_report_md
};

static int failure(const char *path)
{
  fprintf(stderr, "pwabi: %s: %s\n", path, strerror(errno));
  return -1;
}

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

static int write_one(const cf_run *r, const cf_writer *w)
{
  char path[PATH_MAX];
  FILE *f;

  snprintf(path, sizeof path, "%s/%s", r->out_dir, w->file);
  if ((f = fopen(path, "w")) == NULL)
    return failure(path);
  w->write(r, f);
  return fclose(f) == 0 ? 0 : -1;
}

int cf_write_reports(cf_run *r)
{
  static char out_dir[PATH_MAX];

  if (r->out_dir == NULL) {
    snprintf(out_dir, sizeof out_dir, "build/certify/%s", r->engine->name);
    r->out_dir = out_dir;
  }
  if (mkdirs(r->out_dir) != 0)
    return failure(r->out_dir);
  for (size_t k = 0; k < sizeof writers / sizeof writers[0]; k++)
    if ((r->formats & writers[k]->format) && write_one(r, writers[k]) != 0)
      return -1;
  return 0;
}

/* --- the summary -------------------------------------------------------- */

static void summary_failures(const cf_run *r, FILE *f)
{
  for (size_t i = 0; i < r->ncases; i++) {
    const cf_case *c = &r->cases[i];
    if (!cf_fails(c->result))
      continue;
    fprintf(f, "  %s %s: ", cf_result_names[c->result], c->id);
    if (c->result == CF_XPASS)
      fputs(CF_XPASS_WHY, f);
    else
      cf_describe(f, c);
    fputc('\n', f);
  }
}

/* The first dozen: the reports name them all. */
static void summary_items(const cf_run *r, FILE *f, int which, size_t n)
{
  cf_put_args a = {put_plain, " ", ", ", 12};
  size_t shown;

  fprintf(f, "  %s (%zu):", which == CF_MISSING ? "not covered"
          : "covered, though the profile calls them uncoverable", n);
  shown = cf_put_items(f, r, NULL, which, &a);
  fprintf(f, "%s\n", n > shown ? ", ..." : "");
}

/* Coverage of each version that ran, each gated. */
static void summary_versions(const cf_run *r, FILE *f)
{
  fputs("  per version (cases, negative, coverage of its own manifest):\n",
        f);
  for (size_t k = 0; k < r->nvcov; k++) {
    const cf_vcov *v = &r->vcov[k];
    fprintf(f, "    %s: %zu cases (PASS %zu), %zu negative (%.0f%%), "
            "coverage %zu of %zu (%.1f%%)", v->name, v->cases,
            v->count[CF_PASS], v->negatives, cf_pct(v->negatives, v->cases),
            v->covered, v->nitems, cf_pct(v->covered, v->nitems));
    if (v->excused > 0)
      fprintf(f, ", %zu excused by the profile", v->excused);
    fputc('\n', f);
  }
}

/* Why the run failed: each reason, in a few words. */
static void summary_why(const cf_run *r, FILE *f)
{
  const char *sep = " (";

  if (r->count[CF_FAIL] > 0) {
    fprintf(f, "%s%zu failing cases", sep, r->count[CF_FAIL]);
    sep = "; ";
  }
  if (r->count[CF_XPASS] > 0) {
    fprintf(f, "%s%zu XPASS: the profile expects failures that did not "
            "happen", sep, r->count[CF_XPASS]);
    sep = "; ";
  }
  if (cf_coverage_fails(r) && r->count[CF_FAIL] + r->count[CF_XPASS] == 0) {
    fputs(" (every case passed; the coverage gate alone", f);
    sep = ": ";
  }
  if (r->coverage_gate && r->missing > 0) {
    fprintf(f, "%s%zu manifest items no case made cross; if the host "
            "cannot, the profile says so in `uncoverable`", sep,
            r->missing);
    sep = "; ";
  }
  if (r->coverage_gate && r->surprises > 0)
    fprintf(f, "%s%zu items crossed that the profile calls uncoverable",
            sep, r->surprises);
  fputc(')', f);
}

void cf_summary(cf_run *r, FILE *f)
{
  size_t covered, items;

  cf_cov_totals(r, &covered, &items);
  fprintf(f, "pwabi certify: host %s (serves %s) on %s, profile %s\n",
          r->hp->name, pw_plugin_served(r->hp), r->engine->name,
          r->profile);
  fprintf(f, "  %zu cases:", r->ncases);
  for (int k = 0; k < CF_NRESULTS; k++)
    fprintf(f, " %s %zu%s", cf_result_names[k], r->count[k],
            k + 1 < CF_NRESULTS ? "," : "\n");
  fprintf(f, "  negative: %zu of %zu cases (%.0f%%)\n", r->negatives,
          r->ncases, cf_pct(r->negatives, r->ncases));
  fprintf(f, "  coverage: %zu of %zu manifest items (%.1f%%)%s\n",
          covered, items, cf_pct(covered, items),
          r->coverage_gate ? "" : " (not a gate: filtered or "
          "--no-coverage-gate)");
  summary_versions(r, f);
  summary_failures(r, f);
  if (cf_coverage_fails(r) && r->missing > 0)
    summary_items(r, f, CF_MISSING, r->missing);
  if (cf_coverage_fails(r) && r->surprises > 0)
    summary_items(r, f, CF_SURPRISE, r->surprises);
  fprintf(f, "  reports: %s\n  result: %s", r->out_dir,
          r->passed ? "PASS" : "FAIL");
  if (!r->passed)
    summary_why(r, f);
  fputc('\n', f);
}
