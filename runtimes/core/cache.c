/* pwabi's cache directory and the hash that names its files (cache.h). */
#include <stdio.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cache.h"

uint64_t pw_fnv(uint64_t h, const void *p, size_t n)
{
  const uint8_t *b = p;

  for (size_t i = 0; i < n; i++)
    h = (h ^ b[i]) * 0x100000001b3ull;
  return h;
}

/* mkdir -p; 0 when `dir` exists and is writable. */
static int mkdirs(char *dir)
{
  for (char *p = dir + 1; *p; p++)
    if (*p == '/') {
      *p = '\0';
      mkdir(dir, 0755);
      *p = '/';
    }
  mkdir(dir, 0755);
  return access(dir, W_OK | X_OK);
}

int pw_cache_dir(char *dir, size_t n)
{
  const char *c = getenv("PWABI_CACHE"), *x = getenv("XDG_CACHE_HOME");
  const char *home = getenv("HOME");
  int k;

  if (c != NULL && *c)
    k = snprintf(dir, n, "%s", c);
  else if (x != NULL && *x)
    k = snprintf(dir, n, "%s/pwabi", x);
  else if (home != NULL && *home)
    k = snprintf(dir, n, "%s/.cache/pwabi", home);
  else
    return -1;
  return k < 0 || (size_t)k >= n ? -1 : mkdirs(dir);
}
