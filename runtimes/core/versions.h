/*
 * The ABI versions this build has glue for, from the generated registry
 * (generated/versions.def): adding a version is a folder in spec/ and
 * `make generate`, never an edit here.
 */
#ifndef PW_VERSIONS_H
#define PW_VERSIONS_H

#include <stdio.h>

#include "pwabi_rt.h"

typedef struct pw_version {
  const char *name;       /* the spec folder, e.g. as hosts declare it */
  const pw_abi *abi;      /* its tables */
  const char *marker;     /* the export declaring it; "" if none */
  const char *manifest;   /* coverage items, relative to generated/ */
} pw_version;

/* Every version, in registry order, ending with a NULL name. */
extern const pw_version pw_versions[];

/* The version called `name`, or NULL. */
const pw_version *pw_version_by_name(const char *name);
/* The names, separated by `sep`, for usage texts and errors. */
void pw_version_names(FILE *f, const char *sep);

#endif /* PW_VERSIONS_H */
