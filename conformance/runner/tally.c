/*
 * The tally: the profile's expected failures applied, results counted,
 * coverage measured per version against that version's manifest, and the
 * verdict.  Every version that ran is gated: an item no case of that
 * version crossed fails the run, unless the profile says why its host
 * cannot make it cross (`uncoverable`); such an item that crossed after
 * all fails it too, so profiles stay current.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "certify.h"

void cf_case_version_name(const cf_case *c, char *buf, size_t cap)
{
  const char *s = c->bound ? c->bound : c->abi ? c->abi : "";

  snprintf(buf, cap, "%.*s", (int)strcspn(s, " "), s);
}

int cf_ran_with(const cf_case *c, const char *v)
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

/* The cases bound to vc's version: counted, their coverage in vc->seen. */
static void cases_of(const cf_run *r, cf_vcov *vc)
{
  for (size_t i = 0; i < r->ncases; i++) {
    const cf_case *c = &r->cases[i];
    if (!cf_ran_with(c, vc->name))
      continue;
    vc->cases++;
    vc->negatives += c->negative != 0;
    vc->count[c->result]++;
    for (size_t k = 0; k < c->cov.n; k++)
      cf_set_add(&vc->seen, c->cov.s[k]);
  }
}

/* Which items its cases crossed, marked and counted. */
static void hits(cf_vcov *vc)
{
  char key[256];

  for (size_t i = 0; i < vc->nitems; i++) {
    cf_item *it = &vc->items[i];
    /* results are recorded per function: "result\t<fn>" */
    if (strcmp(it->kind, "result") == 0)
      snprintf(key, sizeof key, "result\t%.*s",
               (int)strcspn(it->name, "."), it->name);
    else
      snprintf(key, sizeof key, "%s\t%s", it->kind, it->name);
    it->hit = cf_set_has(&vc->seen, key);
    vc->covered += it->hit != 0;
  }
}

static cf_item *item_named(cf_vcov *vc, const char *item)
{
  size_t n = strcspn(item, " ");

  for (size_t i = 0; i < vc->nitems; i++)
    if (strlen(vc->items[i].kind) == n
        && strncmp(vc->items[i].kind, item, n) == 0
        && item[n] == ' ' && strcmp(vc->items[i].name, item + n + 1) == 0)
      return &vc->items[i];
  return NULL;
}

/* The profile's uncoverable entries for this version, applied. */
static void excuses(cf_run *r, cf_vcov *vc)
{
  for (size_t k = 0; k < r->nexcuses; k++) {
    cf_excuse *e = &r->excuses[k];
    cf_item *it;
    if (e->version != NULL && strcmp(e->version, vc->name) != 0)
      continue;
    if ((it = item_named(vc, e->item)) == NULL)
      continue;
    e->used = 1;
    it->excuse = e->why;
    vc->excused += !it->hit;
    vc->surprises += it->hit != 0;
  }
}

/* Version v, when cases ran with it: its coverage, its gate. */
static int tally_version(cf_run *r, const pw_version *v)
{
  cf_vcov vc = {0};

  vc.name = v->name;
  cases_of(r, &vc);
  if (vc.cases == 0 || cf_load_items(r, v, &vc.items, &vc.nitems) != 0) {
    cf_set_free(&vc.seen);
    return vc.cases == 0 ? 0 : -1;
  }
  hits(&vc);
  excuses(r, &vc);
  r->missing += vc.nitems - vc.covered - vc.excused;
  r->surprises += vc.surprises;
  *(cf_vcov *)cf_grow((void **)&r->vcov, &r->nvcov, sizeof vc) = vc;
  return 0;
}

/* An entry that named no item of a version that ran is a stale profile
   (or a typo): said, and the run fails. */
static int unused_excuses(const cf_run *r)
{
  int bad = 0;

  for (size_t k = 0; k < r->nexcuses; k++) {
    const cf_excuse *e = &r->excuses[k];
    if (e->used || (e->version != NULL && !cf_runs_version(r, e->version)))
      continue;
    fprintf(stderr, "pwabi: profile %s: uncoverable[\"%s%s%s\"]: no such "
            "item in the manifest of %s\n", r->profile,
            e->version ? e->version : "", e->version ? ": " : "", e->item,
            e->version ? e->version : "any version that ran");
    bad = 1;
  }
  return bad && r->filter == NULL ? -1 : 0;
}

int cf_tally(cf_run *r)
{
  count(r);
  for (const pw_version *v = pw_versions; v->name != NULL; v++)
    if (tally_version(r, v) != 0)
      return -1;
  if (unused_excuses(r) != 0)
    return -1;
  r->coverage_gate = r->filter == NULL && !r->no_gate;
  r->passed = r->count[CF_FAIL] == 0 && r->count[CF_XPASS] == 0
              && (!r->coverage_gate || (r->missing == 0
                                        && r->surprises == 0));
  return 0;
}
