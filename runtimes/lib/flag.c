/*
 * Flags, usage and load errors, worded alike in every subcommand.
 */
#include <string.h>

#include "pwlib.h"

int pw_flag(int argc, char **argv, int *i, const char *name,
            const char **val)
{
  const char *a = argv[*i];
  size_t n = strlen(name);

  if (strncmp(a, name, n) != 0)
    return 0;
  if (a[n] == '=') {
    *val = a + n + 1;
    return 1;
  }
  if (a[n] != '\0')
    return 0;
  if (*i + 1 >= argc)
    return -1;
  *val = argv[++*i];
  return 1;
}

int pw_flag_of(int argc, char **argv, int *i, const char *const *names,
               const char **const *slots, size_t n)
{
  size_t k;
  int r = 0;

  for (k = 0; k < n && r == 0; k++)
    r = pw_flag(argc, argv, i, names[k], slots[k]);
  return r;
}

int pw_fail(const pw_err *err)
{
  fprintf(stderr, "pwabi: %s\n", err->msg);
  return PW_EXIT_USAGE;
}

void pw_err_list(pw_err *err, pw_put_fn *put, const void *ud)
{
  size_t n = strlen(err->msg);
  FILE *f = fmemopen(err->msg + n, sizeof err->msg - n, "w");

  if (f == NULL)
    return;
  put(f, ud);
  fputc(')', f);
  fclose(f);
}

void pw_unknown(pw_err *err, const char *what, const char *name,
                pw_put_fn *put, const void *ud)
{
  pw_errf(err, "unknown %s '%s' (", what, name);
  pw_err_list(err, put, ud);
}

int pw_usage_error(const char *cmd, const char *fmt, const char *arg)
{
  fprintf(stderr, "pwabi: %s%s", cmd ? cmd : "", cmd ? ": " : "");
  fprintf(stderr, fmt, arg);
  fprintf(stderr, "\n(pwabi %s%s--help for usage)\n", cmd ? cmd : "",
          cmd ? " " : "");
  return PW_EXIT_USAGE;
}
