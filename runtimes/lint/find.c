/*
 * Lookups for the lint rules: in the registry (every version's imports,
 * exports, markers and allocators) and in the module.
 */
#include <stdio.h>
#include <string.h>

#include "lint.h"

const pw_version *pw_lint_import_in(const pw_version *not,
                                    const char *module, const char *name,
                                    const char *sig)
{
  const pw_version *v;
  const pw_import *im;

  for (v = pw_versions; v->name != NULL; v++) {
    im = v == not ? NULL : pw_abi_import(v->abi, module, name);
    if (im != NULL && (sig == NULL || strcmp(im->sig, sig) == 0))
      return v;
  }
  return NULL;
}

const pw_version *pw_lint_export_in(const pw_version *not, const char *name,
                                    const char *sig)
{
  const pw_version *v;
  const pw_export *ex;

  for (v = pw_versions; v->name != NULL; v++) {
    ex = v == not ? NULL : pw_abi_export(v->abi, name);
    if (ex != NULL && (sig == NULL || strcmp(ex->sig, sig) == 0))
      return v;
  }
  return NULL;
}

const pw_version *pw_lint_marker_of(const char *name)
{
  const pw_version *v;

  for (v = pw_versions; v->name != NULL; v++)
    if (v->marker[0] != '\0' && strcmp(v->marker, name) == 0)
      return v;
  return NULL;
}

int pw_lint_is_allocator(const char *name)
{
  const pw_version *v;
  const char *const *a;

  for (v = pw_versions; v->name != NULL; v++)
    for (a = v->abi->allocators; a != NULL && *a != NULL; a++)
      if (strcmp(*a, name) == 0)
        return 1;
  return 0;
}

int pw_lint_listed(const char *list, const char *word)
{
  size_t n = strlen(word);
  const char *p = list;

  if (n == 0)
    return 0;
  while ((p = strstr(p, word)) != NULL) {
    if ((p == list || p[-1] == ' ') && (p[n] == ' ' || p[n] == '\0'))
      return 1;
    p += n;
  }
  return 0;
}

const pw_wasm_extern *pw_lint_exported(const pw_wasm_info *m,
                                       const char *name)
{
  size_t i;

  for (i = 0; i < m->nexports; i++)
    if (m->exports[i].kind == 'f' && strcmp(m->exports[i].name, name) == 0)
      return &m->exports[i];
  return NULL;
}

/* The types of s up to `stop` as "t, t", appended to buf at *k. */
static const char *types(char *buf, size_t cap, size_t *k, const char *s,
                         char stop)
{
  for (; *s != '\0' && *s != stop; s++)
    if (*k < cap)
      *k += (size_t)snprintf(buf + *k, cap - *k, "%s%s", pw_wasm_type(*s),
                             s[1] != '\0' && s[1] != stop ? ", " : "");
  return s;
}

const char *pw_lint_sig(char *buf, size_t cap, const char *sig)
{
  size_t k = 1;
  const char *r;

  snprintf(buf, cap, "(");
  r = types(buf, cap, &k, sig, ':');
  if (k < cap)
    k += (size_t)snprintf(buf + k, cap - k, ") -> ");
  if (*r == ':' && r[1] != '\0')
    types(buf, cap, &k, r + 1, '\0');
  else if (k < cap)
    snprintf(buf + k, cap - k, "()");
  return buf;
}

const char *pw_lint_qname(char *buf, size_t cap, const pw_wasm_extern *x)
{
  if (x->module != NULL)
    snprintf(buf, cap, "%s.%s", x->module, x->name);
  else
    snprintf(buf, cap, "%s", x->name);
  return buf;
}
