/*
 * The tally: the profile's expected failures applied, results counted,
 * coverage measured against the manifest, and the verdict.
 */
#include <stdio.h>
#include <string.h>

#include "certify.h"

/* Count the results; `all` gets what every case covered. */
static void count(cf_run *r, cf_set *all)
{
  for (size_t i = 0; i < r->ncases; i++) {
    cf_case *c = &r->cases[i];
    if (c->xfail != NULL && c->result == CF_FAIL)
      c->result = CF_XFAIL;
    else if (c->xfail != NULL && c->result == CF_PASS)
      c->result = CF_XPASS;
    r->count[c->result]++;
    r->negatives += c->negative != 0;
    for (size_t k = 0; k < c->cov.n; k++)
      cf_set_add(all, c->cov.s[k]);
  }
}

/* Which manifest items were covered. */
static void cover(cf_run *r, const cf_set *all)
{
  for (size_t i = 0; i < r->nitems; i++) {
    cf_item *it = &r->items[i];
    char key[256];
    /* results are recorded per function: "result\t<fn>" */
    if (strcmp(it->kind, "result") == 0)
      snprintf(key, sizeof key, "result\t%.*s",
               (int)strcspn(it->name, "."), it->name);
    else
      snprintf(key, sizeof key, "%s\t%s", it->kind, it->name);
    it->hit = cf_set_has(all, key);
    r->covered += it->hit != 0;
  }
}

void cf_tally(cf_run *r)
{
  cf_set all = {0};       /* ends in r->seen */

  count(r, &all);
  cover(r, &all);
  r->seen = all;
  r->coverage_gate = r->filter == NULL && !r->no_gate;
  r->passed = r->count[CF_FAIL] == 0 && r->count[CF_XPASS] == 0
              && (!r->coverage_gate || r->covered == r->nitems);
}
