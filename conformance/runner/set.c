/*
 * Sorted string sets: coverage items ("kind\tname") of a case and of a run.
 */
#include <stdlib.h>
#include <string.h>

#include "certify.h"

static size_t set_find(const cf_set *set, const char *s, int *found)
{
  size_t lo = 0, hi = set->n;

  *found = 0;
  while (lo < hi) {
    size_t mid = (lo + hi) / 2;
    int c = strcmp(set->s[mid], s);
    if (c == 0) {
      *found = 1;
      return mid;
    }
    if (c < 0)
      lo = mid + 1;
    else
      hi = mid;
  }
  return lo;
}

int cf_set_add(cf_set *set, const char *s)
{
  int found;
  size_t at = set_find(set, s, &found);
  char *copy;

  if (found)
    return 0;
  if (set->n == set->cap) {
    size_t cap = set->cap ? set->cap * 2 : 64;
    char **ns = realloc(set->s, cap * sizeof *ns);
    if (ns == NULL)
      abort();
    set->s = ns;
    set->cap = cap;
  }
  if ((copy = strdup(s)) == NULL)
    abort();
  memmove(set->s + at + 1, set->s + at, (set->n - at) * sizeof *set->s);
  set->s[at] = copy;
  set->n++;
  return 1;
}

int cf_set_has(const cf_set *set, const char *s)
{
  int found;

  set_find(set, s, &found);
  return found;
}

void cf_set_free(cf_set *set)
{
  for (size_t i = 0; i < set->n; i++)
    free(set->s[i]);
  free(set->s);
  memset(set, 0, sizeof *set);
}
