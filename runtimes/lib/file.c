/*
 * Reading a file whole, for modules and whatever else is read at once.
 */
#include <errno.h>
#include <stdlib.h>

#include "pwlib.h"

/* Grows by doubling: works on pipes and /proc files, where the size is
   not known beforehand. */
static uint8_t *read_all(FILE *f, size_t *len)
{
  uint8_t *buf = NULL, *nb;
  size_t cap = 0, n = 0, got;

  do {
    if (n == cap) {
      cap = cap ? cap * 2 : 65536;
      if ((nb = realloc(buf, cap)) == NULL) {
        free(buf);
        errno = ENOMEM;
        return NULL;
      }
      buf = nb;
    }
    n += got = fread(buf + n, 1, cap - n, f);
  } while (got > 0);
  if (ferror(f)) {
    free(buf);
    return NULL;
  }
  *len = n;
  return buf;
}

uint8_t *pw_read_file(const char *path, size_t *len)
{
  FILE *f = fopen(path, "rb");
  uint8_t *buf;
  int e;

  if (f == NULL)
    return NULL;
  buf = read_all(f, len);
  e = errno;
  fclose(f);
  errno = e;
  return buf;
}
