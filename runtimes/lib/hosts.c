/*
 * Where host plugins are, and which one a --host value names: one rule
 * for every subcommand.  A build keeps them in hosts/ next to pwabi, an
 * install in ../lib/pwabi/hosts.
 */
#include <dirent.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "pwlib.h"

static const char *const hosts_rel[] = {"hosts", "../lib/pwabi/hosts"};

int pw_hosts_dir(char *buf, size_t cap)
{
  char exe[PATH_MAX];
  struct stat st;

  if (pw_exe_dir(exe, sizeof exe) != 0)
    return -1;
  for (size_t k = 0; k < sizeof hosts_rel / sizeof hosts_rel[0]; k++)
    if ((size_t)snprintf(buf, cap, "%s/%s", exe, hosts_rel[k]) < cap
        && stat(buf, &st) == 0 && S_ISDIR(st.st_mode)) {
      pw_path_clean(buf, cap);
      return 0;
    }
  return -1;
}

/* A bare name: no '/' and no ".so". */
static int bare(const char *s)
{
  return strchr(s, '/') == NULL && strstr(s, ".so") == NULL;
}

const char *pw_host_path(const char *arg, char *buf, size_t cap)
{
  const char *env = getenv("PWABI_HOST");
  char dir[PATH_MAX];
  size_t n;

  if (arg == NULL && env != NULL && env[0] != '\0')
    arg = env;
  if (arg != NULL && !bare(arg))
    return arg;
  if (pw_hosts_dir(dir, sizeof dir) != 0)
    snprintf(dir, sizeof dir, "hosts");
  n = (size_t)snprintf(buf, cap, "%s/%s.so", dir, arg ? arg : "reference");
  return n < cap ? buf : arg;
}

static int is_plugin(const struct dirent *e)
{
  size_t n = strlen(e->d_name);

  return n > 3 && strcmp(e->d_name + n - 3, ".so") == 0;
}

void pw_host_names(FILE *f)
{
  char dir[PATH_MAX];
  struct dirent **v;
  int n;

  if (pw_hosts_dir(dir, sizeof dir) != 0
      || (n = scandir(dir, &v, is_plugin, alphasort)) < 0) {
    fputs("none found", f);
    return;
  }
  for (int i = 0; i < n; i++) {
    fprintf(f, "%s%.*s", i ? ", " : "", (int)strlen(v[i]->d_name) - 3,
            v[i]->d_name);
    free(v[i]);
  }
  free(v);
  fprintf(f, "%sin %s", n ? " " : "none ", dir);
}
