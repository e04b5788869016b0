/*
 * The version registry: one row per generated/versions.def line.
 */
#include <string.h>

#include "versions.h"

#define PW_VERSION(name, prefix, marker, manifest) \
  extern const pw_abi prefix##_abi;
#include "versions.def"

const pw_version pw_versions[] = {
#define PW_VERSION(name, prefix, marker, manifest) \
  {#name, &prefix##_abi, marker, manifest},
#include "versions.def"
  {NULL, NULL, NULL, NULL}
};

const pw_version *pw_version_by_name(const char *name)
{
  const pw_version *v;

  for (v = pw_versions; name != NULL && v->name != NULL; v++)
    if (strcmp(v->name, name) == 0)
      return v;
  return NULL;
}

void pw_version_names(FILE *f, const char *sep)
{
  const pw_version *v;

  for (v = pw_versions; v->name != NULL; v++)
    fprintf(f, "%s%s", v == pw_versions ? "" : sep, v->name);
}
