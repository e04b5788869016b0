/*
 * junit.xml: a testsuite per area and one for coverage.  FAIL and XPASS
 * are failures, SKIP skipped, XFAIL passes with its reason in system-out.
 */
#include <stdlib.h>

#include "report.h"

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

static void tag(FILE *f, const char *before, const char *s, const char *after)
{
  cf_put_between(f, xml, before, s, after);
}

static char *description(const cf_case *c)
{
  char *buf = NULL;
  size_t n = 0;
  FILE *f = open_memstream(&buf, &n);

  if (f == NULL)
    abort();
  cf_describe(f, c);
  fclose(f);
  return buf;
}

/* How many of counts n fail (cf_fails). */
static size_t failures(const size_t n[CF_NRESULTS])
{
  size_t sum = 0;

  for (int k = 0; k < CF_NRESULTS; k++)
    if (cf_fails(k))
      sum += n[k];
  return sum;
}

/* What goes inside <testcase>: d describes the case. */
static void outcome(FILE *f, const cf_case *c, const char *d)
{
  int xpass = c->result == CF_XPASS;

  if (cf_fails(c->result)) {
    tag(f, "<failure message=\"", xpass ? "XPASS: " CF_XPASS_WHY : d, "\">");
    tag(f, "", xpass ? c->xfail : d, "</failure>");
  } else if (c->result == CF_SKIP) {
    tag(f, "<skipped message=\"", c->message, "\"/>");
  } else if (c->result == CF_XFAIL) {
    tag(f, "<system-out>XFAIL: ", c->xfail, "\n");
    tag(f, "", d, "</system-out>");
  }
}

static void junit_case(FILE *f, const cf_case *c)
{
  char *d = description(c);

  tag(f, "    <testcase classname=\"", c->area, "\" name=\"");
  tag(f, "", c->id, "\">");
  outcome(f, c, d);
  fputs("</testcase>\n", f);
  free(d);
}

/* The area starting at case i; where the next starts. */
static size_t junit_area(const cf_run *r, FILE *f, size_t i)
{
  size_t j = cf_area_end(r, i), n[CF_NRESULTS];

  cf_count(r, i, j, n);
  tag(f, "  <testsuite name=\"", r->cases[i].area, "\"");
  fprintf(f, " tests=\"%zu\" failures=\"%zu\" skipped=\"%zu\">\n", j - i,
          failures(n), n[CF_SKIP]);
  for (; i < j; i++)
    junit_case(f, &r->cases[i]);
  fputs("  </testsuite>\n", f);
  return j;
}

/* The items no case crossed, a line each. */
static void uncovered(const cf_run *r, FILE *f)
{
  cf_put_args a = {xml, "", "\n", (size_t)-1};

  fprintf(f, "<failure message=\"%zu manifest items not covered, %zu "
          "covered that the profile calls uncoverable\">", r->missing,
          r->surprises);
  cf_put_items(f, r, NULL, CF_MISSING, &a);
  a.first = r->missing ? "\n" : "";
  cf_put_items(f, r, NULL, CF_SURPRISE, &a);
  fputs("\n</failure>", f);
}

static void junit_coverage(const cf_run *r, FILE *f)
{
  int fails = cf_coverage_fails(r);

  fprintf(f, "  <testsuite name=\"coverage\" tests=\"1\" failures=\"%d\">\n"
          "    <testcase classname=\"coverage\" name=\"manifest\">", fails);
  if (fails)
    uncovered(r, f);
  fputs("</testcase>\n  </testsuite>\n", f);
}

static void write_junit(const cf_run *r, FILE *f)
{
  fputs("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n", f);
  fprintf(f, "<testsuites name=\"pwabi certify\" tests=\"%zu\" "
          "failures=\"%zu\">\n", r->ncases + 1,
          failures(r->count) + (size_t)cf_coverage_fails(r));
  for (size_t i = 0; i < r->ncases;)
    i = junit_area(r, f, i);
  junit_coverage(r, f);
  fputs("</testsuites>\n", f);
}

const cf_writer cf_report_junit = { CF_JUNIT, "junit.xml", write_junit };
