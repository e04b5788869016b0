/*
 * The tally: the profile's expected failures applied, results counted,
 * coverage measured per version against that version's manifest, and the
 * verdict.  Only the run's version is gated (r->items): the suite covers
 * it completely; the others are reported until their cases are written.
 */
#include <stdio.h>
#include <string.h>

#include "certify.h"

void cf_case_version_name(const cf_case *c, char *buf, size_t cap)
{
  const char *s = c->bound ? c->bound : c->abi ? c->abi : "";

  snprintf(buf, cap, "%.*s", (int)strcspn(s, " "), s);
}

static int ran_with(const cf_case *c, const char *v)
{
  char name[64];

  cf_case_version_name(c, name, sizeof name);
  return strcmp(name, v) == 0;
}

/* Count the results. */
static void count(cf_run *r)
{
  for (size_t i = 0; i < r->ncases; i++) {
    cf_case *c = &r->cases[i];
    if (c->xfail != NULL && c->result == CF_FAIL)
      c->result = CF_XFAIL;
    else if (c->xfail != NULL && c->result == CF_PASS)
      c->result = CF_XPASS;
    r->count[c->result]++;
    r->negatives += c->negative != 0;
  }
}

/* What the cases bound to version v covered, into all; how many cases. */
static size_t covered_by(const cf_run *r, const char *v, cf_set *all)
{
  size_t n = 0;

  for (size_t i = 0; i < r->ncases; i++)
    if (ran_with(&r->cases[i], v)) {
      n++;
      for (size_t k = 0; k < r->cases[i].cov.n; k++)
        cf_set_add(all, r->cases[i].cov.s[k]);
    }
  return n;
}

/* Which items are in all, marked; how many. */
static size_t hits(cf_item *items, size_t n, const cf_set *all)
{
  size_t hit = 0;
  char key[256];

  for (size_t i = 0; i < n; i++) {
    cf_item *it = &items[i];
    /* results are recorded per function: "result\t<fn>" */
    if (strcmp(it->kind, "result") == 0)
      snprintf(key, sizeof key, "result\t%.*s",
               (int)strcspn(it->name, "."), it->name);
    else
      snprintf(key, sizeof key, "%s\t%s", it->kind, it->name);
    it->hit = cf_set_has(all, key);
    hit += it->hit != 0;
  }
  return hit;
}

static void add_vcov(cf_run *r, const char *v, size_t cases, size_t hit,
                     size_t n)
{
  cf_vcov *vc = cf_grow((void **)&r->vcov, &r->nvcov, sizeof *vc);

  vc->name = v;
  vc->cases = cases;
  vc->covered = hit;
  vc->nitems = n;
  vc->gated = r->items != NULL && strcmp(v, r->abi->version) == 0;
}

/* The run's version: r->items, r->seen (for the reports), the gate. */
static void gated_version(cf_run *r, const char *v)
{
  size_t cases = covered_by(r, v, &r->seen);

  r->covered = hits(r->items, r->nitems, &r->seen);
  add_vcov(r, v, cases, r->covered, r->nitems);
}

/* Another version that ran: its own manifest, reported only. */
static void other_version(cf_run *r, const pw_version *v)
{
  cf_set all = {0};
  cf_item *items = NULL;
  size_t n = 0, cases = covered_by(r, v->name, &all);

  if (cases > 0 && cf_load_items(r, v, &items, &n) == 0)
    add_vcov(r, v->name, cases, hits(items, n, &all), n);
  cf_free_items(items, n);
  cf_set_free(&all);
}

void cf_tally(cf_run *r)
{
  count(r);
  for (const pw_version *v = pw_versions; v->name != NULL; v++)
    if (strcmp(v->name, r->abi->version) == 0)
      gated_version(r, v->name);
    else
      other_version(r, v);
  r->coverage_gate = r->filter == NULL && !r->no_gate;
  r->passed = r->count[CF_FAIL] == 0 && r->count[CF_XPASS] == 0
              && (!r->coverage_gate || r->covered == r->nitems);
}
