/*
 * pwabi certify: run the conformance cases against a host plugin on an
 * engine, and issue a certificate.
 *
 *   certify.c   the command: set-up, the run, exit status
 *   flags.c     flags and usage
 *   cases.c     finding, validating and filtering the cases
 *   profile.c   the profile and the coverage manifest, from pwabi's data
 *   running.c   one Check test per case (fork mode), merging the
 *               children's records
 *   progress.c  cases done / total while they run
 *   tally.c     results, expected failures, coverage
 *   child.c     one case in a forked child: module, host, Lua executor
 *   module.c    its module: built, or rendered and compiled (cached)
 *   render.c    templated modules, spelled for the case's version
 *   record.c    the record files between child and parent
 *   observe.c   the observer: per-step events for the executor
 *               (observe.h: with coverage.c and observe_lua.c)
 *   set.c       sorted string sets (coverage items)
 *   report.c    the summary and the report files; report_tap.c,
 *               report_junit.c, report_json.c, report_md.c write TAP,
 *               JUnit XML, JSON and the Markdown certificate (report.h)
 *   executor.lua  validation and execution of a case (embedded)
 */
#ifndef PW_CERTIFY_H
#define PW_CERTIFY_H

#include <stddef.h>
#include <stdio.h>

#include <lua.h>

#include "drive.h"
#include "host.h"
#include "pwlib.h"
#include "versions.h"

/* Exit statuses. */
enum {
  CF_EXIT_PASS = PW_EXIT_OK, CF_EXIT_FAIL = PW_EXIT_GUEST,
  CF_EXIT_USAGE = PW_EXIT_USAGE
};

/* Results, in report order. */
enum { CF_PASS, CF_FAIL, CF_SKIP, CF_XFAIL, CF_XPASS, CF_NRESULTS };
extern const char *const cf_result_names[CF_NRESULTS];

/* Output formats (--format). */
enum { CF_TAP = 1, CF_JUNIT = 2, CF_JSON = 4, CF_MD = 8 };

/* A string set, kept sorted. */
typedef struct cf_set {
  char **s;
  size_t n, cap;
} cf_set;

int cf_set_add(cf_set *set, const char *s);   /* 1 if new */
int cf_set_has(const cf_set *set, const char *s);
void cf_set_free(cf_set *set);

typedef struct cf_case {
  char *id;              /* <area>/<name> */
  char *area;
  char *lua, *wat;       /* file paths */
  char *wasm;            /* <wasm-dir>/<wat path without .wat>.wasm */
  char *title, *kind, *klass, *abi;   /* abi: "" when it declares none */
  char *bound;           /* the version its module was bound with, how */
  char *versions;        /* declared several: "v1 v2 ...", else NULL */
  int tmpl;              /* its module is a template (render.c) */
  int negative;          /* measured from its expectations */
  /* the result */
  int result;
  char *step, *field, *expected, *observed, *message;
  const char *xfail;     /* the profile's reason, or NULL */
  cf_set cov;            /* manifest items it covered ("kind\tname") */
} cf_case;

/* One manifest line. */
typedef struct cf_item {
  char *kind, *name;
  int hit;
  const char *excuse;    /* the profile's uncoverable reason, or NULL */
} cf_item;

/* Coverage of the cases bound to one version, against its manifest. */
typedef struct cf_vcov {
  const char *name;      /* the version */
  size_t cases, negatives, count[CF_NRESULTS];
  cf_item *items;        /* its manifest (--manifest for the run's) */
  size_t nitems, covered;
  size_t excused;        /* not covered, and the profile says why */
  size_t surprises;      /* covered, yet the profile says it cannot be */
  cf_set seen;           /* what its cases covered */
} cf_vcov;

/* A profile's `uncoverable` entry: an item its host cannot make cross. */
typedef struct cf_excuse {
  char *version;         /* NULL: every version */
  char *item;            /* "<kind> <name>", as the reports print it */
  char *why;
  int used;              /* it named an item of a version that ran */
} cf_excuse;

typedef struct cf_run {
  /* flags */
  const char *engine_name, *host_path, *profile, *options, *out_dir;
  const char *filter, *wasm_dir, *cases_dir, *manifest_path;
  const char *abi_name;  /* --abi: unmarked modules of undeclared cases,
                            and the one version of multi-version cases */
  const char *render;    /* --render: a template to render, not a run */
  int formats, timeout, no_gate;
  uint32_t budget_ms;    /* --timeout-ms, as pw_target */
  /* loaded */
  const pw_engine *engine;
  const pw_host_plugin *hp;
  const pw_abi *abi;
  char *profile_title;
  int strict;            /* spec-strict: no xfail, no uncoverable */
  int profile_ref;       /* the profile's table in r->L's registry */
  char *profile_path;
  char **profile_abis;   /* its `abi` list: the versions run by default */
  size_t nprofile_abis;
  cf_excuse *excuses;    /* its `uncoverable` entries */
  size_t nexcuses;
  lua_State *L;          /* the parent's: validation and the profile */
  struct cf_obs *names;  /* its certify_value (enum names in cases) */
  cf_case *cases;        /* the first ncases match --filter */
  size_t ncases, nall;
  cf_set left_out;       /* ids of cases bound to versions not run */
  char *own_options, *own_host, *own_wasm_dir, *own_cases_dir;
  const char *root;      /* pwabi's data, once looked up */
  char tmp[256];         /* the children's records */
  /* totals */
  size_t count[CF_NRESULTS], negatives;
  cf_vcov *vcov;         /* per version that ran, registry order */
  size_t nvcov;
  size_t missing;        /* items of every version neither hit nor excused */
  size_t surprises;      /* excused items that were hit after all */
  int coverage_gate;     /* whole suite: missing coverage fails the run */
  int passed;
} cf_run;

/* certify.c: one more zeroed element at the end of *v (n of them, `size`
   bytes each); aborts when out of memory. */
void *cf_grow(void **v, size_t *n, size_t size);

/* certify.c: a case's strings, freed. */
void cf_free_case(cf_case *c);

/* flags.c: 0, -1 after --help, or CF_EXIT_USAGE. */
int cf_parse(cf_run *r, int argc, char **argv);
int cf_usage_error(const char *fmt, const char *arg);

/* cases.c: find them under r->cases_dir, validate them with the executor
   (on top of r->L), keep those matching --filter first. */
int cf_find_cases(cf_run *r);
int cf_load_cases(cf_run *r);
void cf_keep_matching(cf_run *r);
/* Load a case file as data (empty environment) onto L's stack. */
int cf_load_case(lua_State *L, const char *path);
/* A copy of string field k of the table on top of L, else of dflt. */
char *cf_field_string(lua_State *L, const char *k, const char *dflt);

/* profile.c: the profile's fields before the cases are expanded (its
   versions), its expected failures after. */
int cf_load_profile(cf_run *r);
int cf_apply_profile(cf_run *r);
/* Does the run include version v (--abi, else the profile's list, else
   every version the host serves)? */
int cf_runs_version(const cf_run *r, const char *v);
/* Version v's manifest items into *items (n of them), --manifest for the
   run's version; -1 when unreadable. */
int cf_load_items(cf_run *r, const pw_version *v, cf_item **items,
                  size_t *n);
void cf_free_items(cf_item *items, size_t n);
/* The version case c ran with ("" when unknown). */
void cf_case_version_name(const cf_case *c, char *buf, size_t cap);
/* Did case c run with version v? */
int cf_ran_with(const cf_case *c, const char *v);
/* buf = <pwabi's data>/rel; -1 and a message naming every directory
   looked in when there is no data. */
int cf_data_path(cf_run *r, const char *rel, char *buf, size_t cap);

/* running.c: every matching case, each in a child; -1 when it cannot. */
int cf_run_all(cf_run *r);
/* progress.c: cases done / total on stderr while they run (start and end
   in the parent, case in each child, before case i). */
void cf_progress_start(void);
void cf_progress_case(const cf_run *r, size_t i);
void cf_progress_end(void);
/* tally.c: results, coverage, r->passed; -1 on a manifest that cannot
   be read or a stale profile (said on stderr). */
int cf_tally(cf_run *r);

/* module.c: case i's module (built, else wat2wasm; a template rendered
   for its version, through the cache); NULL and why. */
uint8_t *cf_module_bytes(cf_run *r, size_t i, size_t *len, char *why,
                         size_t cap);

/* child.c: run case i in this (forked) process; writes the record file. */
void cf_child(cf_run *r, size_t i);
/* The executor, loaded into L and left on the stack (a table); -1 and a
   message on stderr on failure. */
int cf_load_executor(lua_State *L);

/* render.c: the template at path, rendered for abi, to out; -1 and err
   naming the placeholder and the version. */
int cf_render_file(const pw_abi *abi, const char *path, FILE *out,
                   char *err, size_t cap);
/* --render PATH: the template rendered for the run's version, on stdout. */
int cf_render_command(cf_run *r);

/* child.c: the version case i's module is bound with, and why ("case",
   "marker M", "--abi", "no marker"). */
const pw_version *cf_case_version(cf_run *r, size_t i, const uint8_t *wasm,
                                  size_t len, char *how, size_t cap);

/* record.c: where case i's record goes; writing it (fields: step, field,
   expected, observed, message, each may be NULL). */
void cf_record_path(const cf_run *r, size_t i, char *buf, size_t cap);
void cf_write_record(cf_run *r, size_t i, const char *result,
                     const char *const fields[5], const cf_set *cov);
void cf_fail(cf_run *r, size_t i, const char *step, const char *msg,
             const cf_set *cov);
extern const char *const cf_record_fields[5];
/* Append to case i's record the version its module was bound with. */
void cf_record_bound(cf_run *r, size_t i, const char *how);

/* observe.c */
typedef struct cf_obs cf_obs;
cf_obs *cf_obs_new(const pw_abi *abi);
void cf_obs_free(cf_obs *o);
void cf_observe(void *ud, const pw_event *ev);
/* Globals certify_events, certify_variant, certify_value over o. */
void cf_obs_open(lua_State *L, cf_obs *o);
const cf_set *cf_obs_coverage(const cf_obs *o);
/* coverage.c: a module exporting this marker was bound to its version. */
void cf_cover_marker(cf_obs *o, const char *marker);

/* report.c */
int cf_write_reports(cf_run *r);
void cf_summary(cf_run *r, FILE *f);

/* record.c: escaping for record files: \n \t \\ */
void cf_put_escaped(FILE *f, const char *s, size_t n);
char *cf_unescape(const char *s);

#endif /* PW_CERTIFY_H */
