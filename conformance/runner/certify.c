/*
 * pwabi certify: every conformance case against one host plugin on one
 * engine, one Check test per case in fork mode (a case that traps the
 * process, crashes or hangs is that case's failure), then the profile's
 * expected failures, coverage against the manifest, and the reports.
 */
#include <dirent.h>
#include <dlfcn.h>
#include <fnmatch.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <check.h>
#include <lauxlib.h>
#include <lualib.h>

#include "certify.h"
#include "cli.h"
#include "versions.h"

const char *const cf_result_names[CF_NRESULTS] = {
  "PASS", "FAIL", "SKIP", "XFAIL", "XPASS"
};

static cf_run *the_run;    /* for the Check test function */

/* --- flags -------------------------------------------------------------- */

static void usage(FILE *f)
{
  const pw_engine *const *e;

  fputs("usage: pwabi certify [--engine E] [--host PLUGIN.so] "
        "[--profile P]\n"
        "           [--options k=v,...] [--format tap,junit,json,md]\n"
        "           [--out DIR] [--filter GLOB] [--wasm-dir DIR]\n"
        "           [--cases DIR] [--timeout SECONDS] [--manifest TSV]\n"
        "           [--no-coverage-gate]\n"
        "  --engine     ", f);
  for (e = pw_engines; *e != NULL; e++)
    fprintf(f, "%s%s", e == pw_engines ? "" : "|", (*e)->name);
  fputs(" (default: wasm2c)\n"
        "  --host       host plugin (default: $PWABI_HOST, else\n"
        "               hosts/reference.so next to pwabi)\n"
        "  --profile    name in conformance/profiles, or a .lua path\n"
        "               (default: spec-strict)\n"
        "  --options    host options (default: the profile's)\n"
        "  --format     reports to write (default: all four)\n"
        "  --out        report directory (default: build/certify/<engine>)\n"
        "  --filter     only the cases whose id matches GLOB\n"
        "  --wasm-dir   built modules (default: build/wasm); else "
        "wat2wasm\n"
        "  --cases      the case tree (default: conformance/cases)\n"
        "  --timeout    seconds per case (default: 30)\n"
        "  --manifest   coverage items (default: "
        "generated/<abi>/manifest.tsv)\n"
        "  --no-coverage-gate  report coverage, but do not fail on it\n"
        "               (a --filter run never does)\n"
        "exit status: 0 the host passed, 1 it failed, 2 usage or load "
        "error\n", f);
}

static int usage_error(const char *what, const char *arg)
{
  fprintf(stderr, "pwabi: certify: %s%s%s\n(pwabi certify --help)\n", what,
          arg ? " " : "", arg ? arg : "");
  return CF_EXIT_USAGE;
}

static int parse_formats(const char *s)
{
  static const char *const names[] = {"tap", "junit", "json", "md"};
  int f = 0;

  while (*s) {
    size_t n = strcspn(s, ","), k;
    for (k = 0; k < 4; k++)
      if (strlen(names[k]) == n && strncmp(s, names[k], n) == 0)
        break;
    if (k == 4)
      return -1;
    f |= 1 << k;
    s += n + (s[n] == ',');
  }
  return f;
}

static int parse(cf_run *r, int argc, char **argv)
{
  static const char *const names[] = {
    "--engine", "--host", "--profile", "--options", "--format", "--out",
    "--filter", "--wasm-dir", "--cases", "--timeout", "--manifest"
  };
  const char *fmt = NULL, *timeout = NULL;
  const char **slots[] = {
    &r->engine_name, &r->host_path, &r->profile, &r->options, &fmt,
    &r->out_dir, &r->filter, &r->wasm_dir, &r->cases_dir, &timeout,
    &r->manifest_path
  };
  const size_t nflags = sizeof names / sizeof names[0];

  for (int i = 2; i < argc; i++) {
    const char *a = argv[i], *eq;
    size_t k, n;

    if (strcmp(a, "--help") == 0 || strcmp(a, "-h") == 0) {
      usage(stdout);
      return -1;
    }
    if (strcmp(a, "--no-coverage-gate") == 0) {
      r->no_gate = 1;
      continue;
    }
    eq = strchr(a, '=');
    n = eq ? (size_t)(eq - a) : strlen(a);
    for (k = 0; k < nflags; k++)
      if (strlen(names[k]) == n && strncmp(a, names[k], n) == 0)
        break;
    if (k == nflags)
      return usage_error("unknown argument", a);
    if (eq != NULL)
      *slots[k] = eq + 1;
    else if (i + 1 < argc)
      *slots[k] = argv[++i];
    else
      return usage_error("a value is missing after", a);
  }
  r->formats = CF_TAP | CF_JUNIT | CF_JSON | CF_MD;
  if (fmt != NULL && (r->formats = parse_formats(fmt)) <= 0)
    return usage_error("--format: not a list of tap,junit,json,md:", fmt);
  r->timeout = timeout ? atoi(timeout) : 30;
  if (r->timeout <= 0)
    return usage_error("--timeout: not a positive number:", timeout);
  return 0;
}

/* --- loading ------------------------------------------------------------ */

static const char *default_host(char *buf, size_t cap)
{
  const char *env = getenv("PWABI_HOST");
  char exe[PATH_MAX];
  ssize_t n;
  char *slash;

  if (env != NULL && env[0] != '\0')
    return env;
  n = readlink("/proc/self/exe", exe, sizeof exe - 1);
  if (n <= 0)
    return "hosts/reference.so";
  exe[n] = '\0';
  if ((slash = strrchr(exe, '/')) != NULL)
    *slash = '\0';
  snprintf(buf, cap, "%s/hosts/reference.so", exe);
  return buf;
}

static int load_plugin(cf_run *r)
{
  void *dl = dlopen(r->host_path, RTLD_NOW | RTLD_LOCAL), *sym;
  pw_host_entry entry;

  if (dl == NULL) {
    fprintf(stderr, "pwabi: %s: cannot load host plugin: %s\n",
            r->host_path, dlerror());
    return -1;
  }
  if ((sym = dlsym(dl, PW_HOST_SYMBOL)) == NULL) {
    fprintf(stderr, "pwabi: %s: not a host plugin: no symbol %s\n",
            r->host_path, PW_HOST_SYMBOL);
    return -1;
  }
  memcpy(&entry, &sym, sizeof entry);
  r->hp = entry();
  if (r->hp == NULL || r->hp->abi == NULL || r->hp->create == NULL) {
    fprintf(stderr, "pwabi: %s: %s() gave no plugin\n", r->host_path,
            PW_HOST_SYMBOL);
    return -1;
  }
  if (pw_version_by_name(r->hp->abi) != NULL)
    r->abi = pw_version_by_name(r->hp->abi)->abi;
  if (r->abi == NULL) {
    fprintf(stderr, "pwabi: %s: host ABI '%s' is unknown here\n",
            r->host_path, r->hp->abi);
    return -1;
  }
  return 0;
}

/* A profile: { title, options, strict, xfail = { [id] = reason } }. */
static int load_profile(cf_run *r)
{
  char path[PATH_MAX];
  lua_State *L = r->L;
  int bad = 0;

  if (strchr(r->profile, '/') || strstr(r->profile, ".lua"))
    snprintf(path, sizeof path, "%s", r->profile);
  else
    snprintf(path, sizeof path, "conformance/profiles/%s.lua", r->profile);
  if (cf_load_case(L, path) != 0) {
    fprintf(stderr, "pwabi: %s\n", lua_tostring(L, -1));
    return -1;
  }
  if (!lua_istable(L, -1)) {
    fprintf(stderr, "pwabi: %s: profile: does not return a table\n", path);
    return -1;
  }
  lua_getfield(L, -1, "title");
  r->profile_title = strdup(lua_isstring(L, -1) ? lua_tostring(L, -1) : "");
  lua_pop(L, 1);
  lua_getfield(L, -1, "strict");
  r->strict = lua_toboolean(L, -1) || strstr(path, "spec-strict.lua");
  lua_pop(L, 1);
  lua_getfield(L, -1, "options");
  if (r->options == NULL && lua_isstring(L, -1))
    r->options = r->own_options = strdup(lua_tostring(L, -1));
  lua_pop(L, 1);
  lua_getfield(L, -1, "xfail");
  if (!lua_isnil(L, -1) && !lua_istable(L, -1)) {
    fprintf(stderr, "pwabi: %s: xfail: not a table\n", path);
    return -1;
  }
  for (lua_pushnil(L); lua_istable(L, -2) && lua_next(L, -2); lua_pop(L, 1)) {
    const char *id = lua_tostring(L, -2);
    size_t i;
    if (lua_type(L, -2) != LUA_TSTRING || lua_type(L, -1) != LUA_TSTRING) {
      fprintf(stderr, "pwabi: %s: xfail: entries are [\"<case id>\"] = "
              "\"<reason>\"\n", path);
      bad = 1;
      continue;
    }
    if (r->strict) {
      fprintf(stderr, "pwabi: %s: xfail[\"%s\"]: a spec-strict profile "
              "allows no expected failure\n", path, id);
      bad = 1;
      continue;
    }
    for (i = 0; i < r->ncases; i++)
      if (strcmp(r->cases[i].id, id) == 0)
        break;
    if (i == r->ncases) {
      fprintf(stderr, "pwabi: %s: xfail[\"%s\"]: no such case\n", path, id);
      bad = 1;
      continue;
    }
    r->cases[i].xfail = strdup(lua_tostring(L, -1));
  }
  lua_pop(L, 2);
  return bad ? -1 : 0;
}

/* --- cases -------------------------------------------------------------- */

static int by_id(const void *a, const void *b)
{
  return strcmp(((const cf_case *)a)->id, ((const cf_case *)b)->id);
}

static void add_case(cf_run *r, const char *area, const char *file)
{
  char buf[PATH_MAX];
  cf_case *c;
  size_t n = strlen(file) - 4;     /* without ".lua" */

  r->cases = realloc(r->cases, (r->ncases + 1) * sizeof *r->cases);
  if (r->cases == NULL)
    abort();
  c = &r->cases[r->ncases++];
  r->nall = r->ncases;
  memset(c, 0, sizeof *c);
  snprintf(buf, sizeof buf, "%s/%.*s", area, (int)n, file);
  c->id = strdup(buf);
  c->area = strdup(area);
  snprintf(buf, sizeof buf, "%s/%s/%s", r->cases_dir, area, file);
  c->lua = strdup(buf);
}

static int has_suffix(const char *s, const char *suf)
{
  size_t n = strlen(s), k = strlen(suf);

  return n > k && strcmp(s + n - k, suf) == 0;
}

/* conformance/cases/<area>/<name>.lua, sorted by id. */
static int find_cases(cf_run *r)
{
  DIR *top = opendir(r->cases_dir), *d;
  struct dirent *e, *f;
  char path[PATH_MAX];

  if (top == NULL) {
    fprintf(stderr, "pwabi: %s: cannot open the cases\n", r->cases_dir);
    return -1;
  }
  while ((e = readdir(top)) != NULL) {
    if (e->d_name[0] == '.')
      continue;
    snprintf(path, sizeof path, "%s/%s", r->cases_dir, e->d_name);
    if ((d = opendir(path)) == NULL)
      continue;
    while ((f = readdir(d)) != NULL)
      if (f->d_name[0] != '.' && has_suffix(f->d_name, ".lua"))
        add_case(r, e->d_name, f->d_name);
    closedir(d);
  }
  closedir(top);
  if (r->ncases > 0)
    qsort(r->cases, r->ncases, sizeof *r->cases, by_id);
  return 0;
}

static char *field_string(lua_State *L, const char *k, const char *dflt)
{
  const char *s;
  char *copy;

  lua_getfield(L, -1, k);
  s = lua_isstring(L, -1) ? lua_tostring(L, -1) : dflt;
  copy = s ? strdup(s) : NULL;
  lua_pop(L, 1);
  return copy;
}

/* Validate case i with the executor (on top of r->L) and read its facts. */
static int load_case(cf_run *r, cf_case *c)
{
  lua_State *L = r->L;
  const char *wasm_dir = r->wasm_dir ? r->wasm_dir : "build/wasm";
  char buf[PATH_MAX];
  char *module;
  size_t n;

  lua_getfield(L, -1, "validate");
  if (cf_load_case(L, c->lua) != 0) {
    fprintf(stderr, "pwabi: %s\n", lua_tostring(L, -1));
    lua_pop(L, 2);
    return -1;
  }
  lua_pushvalue(L, -1);
  lua_insert(L, -3);               /* case, validate, case */
  lua_pushstring(L, c->lua);
  if (lua_pcall(L, 2, 0, 0) != LUA_OK) {
    fprintf(stderr, "%s\n", lua_tostring(L, -1));
    lua_pop(L, 2);
    return -1;
  }
  c->title = field_string(L, "title", "");
  c->kind = field_string(L, "kind", "");
  c->klass = field_string(L, "class", "");
  c->abi = field_string(L, "abi", r->abi->version);  /* none: any */
  module = field_string(L, "module", NULL);
  lua_getfield(L, -2, "negative");
  lua_pushvalue(L, -2);
  lua_call(L, 1, 1);
  c->negative = lua_toboolean(L, -1);
  lua_pop(L, 2);
  /* the module: <dir of the .lua>/<module or name.wat> */
  n = strlen(c->lua) - strlen(strrchr(c->lua, '/'));
  if (module != NULL)
    snprintf(buf, sizeof buf, "%.*s/%s", (int)n, c->lua, module);
  else
    snprintf(buf, sizeof buf, "%.*s.wat", (int)(strlen(c->lua) - 4),
             c->lua);
  free(module);
  c->wat = strdup(buf);
  snprintf(buf, sizeof buf, "%s/%.*s.wasm", wasm_dir,
           (int)(strlen(c->wat) - 4), c->wat);
  c->wasm = strdup(buf);
  if (access(c->wat, R_OK) != 0 && access(c->wasm, R_OK) != 0) {
    fprintf(stderr, "pwabi: %s: module: no %s\n", c->lua, c->wat);
    return -1;
  }
  return 0;
}

/* The matching cases first, in order; the others stay after r->ncases
   (r->nall counts them all, for freeing). */
static void keep_matching(cf_run *r)
{
  cf_case *tmp;
  size_t k = 0, j;

  if (r->filter == NULL)
    return;
  if ((tmp = malloc(r->nall * sizeof *tmp)) == NULL)
    abort();
  for (size_t i = 0; i < r->nall; i++)
    if (fnmatch(r->filter, r->cases[i].id, 0) == 0)
      tmp[k++] = r->cases[i];
  j = k;
  for (size_t i = 0; i < r->nall; i++)
    if (fnmatch(r->filter, r->cases[i].id, 0) != 0)
      tmp[j++] = r->cases[i];
  memcpy(r->cases, tmp, r->nall * sizeof *tmp);
  free(tmp);
  r->ncases = k;
}

static int load_manifest(cf_run *r)
{
  char path[PATH_MAX], line[512];
  FILE *f;

  if (r->manifest_path != NULL)
    snprintf(path, sizeof path, "%s", r->manifest_path);
  else
    snprintf(path, sizeof path, "generated/%s/manifest.tsv",
             r->abi->version);
  if ((f = fopen(path, "r")) == NULL) {
    fprintf(stderr, "pwabi: %s: cannot open the coverage manifest\n", path);
    return -1;
  }
  while (fgets(line, sizeof line, f) != NULL) {
    char *tab = strchr(line, '\t');
    cf_item *it;
    if (line[0] == '#' || tab == NULL)
      continue;
    *tab = '\0';
    tab[1 + strcspn(tab + 1, "\r\n")] = '\0';
    r->items = realloc(r->items, (r->nitems + 1) * sizeof *r->items);
    if (r->items == NULL)
      abort();
    it = &r->items[r->nitems++];
    it->kind = strdup(line);
    it->name = strdup(tab + 1);
    it->hit = 0;
  }
  fclose(f);
  return 0;
}

/* --- running ------------------------------------------------------------ */

START_TEST(test_case)
{
  cf_run *r = the_run;
  char path[512], line[64];
  FILE *f;

  /* what the driver binding says on stderr goes next to the record */
  snprintf(path, sizeof path, "%s/%d.err", r->tmp, _i);
  if (freopen(path, "w", stderr) == NULL)
    ck_abort_msg("%s: cannot redirect stderr", r->cases[_i].id);
  cf_child(r, (size_t)_i);
  cf_record_path(r, (size_t)_i, path, sizeof path);
  f = fopen(path, "r");
  ck_assert_msg(f != NULL, "%s: no record", r->cases[_i].id);
  if (fgets(line, sizeof line, f) == NULL)
    line[0] = '\0';
  fclose(f);
  ck_assert_msg(strcmp(line, "result\tPASS\n") == 0
                || strcmp(line, "result\tSKIP\n") == 0,
                "%s: failed (see its record)", r->cases[_i].id);
}
END_TEST

static char **slot(cf_case *c, const char *k)
{
  if (strcmp(k, "step") == 0) return &c->step;
  if (strcmp(k, "field") == 0) return &c->field;
  if (strcmp(k, "expected") == 0) return &c->expected;
  if (strcmp(k, "observed") == 0) return &c->observed;
  if (strcmp(k, "message") == 0) return &c->message;
  return NULL;
}

/* Check's word on a child that left no record, and the last line it
   wrote on stderr (an abort or sanitizer message says why). */
static char *died(cf_run *r, size_t i, TestResult *tr)
{
  char path[512], line[512], last[512] = "", *msg = NULL;
  size_t n = 0;
  FILE *f, *m;

  snprintf(path, sizeof path, "%s/%zu.err", r->tmp, i);
  if ((f = fopen(path, "r")) != NULL) {
    while (fgets(line, sizeof line, f) != NULL)
      if (line[0] != '\n')
        memcpy(last, line, sizeof line);
    fclose(f);
  }
  last[strcspn(last, "\n")] = '\0';
  if ((m = open_memstream(&msg, &n)) == NULL)
    abort();
  fprintf(m, "%s%s%s", tr ? tr_msg(tr) : "no result", last[0] ? "; stderr: "
          : "", last);
  fclose(m);
  return msg;
}

/* Merge case i's record; none (a crash, a timeout): Check's message. */
static void merge(cf_run *r, size_t i, TestResult *tr)
{
  cf_case *c = &r->cases[i];
  char path[512], *line = NULL;
  size_t cap = 0;
  FILE *f;

  cf_record_path(r, i, path, sizeof path);
  c->result = CF_FAIL;
  if ((f = fopen(path, "r")) == NULL) {
    c->step = strdup("(process)");
    c->message = died(r, i, tr);
    return;
  }
  while (getline(&line, &cap, f) > 0) {
    char *tab = strchr(line, '\t'), **s;
    line[strcspn(line, "\n")] = '\0';
    if (tab == NULL)
      continue;
    *tab++ = '\0';
    if (strcmp(line, "result") == 0) {
      for (int k = 0; k < CF_NRESULTS; k++)
        if (strcmp(tab, cf_result_names[k]) == 0)
          c->result = k;
    } else if (strcmp(line, "cov") == 0) {
      cf_set_add(&c->cov, tab);
    } else if ((s = slot(c, line)) != NULL) {
      free(*s);
      *s = cf_unescape(tab);
    }
  }
  free(line);
  fclose(f);
  if (tr != NULL && tr_rtype(tr) == CK_ERROR && c->result == CF_PASS) {
    c->result = CF_FAIL;     /* it passed, then died */
    c->message = strdup(tr_msg(tr));
  }
}

static void run_all(cf_run *r)
{
  Suite *s = suite_create("pwabi certify");
  TCase *tc = tcase_create("cases");
  SRunner *sr;
  TestResult **res;
  int nres;

  the_run = r;
  tcase_set_timeout(tc, r->timeout);
  tcase_add_loop_test(tc, test_case, 0, (int)r->ncases);
  suite_add_tcase(s, tc);
  sr = srunner_create(s);
  srunner_set_fork_status(sr, CK_FORK);
  fflush(NULL);
  srunner_run_all(sr, CK_SILENT);
  res = srunner_results(sr);
  nres = srunner_ntests_run(sr);
  for (size_t i = 0; i < r->ncases; i++)
    merge(r, i, (int)i < nres ? res[i] : NULL);
  free(res);
  srunner_free(sr);
}

static void tally(cf_run *r)
{
  cf_set all = {0};       /* ends in r->seen */

  for (size_t i = 0; i < r->ncases; i++) {
    cf_case *c = &r->cases[i];
    if (c->xfail != NULL && c->result == CF_FAIL)
      c->result = CF_XFAIL;
    else if (c->xfail != NULL && c->result == CF_PASS)
      c->result = CF_XPASS;
    r->count[c->result]++;
    r->negatives += c->negative != 0;
    for (size_t k = 0; k < c->cov.n; k++)
      cf_set_add(&all, c->cov.s[k]);
  }
  for (size_t i = 0; i < r->nitems; i++) {
    cf_item *it = &r->items[i];
    char key[256];
    /* results are recorded per function: "result\t<fn>" */
    if (strcmp(it->kind, "result") == 0)
      snprintf(key, sizeof key, "result\t%.*s",
               (int)strcspn(it->name, "."), it->name);
    else
      snprintf(key, sizeof key, "%s\t%s", it->kind, it->name);
    it->hit = cf_set_has(&all, key);
    r->covered += it->hit != 0;
  }
  r->seen = all;
  r->coverage_gate = r->filter == NULL && !r->no_gate;
  r->passed = r->count[CF_FAIL] == 0 && r->count[CF_XPASS] == 0
              && (!r->coverage_gate || r->covered == r->nitems);
}

static int make_tmp(cf_run *r)
{
  const char *t = getenv("TMPDIR");

  snprintf(r->tmp, sizeof r->tmp, "%s/pwabi-certify-XXXXXX",
           t && *t ? t : "/tmp");
  if (mkdtemp(r->tmp) == NULL) {
    perror("pwabi: certify: mkdtemp");
    return -1;
  }
  return 0;
}

static void remove_tmp(cf_run *r)
{
  DIR *d = opendir(r->tmp);
  struct dirent *e;
  char path[PATH_MAX];

  if (d == NULL)
    return;
  while ((e = readdir(d)) != NULL)
    if (e->d_name[0] != '.') {
      snprintf(path, sizeof path, "%s/%s", r->tmp, e->d_name);
      unlink(path);
    }
  closedir(d);
  rmdir(r->tmp);
}

static int prepare(cf_run *r)
{
  char hostbuf[PATH_MAX + 32];

  r->engine = r->engine_name ? pw_engine_by_name(r->engine_name)
              : pw_engine_by_name("wasm2c");
  if (r->engine == NULL && r->engine_name == NULL)
    r->engine = pw_engines[0];
  if (r->engine == NULL)
    return usage_error("unknown engine", r->engine_name), -1;
  if (r->host_path == NULL)
    r->host_path = r->own_host = strdup(default_host(hostbuf,
                                                     sizeof hostbuf));
  if (r->profile == NULL)
    r->profile = "spec-strict";
  if (r->cases_dir == NULL)
    r->cases_dir = "conformance/cases";
  if (load_plugin(r) != 0 || find_cases(r) != 0)
    return -1;
  if ((r->L = luaL_newstate()) == NULL)
    abort();
  luaL_openlibs(r->L);
  r->names = cf_obs_new(r->abi);     /* certify_value: names in cases */
  cf_obs_open(r->L, r->names);
  if (cf_load_executor(r->L) != 0)
    return -1;
  for (size_t i = 0; i < r->ncases; i++)
    if (load_case(r, &r->cases[i]) != 0)
      return -1;
  if (load_profile(r) != 0 || load_manifest(r) != 0)
    return -1;
  keep_matching(r);
  if (r->ncases == 0) {
    fprintf(stderr, "pwabi: certify: no case matches '%s'\n",
            r->filter ? r->filter : "*");
    return -1;
  }
  return 0;
}

static void free_run(cf_run *r)
{
  for (size_t i = 0; i < r->nall; i++) {
    cf_case *c = &r->cases[i];
    char **s[] = {&c->id, &c->area, &c->lua, &c->wat, &c->wasm, &c->title,
                  &c->kind, &c->klass, &c->abi, &c->step, &c->field,
                  &c->expected, &c->observed, &c->message};
    for (size_t k = 0; k < sizeof s / sizeof s[0]; k++)
      free(*s[k]);
    free((char *)c->xfail);
    cf_set_free(&c->cov);
  }
  free(r->cases);
  for (size_t i = 0; i < r->nitems; i++) {
    free(r->items[i].kind);
    free(r->items[i].name);
  }
  free(r->items);
  free(r->profile_title);
  free(r->own_options);
  free(r->own_host);
  if (r->L != NULL)
    lua_close(r->L);
  cf_obs_free(r->names);
  cf_set_free(&r->seen);
}

static int run(cf_run *r, int argc, char **argv)
{
  int rc;

  if ((rc = parse(r, argc, argv)) != 0)
    return rc < 0 ? CF_EXIT_PASS : rc;
  if (prepare(r) != 0 || make_tmp(r) != 0)
    return CF_EXIT_USAGE;
  run_all(r);
  remove_tmp(r);
  tally(r);
  if (cf_write_reports(r) != 0)
    return CF_EXIT_USAGE;
  cf_summary(r, stdout);
  return r->passed ? CF_EXIT_PASS : CF_EXIT_FAIL;
}

int pw_certify_main(int argc, char **argv)
{
  cf_run r;
  int rc;

  memset(&r, 0, sizeof r);
  rc = run(&r, argc, argv);
  free_run(&r);
  return rc;
}
