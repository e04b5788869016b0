/*
 * Reference host: a table from context id to pointer, sized by what it
 * holds (open addressing, linear probing, backward-shift removal), so a
 * host serving a million streams keeps only the live ones.
 */
#include <stdlib.h>

#include "ref.h"

#define MIN_CAP 16

static size_t home(const ref_ids *t, uint32_t id)
{
  return (size_t)(id * 2654435761u) & (t->cap - 1);
}

static size_t find(const ref_ids *t, uint32_t id)
{
  size_t i = home(t, id);

  while (t->s[i].id != 0 && t->s[i].id != id)
    i = (i + 1) & (t->cap - 1);
  return i;
}

static void resize(ref_ids *t, size_t cap)
{
  ref_ids old = *t;

  t->s = ref_alloc(cap * sizeof *t->s);
  t->cap = cap;
  for (size_t i = 0; i < old.cap; i++)
    if (old.s[i].id != 0)
      t->s[find(t, old.s[i].id)] = old.s[i];
  free(old.s);
}

void *ref_ids_get(const ref_ids *t, uint32_t id)
{
  return t->cap == 0 || id == 0 ? NULL : t->s[find(t, id)].p;
}

/* id is new to the table (ids are never reused). */
void ref_ids_put(ref_ids *t, uint32_t id, void *p)
{
  size_t i;

  if (2 * (t->n + 1) > t->cap)
    resize(t, t->cap ? 2 * t->cap : MIN_CAP);
  i = find(t, id);
  t->s[i].id = id;
  t->s[i].p = p;
  t->n++;
}

/* Close the gap at i: later entries of the run move back if their home
   is not between the gap and them. */
static void shift_back(ref_ids *t, size_t i)
{
  size_t m = t->cap - 1;

  for (size_t j = (i + 1) & m; t->s[j].id != 0; j = (j + 1) & m) {
    size_t k = home(t, t->s[j].id);
    if (((j - k) & m) >= ((j - i) & m)) {
      t->s[i] = t->s[j];
      t->s[j].id = 0;
      t->s[j].p = NULL;
      i = j;
    }
  }
}

/* Remove id and return what it held (NULL: absent). */
void *ref_ids_take(ref_ids *t, uint32_t id)
{
  size_t i;
  void *p;

  if (t->cap == 0 || id == 0 || t->s[i = find(t, id)].id == 0)
    return NULL;
  p = t->s[i].p;
  t->s[i].id = 0;
  t->s[i].p = NULL;
  shift_back(t, i);
  if (--t->n * 8 < t->cap && t->cap > MIN_CAP)
    resize(t, t->cap / 2);
  return p;
}

/* Entry i of the walk (NULL: an empty slot); i < t->cap. */
void *ref_ids_at(const ref_ids *t, size_t i)
{
  return t->s[i].p;
}

void ref_ids_free(ref_ids *t)
{
  free(t->s);
  t->s = NULL;
  t->n = t->cap = 0;
}
