/*
 * results.json: the run, its counts and coverage, then every case with
 * what its failure said (null where nothing).  No dates: two runs compare.
 */
#include "report.h"

static const char *jbool(int b)
{
  return b ? "true" : "false";
}

/* "k": v, after ", " unless first */
static void jfield(FILE *f, const char *k, const char *v, int first)
{
  fprintf(f, "%s\"%s\": ", first ? "" : ", ", k);
  if (v == NULL)
    fputs("null", f);
  else
    cf_put_json(f, v);
}

static void json_run(const cf_run *r, FILE *f)
{
  jfield(f, "host", r->hp->name, 1);
  jfield(f, "host_path", r->host_path, 0);
  jfield(f, "engine", r->engine->name, 0);
  jfield(f, "serves", pw_plugin_served(r->hp), 0);
  jfield(f, "profile", r->profile, 0);
  jfield(f, "options", r->options, 0);
  fprintf(f, ",\n  \"passed\": %s,\n  \"counts\": {", jbool(r->passed));
  for (int k = 0; k < CF_NRESULTS; k++)
    fprintf(f, "%s\"%s\": %zu", k ? ", " : "", cf_result_names[k],
            r->count[k]);
  fprintf(f, "},\n  \"negative\": {\"cases\": %zu, \"of\": %zu},\n",
          r->negatives, r->ncases);
}

/* Items of one version (vc) or all, as a JSON list. */
static void json_items(FILE *f, const cf_run *r, const cf_vcov *vc,
                       int which, const char *indent)
{
  char sep[32];
  cf_put_args a = {cf_put_json, indent, sep, (size_t)-1};

  snprintf(sep, sizeof sep, ",%s", indent);
  fputc('[', f);
  cf_put_items(f, r, vc, which, &a);
  fputc(']', f);
}

static void json_excuses(FILE *f, const cf_vcov *vc)
{
  const char *sep = "";

  fputs(", \"excused\": {", f);
  for (size_t k = 0; k < vc->nitems; k++)
    if (vc->items[k].excuse != NULL && !vc->items[k].hit) {
      fprintf(f, "%s\n        \"%s %s\": ", sep, vc->items[k].kind,
              vc->items[k].name);
      cf_put_json(f, vc->items[k].excuse);
      sep = ",";
    }
  fputc('}', f);
}

static void json_version(FILE *f, const cf_run *r, const cf_vcov *vc)
{
  fprintf(f, "{\"version\": \"%s\", \"cases\": %zu, \"passed\": %zu, "
          "\"negative\": %zu, \"covered\": %zu, \"items\": %zu,\n"
          "      \"missing\": ", vc->name, vc->cases, vc->count[CF_PASS],
          vc->negatives, vc->covered, vc->nitems);
  json_items(f, r, vc, CF_MISSING, "\n        ");
  json_excuses(f, vc);
  fputs(", \"surprises\": ", f);
  json_items(f, r, vc, CF_SURPRISE, "\n        ");
  fputc('}', f);
}

/* Totals, every version's missing items ("<version> kind name"), then
   each version. */
static void json_coverage(const cf_run *r, FILE *f)
{
  size_t covered, items;

  cf_cov_totals(r, &covered, &items);
  fprintf(f, "  \"coverage\": {\"covered\": %zu, \"items\": %zu, "
          "\"gate\": %s, \"missing\": ", covered, items,
          jbool(r->coverage_gate));
  json_items(f, r, NULL, CF_MISSING, "\n    ");
  fputs(",\n    \"versions\": [", f);
  for (size_t k = 0; k < r->nvcov; k++) {
    fputs(k ? ",\n      " : "\n      ", f);
    json_version(f, r, &r->vcov[k]);
  }
  fputs("]},\n", f);
}

static void json_case(FILE *f, const cf_case *c)
{
  jfield(f, "id", c->id, 1);
  jfield(f, "result", cf_result_names[c->result], 0);
  jfield(f, "kind", c->kind, 0);
  jfield(f, "class", c->klass, 0);
  fprintf(f, ", \"negative\": %s", jbool(c->negative));
  jfield(f, "title", c->title, 0);
  jfield(f, "step", c->step, 0);
  jfield(f, "field", c->field, 0);
  jfield(f, "expected", c->expected, 0);
  jfield(f, "observed", c->observed, 0);
  jfield(f, "message", c->message, 0);
  jfield(f, "xfail", c->xfail, 0);
}

static void write_json(const cf_run *r, FILE *f)
{
  fputs("{\n  ", f);
  json_run(r, f);
  json_coverage(r, f);
  fputs("  \"cases\": [", f);
  for (size_t i = 0; i < r->ncases; i++) {
    fputs(i ? ",\n    {" : "\n    {", f);
    json_case(f, &r->cases[i]);
    fputc('}', f);
  }
  fputs("\n  ]\n}\n", f);
}

const cf_writer cf_report_json = { CF_JSON, "results.json", write_json };
