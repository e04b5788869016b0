/*
 * Record files, the child's verdict for the parent (child.c says the
 * format): one "key<TAB>value" per line, values escaped (\n \t \\).
 */
#include <stdlib.h>
#include <string.h>

#include "certify.h"

const char *const cf_record_fields[5] = {
  "step", "field", "expected", "observed", "message"
};

void cf_record_path(const cf_run *r, size_t i, char *buf, size_t cap)
{
  snprintf(buf, cap, "%s/%zu.rec", r->tmp, i);
}

void cf_put_escaped(FILE *f, const char *s, size_t n)
{
  for (size_t i = 0; i < n; i++) {
    if (s[i] == '\n')
      fputs("\\n", f);
    else if (s[i] == '\t')
      fputs("\\t", f);
    else if (s[i] == '\\')
      fputs("\\\\", f);
    else
      fputc(s[i], f);
  }
}

char *cf_unescape(const char *s)
{
  char *d = malloc(strlen(s) + 1), *o = d;

  if (d == NULL)
    abort();
  for (; *s; s++) {
    if (*s == '\\' && s[1] != '\0') {
      s++;
      *o++ = *s == 'n' ? '\n' : *s == 't' ? '\t' : *s;
    } else {
      *o++ = *s;
    }
  }
  *o = '\0';
  return d;
}

static void put_field(FILE *f, const char *k, const char *v)
{
  if (v == NULL)
    return;
  fprintf(f, "%s\t", k);
  cf_put_escaped(f, v, strlen(v));
  fputc('\n', f);
}

static FILE *open_record(cf_run *r, size_t i, const char *mode)
{
  char path[512];

  cf_record_path(r, i, path, sizeof path);
  return fopen(path, mode);
}

void cf_write_record(cf_run *r, size_t i, const char *result,
                     const char *const fields[5], const cf_set *cov)
{
  FILE *f = open_record(r, i, "w");

  if (f == NULL)
    return;
  fprintf(f, "result\t%s\n", result);
  for (int k = 0; k < 5; k++)
    put_field(f, cf_record_fields[k], fields[k]);
  for (size_t k = 0; cov != NULL && k < cov->n; k++)
    fprintf(f, "cov\t%s\n", cov->s[k]);
  fclose(f);
}

void cf_fail(cf_run *r, size_t i, const char *step, const char *msg,
             const cf_set *cov)
{
  const char *fields[5] = {step, NULL, NULL, NULL, msg};

  cf_write_record(r, i, "FAIL", fields, cov);
}

void cf_record_bound(cf_run *r, size_t i, const char *how)
{
  FILE *f = open_record(r, i, "a");

  if (f == NULL)
    return;
  put_field(f, "abi", how);
  fclose(f);
}
