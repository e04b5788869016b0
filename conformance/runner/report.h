/*
 * Inside the reports: what the writers of report_*.c share (report.c).
 * The rest of the runner sees cf_write_reports and cf_summary only.
 */
#ifndef PW_REPORT_H
#define PW_REPORT_H

#include <stdio.h>

#include "certify.h"

/* One report format: its --format bit, its file in --out, its writer. */
typedef struct cf_writer {
  int format;
  const char *file;
  void (*write)(const cf_run *r, FILE *f);
} cf_writer;

extern const cf_writer cf_report_tap, cf_report_junit, cf_report_json,
    cf_report_md;

/* Why an XPASS fails, in the summary and in JUnit. */
#define CF_XPASS_WHY "passed, but the profile expects a failure"

/* Results: FAIL and XPASS fail the run; those and XFAIL are "not ok". */
int cf_fails(int result);
int cf_not_ok(int result);
/* The run fails on coverage: a gated run with items no case crossed. */
int cf_coverage_fails(const cf_run *r);

const char *cf_or_empty(const char *s);
double cf_pct(size_t a, size_t b);

/* "step 2 (configure): calls[3]: expected X, observed Y; message" */
void cf_describe(FILE *f, const cf_case *c);

/* Writes s escaped for one format; NULL writes what "" does. */
typedef void cf_put_fn(FILE *f, const char *s);
void cf_put_json(FILE *f, const char *s);  /* quotes included */
/* before, s through put, after. */
void cf_put_between(FILE *f, cf_put_fn *put, const char *before,
                    const char *s, const char *after);
/* All versions' covered and listed items. */
void cf_cov_totals(const cf_run *r, size_t *covered, size_t *items);

/* Items of a version: no case crossed them and the profile does not
   excuse them (CF_MISSING), or the profile excuses them and they crossed
   (CF_SURPRISE). */
enum { CF_MISSING, CF_SURPRISE };
typedef struct cf_put_args {
  cf_put_fn *put;                 /* each "kind name" through put, */
  const char *first, *sep;        /* first before the first, sep between */
  size_t max;                     /* at most max of them */
} cf_put_args;
/* Of version vc, or of every version (vc NULL: "<version> kind name");
   how many it wrote. */
size_t cf_put_items(FILE *f, const cf_run *r, const cf_vcov *vc, int which,
                    const cf_put_args *a);

/* Cases are sorted by id, so an area is a run: the end of the one at i. */
size_t cf_area_end(const cf_run *r, size_t i);
/* Cases i to j by result. */
void cf_count(const cf_run *r, size_t i, size_t j, size_t n[CF_NRESULTS]);

#endif /* PW_REPORT_H */
