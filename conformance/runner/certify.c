/*
 * pwabi certify: every conformance case against one host plugin on one
 * engine (running.c), then the profile's expected failures, coverage
 * against the manifest (tally.c), and the reports (report.c).
 */
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include <lauxlib.h>
#include <lualib.h>

#include "certify.h"

const char *const cf_result_names[CF_NRESULTS] = {
  "PASS", "FAIL", "SKIP", "XFAIL", "XPASS"
};

void *cf_grow(void **v, size_t *n, size_t size)
{
  char *p = realloc(*v, (*n + 1) * size);

  if (p == NULL)
    abort();
  *v = p;
  memset(p + *n * size, 0, size);
  return p + (*n)++ * size;
}

/* wasm/ next to pwabi (a build), else in pwabi's data (an install); a
   module in neither is built with wat2wasm. */
static void default_wasm_dir(cf_run *r)
{
  char buf[PATH_MAX + 8];
  struct stat st;
  pw_err err;

  if (pw_exe_dir(buf, PATH_MAX) != 0)
    return;
  strcat(buf, "/wasm");
  if (stat(buf, &st) != 0 && (r->root || (r->root = pw_data_root(&err))))
    snprintf(buf, sizeof buf, "%s/wasm", r->root);
  r->wasm_dir = r->own_wasm_dir = strdup(buf);
}

/* The cases in pwabi's data, the wasm dir. */
static int default_dirs(cf_run *r)
{
  char buf[PATH_MAX + 8];

  if (r->cases_dir == NULL) {
    if (cf_data_path(r, "conformance/cases", buf, sizeof buf) != 0)
      return -1;
    r->cases_dir = r->own_cases_dir = strdup(buf);
  }
  if (r->wasm_dir == NULL)
    default_wasm_dir(r);
  return 0;
}

/* What no flag gave: engine, host, profile, cases, wasm dir. */
static int defaults(cf_run *r)
{
  char buf[PATH_MAX + 32];
  pw_err err;

  if ((r->engine = pw_engine_pick(r->engine_name, &err)) == NULL)
    return pw_fail(&err);
  r->host_path = r->own_host = strdup(pw_host_path(r->host_path, buf,
                                                   sizeof buf));
  if (r->profile == NULL)
    r->profile = "spec-strict";
  return default_dirs(r);
}

/* The newest version: its names are a superset of the older ones'. */
static const pw_abi *newest(void)
{
  const pw_version *v = pw_versions;

  while (v[1].name != NULL)
    v++;
  return v->abi;
}

/* The parent's Lua: the executor validates cases, names enum values. */
static int parent_lua(cf_run *r)
{
  if ((r->L = luaL_newstate()) == NULL)
    abort();
  luaL_openlibs(r->L);
  r->names = cf_obs_new(newest());   /* certify_value: names in cases */
  cf_obs_open(r->L, r->names);
  return cf_load_executor(r->L);
}

/* Options the host refuses would fail every case alike: they are refused
   once, before the run, as `pwabi run` refuses them (exit 2).  The probe
   is a module with nothing in it. */
static int check_options(cf_run *r)
{
  static const uint8_t empty[] = {0, 'a', 's', 'm', 1, 0, 0, 0};
  pw_target t = {r->hp, r->engine, r->options, NULL, r->abi, 0};
  pw_err err;
  pw_host *h;

  if (r->options == NULL)
    return 0;
  if ((h = pw_host_open(&t, empty, sizeof empty, NULL, NULL, &err)) == NULL)
    return pw_fail(&err);
  r->hp->destroy(h);
  return 0;
}

/* --abi: a version the host serves; the certificate's version then. */
static int pick_abi(cf_run *r)
{
  const pw_version *v = pw_version_by_name(r->abi_name);

  if (r->abi_name == NULL)
    return 0;
  if (v == NULL)
    return cf_usage_error("--abi: no version '%s'", r->abi_name);
  if (!pw_plugin_serves(r->hp, v->name)) {
    fprintf(stderr, "pwabi: certify: the host serves %s, not %s\n",
            pw_plugin_served(r->hp), v->name);
    return CF_EXIT_USAGE;
  }
  r->abi = v->abi;
  return 0;
}

static int prepare(cf_run *r)
{
  pw_err err;

  if (defaults(r) != 0)
    return -1;
  if ((r->hp = pw_plugin_load(r->host_path, &r->abi, &err)) == NULL)
    return pw_fail(&err);
  if (pick_abi(r) != 0)
    return -1;
  if (cf_find_cases(r) != 0 || parent_lua(r) != 0
      || cf_load_profile(r) != 0 || cf_load_cases(r) != 0
      || cf_apply_profile(r) != 0 || check_options(r) != 0)
    return -1;
  cf_keep_matching(r);
  if (r->ncases == 0) {
    fprintf(stderr, "pwabi: certify: no case matches '%s'\n",
            r->filter ? r->filter : "*");
    return -1;
  }
  return 0;
}

void cf_free_case(cf_case *c)
{
  char **s[] = {&c->id, &c->area, &c->lua, &c->wat, &c->wasm, &c->title,
                &c->kind, &c->klass, &c->abi, &c->bound, &c->step,
                &c->field, &c->expected, &c->observed, &c->message,
                &c->versions};

  for (size_t k = 0; k < sizeof s / sizeof s[0]; k++)
    free(*s[k]);
  free((char *)c->xfail);
  cf_set_free(&c->cov);
}

static void free_run(cf_run *r)
{
  for (size_t i = 0; i < r->nall; i++)
    cf_free_case(&r->cases[i]);
  free(r->cases);
  for (size_t k = 0; k < r->nvcov; k++) {
    cf_free_items(r->vcov[k].items, r->vcov[k].nitems);
    cf_set_free(&r->vcov[k].seen);
  }
  free(r->vcov);
  for (size_t k = 0; k < r->nexcuses; k++) {
    free(r->excuses[k].version);
    free(r->excuses[k].item);
    free(r->excuses[k].why);
  }
  free(r->excuses);
  for (size_t k = 0; k < r->nprofile_abis; k++)
    free(r->profile_abis[k]);
  free(r->profile_abis);
  free(r->profile_path);
  free(r->profile_title);
  free(r->own_options);
  free(r->own_host);
  free(r->own_wasm_dir);
  free(r->own_cases_dir);
  if (r->L != NULL)
    lua_close(r->L);
  cf_obs_free(r->names);
  cf_set_free(&r->left_out);
}

/* --render: the version from --abi, else the unmarked one; no host. */
static int render_only(cf_run *r)
{
  const pw_version *v = r->abi_name ? pw_version_by_name(r->abi_name)
                                    : pw_version_unmarked();

  if (v == NULL)
    return cf_usage_error("--abi: no version '%s'", r->abi_name);
  r->abi = v->abi;
  return cf_render_command(r);
}

static int run(cf_run *r, int argc, char **argv)
{
  int rc;

  if ((rc = cf_parse(r, argc, argv)) != 0)
    return rc < 0 ? CF_EXIT_PASS : rc;
  if (r->render != NULL)
    return render_only(r);
  if (prepare(r) != 0 || cf_run_all(r) != 0)
    return CF_EXIT_USAGE;
  if (cf_tally(r) != 0 || cf_write_reports(r) != 0)
    return CF_EXIT_USAGE;
  cf_summary(r, stdout);
  return r->passed ? CF_EXIT_PASS : CF_EXIT_FAIL;
}

static int certify_main(int argc, char **argv)
{
  cf_run r;
  int rc;

  memset(&r, 0, sizeof r);
  rc = run(&r, argc, argv);
  free_run(&r);
  return rc;
}

const pw_command pw_command_certify = {
  "certify", "[options]  certify a host (certify --help)", certify_main
};
