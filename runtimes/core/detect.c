/*
 * Which ABI version a module declares, as hosts detect it: cpp-host takes
 * the first function export named like a marker, Kong the first match in
 * export order -- the same rule.  The markers come from the registry, so
 * no version is named here.
 */
#include <ctype.h>
#include <stdio.h>
#include <string.h>

#include "versions.h"
#include "wasm_info.h"

static const pw_version *by_marker(const char *name)
{
  const pw_version *v;

  for (v = pw_versions; v->name != NULL; v++)
    if (v->marker[0] != '\0' && strcmp(v->marker, name) == 0)
      return v;
  return NULL;
}

const pw_version *pw_version_detect(const pw_wasm_info *info,
                                    const char **marker)
{
  for (size_t i = 0; i < info->nexports; i++) {
    const pw_wasm_extern *x = &info->exports[i];
    const pw_version *v = x->kind == 'f' ? by_marker(x->name) : NULL;
    if (v != NULL) {
      if (marker != NULL)
        *marker = v->marker;
      return v;
    }
  }
  return NULL;
}

const pw_version *pw_version_of(const uint8_t *wasm, size_t len,
                                const char **marker)
{
  pw_wasm_info info;
  pw_err err;
  const pw_version *v;

  if (pw_wasm_info_read(wasm, len, &info, &err) != 0)
    return NULL;
  v = pw_version_detect(&info, marker);
  pw_wasm_info_free(&info);
  return v;
}

const pw_version *pw_version_unmarked(void)
{
  const pw_version *v;

  for (v = pw_versions; v->name != NULL; v++)
    if (v->marker[0] == '\0')
      return v;
  return NULL;
}

/* What every marker starts with, cut back to its last letter
   ("proxy_abi_version_0_" -> "proxy_abi_version"): its length. */
static size_t stem(const char **first)
{
  const pw_version *v;
  size_t n = (size_t)-1;

  *first = NULL;
  for (v = pw_versions; v->name != NULL; v++) {
    size_t k = 0;
    if (v->marker[0] == '\0')
      continue;
    if (*first == NULL)
      *first = v->marker;
    while (k < n && v->marker[k] != '\0' && v->marker[k] == (*first)[k])
      k++;
    n = k;
  }
  while (*first != NULL && n > 0 && !isalpha((unsigned char)(*first)[n - 1]))
    n--;
  return *first != NULL ? n : 0;
}

int pw_version_lookalike(const char *name)
{
  const char *first;
  size_t n = stem(&first);

  return n > 0 && strncmp(name, first, n) == 0;
}

/* Append to err's message. */
static void cat(pw_err *err, const char *a, const char *b)
{
  size_t len = strlen(err->msg);

  snprintf(err->msg + len, sizeof err->msg - len, "%s%s", a, b);
}

void pw_version_refuse(const pw_wasm_info *info, pw_err *err)
{
  size_t found = 0;

  pw_errf(err, "no ABI version marker among its exports (named like one: ");
  for (size_t i = 0; i < info->nexports; i++) {
    const pw_wasm_extern *x = &info->exports[i];
    if (!pw_version_lookalike(x->name))
      continue;
    cat(err, found++ ? ", " : "", x->name);
    if (x->kind != 'f')
      cat(err, " (not a function)", "");
  }
  cat(err, found ? "" : "none", ")");
}
