/*
 * Where the executable and its data are.  The data is found relative to
 * the executable, never to the current directory: a source tree's build/
 * (or build/asan/) below the tree, an installed bin/ next to
 * share/pwabi.
 */
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "pwlib.h"

int pw_exe_dir(char *buf, size_t cap)
{
  ssize_t n = readlink("/proc/self/exe", buf, cap - 1);
  char *slash;

  if (n <= 0)
    return -1;
  buf[n] = '\0';
  if ((slash = strrchr(buf, '/')) != NULL)
    *(slash == buf ? slash + 1 : slash) = '\0';
  return 0;
}

static int exists(const char *dir, const char *rel)
{
  char path[PATH_MAX];
  struct stat st;

  return (size_t)snprintf(path, sizeof path, "%s/%s", dir, rel) < sizeof path
         && stat(path, &st) == 0;
}

/* Does `dir` hold the data?  The source tree must also hold
   generated/versions.def: build/ holds a conformance/ of objects.  Each
   directory tried goes into err. */
static int holds(const char *dir, int tree, pw_err *err)
{
  size_t n = strlen(err->msg);

  if (snprintf(err->msg + n, sizeof err->msg - n, "%s%s", n ? ", " : "",
               dir) < 0)
    return 0;
  return exists(dir, "conformance/cases")
         && (!tree || exists(dir, "generated/versions.def"));
}

/* dir, then each parent up to "/": the first that holds the tree. */
static int walk_up(char *dir, pw_err *err)
{
  char *slash;

  for (;;) {
    if (holds(dir, 1, err))
      return 1;
    if ((slash = strrchr(dir, '/')) == NULL || dir[1] == '\0')
      return 0;
    *(slash == dir ? slash + 1 : slash) = '\0';
  }
}

static const char *look(char *root, size_t cap, pw_err *tried)
{
  const char *env = getenv("PWABI_DATA");
  char exe[PATH_MAX];

  if (env != NULL && env[0] != '\0') {
    snprintf(root, cap, "%s", env);
    return holds(root, 0, tried) ? root : NULL;
  }
  if (pw_exe_dir(exe, sizeof exe) != 0)
    return NULL;
  snprintf(root, cap, "%s", exe);
  if (walk_up(root, tried))
    return root;
  if ((size_t)snprintf(root, cap, "%s/../share/pwabi", exe) >= cap)
    return NULL;
  return holds(root, 0, tried) ? pw_path_clean(root, cap) : NULL;
}

char *pw_path_clean(char *path, size_t cap)
{
  char real[PATH_MAX];

  if (realpath(path, real) != NULL && strlen(real) < cap)
    strcpy(path, real);
  return path;
}

const char *pw_data_root(pw_err *err)
{
  static char root[PATH_MAX];
  pw_err tried;

  memset(&tried, 0, sizeof tried);
  if (look(root, sizeof root, &tried) != NULL)
    return root;
  pw_errf(err, "pwabi's data (conformance/cases) is in none of: %s; "
          "set PWABI_DATA", tried.msg[0] ? tried.msg : "(no directory)");
  return NULL;
}
