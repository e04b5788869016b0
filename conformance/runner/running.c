/*
 * Running the cases: one Check loop test per case in fork mode (a case
 * that traps the process, crashes or hangs is that case's failure), each
 * writing a record the parent merges.
 */
#include <dirent.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <check.h>

#include "certify.h"

static cf_run *the_run;    /* for the Check test function */

/* What case i's child says on stderr (the driver binding's messages, an
   abort), next to its record. */
static void err_path(const cf_run *r, size_t i, char *buf, size_t cap)
{
  snprintf(buf, cap, "%s/%zu.err", r->tmp, i);
}

static int first_line(const char *path, char *line, int cap)
{
  FILE *f = fopen(path, "r");

  if (f == NULL)
    return -1;
  if (fgets(line, cap, f) == NULL)
    line[0] = '\0';
  fclose(f);
  return 0;
}

START_TEST(test_case)
{
  cf_run *r = the_run;
  char path[512], line[64];

  cf_progress_case(r, (size_t)_i);
  err_path(r, (size_t)_i, path, sizeof path);
  if (freopen(path, "w", stderr) == NULL)
    ck_abort_msg("%s: cannot redirect stderr", r->cases[_i].id);
  cf_child(r, (size_t)_i);
  cf_record_path(r, (size_t)_i, path, sizeof path);
  ck_assert_msg(first_line(path, line, sizeof line) == 0, "%s: no record",
                r->cases[_i].id);
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
  if (strcmp(k, "abi") == 0) return &c->bound;
  return NULL;
}

/* Check's word on a child that left no record, and the last line it
   wrote on stderr (an abort or sanitizer message says why). */
static void last_line(const char *path, char last[512])
{
  char line[512];
  FILE *f = fopen(path, "r");

  if (f != NULL) {
    while (fgets(line, sizeof line, f) != NULL)
      if (line[0] != '\n')
        memcpy(last, line, sizeof line);
    fclose(f);
  }
  last[strcspn(last, "\n")] = '\0';
}

static char *died(cf_run *r, size_t i, TestResult *tr)
{
  char path[512], last[512] = "", *msg = NULL;
  size_t n = 0;
  FILE *m;

  err_path(r, i, path, sizeof path);
  last_line(path, last);
  if ((m = open_memstream(&msg, &n)) == NULL)
    abort();
  fprintf(m, "%s%s%s", tr ? tr_msg(tr) : "no result", last[0] ? "; stderr: "
          : "", last);
  fclose(m);
  return msg;
}

static int result_of(const char *name, int dflt)
{
  for (int k = 0; k < CF_NRESULTS; k++)
    if (strcmp(name, cf_result_names[k]) == 0)
      return k;
  return dflt;
}

/* One "key<TAB>value" line of a record into c. */
static void read_line(cf_case *c, char *line)
{
  char *tab = strchr(line, '\t'), **s;

  line[strcspn(line, "\n")] = '\0';
  if (tab == NULL)
    return;
  *tab++ = '\0';
  if (strcmp(line, "result") == 0)
    c->result = result_of(tab, c->result);
  else if (strcmp(line, "cov") == 0)
    cf_set_add(&c->cov, tab);
  else if ((s = slot(c, line)) != NULL) {
    free(*s);
    *s = cf_unescape(tab);
  }
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
  while (getline(&line, &cap, f) > 0)
    read_line(c, line);
  free(line);
  fclose(f);
  if (tr != NULL && tr_rtype(tr) == CK_ERROR && c->result == CF_PASS) {
    c->result = CF_FAIL;     /* it passed, then died */
    c->message = strdup(tr_msg(tr));
  }
}

/* One loop test over the cases, forking, with the per-case timeout. */
static SRunner *runner(cf_run *r)
{
  Suite *s = suite_create("pwabi certify");
  TCase *tc = tcase_create("cases");
  SRunner *sr;

  the_run = r;
  tcase_set_timeout(tc, r->timeout);
  tcase_add_loop_test(tc, test_case, 0, (int)r->ncases);
  suite_add_tcase(s, tc);
  sr = srunner_create(s);
  srunner_set_fork_status(sr, CK_FORK);
  return sr;
}

static void run_checks(cf_run *r)
{
  SRunner *sr = runner(r);
  TestResult **res;
  int nres;

  fflush(NULL);
  srunner_run_all(sr, CK_SILENT);
  res = srunner_results(sr);
  nres = srunner_ntests_run(sr);
  for (size_t i = 0; i < r->ncases; i++)
    merge(r, i, (int)i < nres ? res[i] : NULL);
  free(res);
  srunner_free(sr);
}

/* The children's records and stderr go to a temporary directory. */
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

int cf_run_all(cf_run *r)
{
  if (make_tmp(r) != 0)
    return -1;
  cf_progress_start();
  run_checks(r);
  cf_progress_end();
  remove_tmp(r);
  return 0;
}
