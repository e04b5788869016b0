/*
 * results.tap: TAP version 13, a test per case and one for coverage; a
 * failure's details in a YAML block, XFAIL as TODO; the version the
 * case's module was bound with as a diagnostic ("# abi: ...").
 */
#include "report.h"

static void yaml_line(FILE *f, const char *k, const char *v)
{
  if (v == NULL)
    return;
  fprintf(f, "  %s: ", k);
  cf_put_json(f, v);
  fputc('\n', f);
}

static void yaml_block(FILE *f, const cf_case *c)
{
  fputs("  ---\n", f);
  yaml_line(f, "step", c->step);
  yaml_line(f, "field", c->field);
  yaml_line(f, "expected", c->expected);
  yaml_line(f, "observed", c->observed);
  yaml_line(f, "message", c->message);
  fputs("  ...\n", f);
}

static void tap_case(FILE *f, const cf_case *c, size_t n)
{
  fprintf(f, "%s %zu - %s", cf_not_ok(c->result) ? "not ok" : "ok", n,
          c->id);
  if (c->result == CF_SKIP)
    fprintf(f, " # SKIP %s", cf_or_empty(c->message));
  else if (c->result == CF_XFAIL)
    fprintf(f, " # TODO %s", c->xfail);
  else if (c->result == CF_XPASS)
    fputs(" (XPASS: the profile expects a failure)", f);
  fputc('\n', f);
  if (c->result == CF_FAIL || c->result == CF_XFAIL)
    yaml_block(f, c);
  if (c->bound != NULL)
    fprintf(f, "# abi: %s\n", c->bound);
}

static void write_tap(const cf_run *r, FILE *f)
{
  size_t covered, items;

  cf_cov_totals(r, &covered, &items);
  fprintf(f, "TAP version 13\n1..%zu\n", r->ncases + 1);
  for (size_t i = 0; i < r->ncases; i++)
    tap_case(f, &r->cases[i], i + 1);
  fprintf(f, "%s %zu - coverage: %zu of %zu manifest items of %zu "
          "versions%s\n", cf_coverage_fails(r) ? "not ok" : "ok",
          r->ncases + 1, covered, items, r->nvcov,
          r->coverage_gate ? "" : " # SKIP not gated");
}

const cf_writer cf_report_tap = { CF_TAP, "results.tap", write_tap };
