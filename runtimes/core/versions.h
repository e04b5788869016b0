/*
 * The ABI versions this build has glue for, from the generated registry
 * (generated/versions.def): adding a version is a folder in spec/ and
 * `make generate`, never an edit here.
 */
#ifndef PW_VERSIONS_H
#define PW_VERSIONS_H

#include <stddef.h>
#include <stdint.h>
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

/* Detection (detect.c), from the registry's markers. */
struct pw_wasm_info;
struct pw_err;
/* The version a module declares: its first function export, in export
   order, that is a version's marker (cpp-host and Kong alike), and that
   marker in *marker (may be NULL); NULL when it has none. */
const pw_version *pw_version_detect(const struct pw_wasm_info *info,
                                    const char **marker);
/* The same from a module's bytes; NULL also when they do not read. */
const pw_version *pw_version_of(const uint8_t *wasm, size_t len,
                                const char **marker);
/* The version without a marker (the seed), or NULL. */
const pw_version *pw_version_unmarked(void);
/* Is `name` spelled like a marker (the markers' common stem)? */
int pw_version_lookalike(const char *name);
/* err: the module has no marker, naming its exports that look like one
   ("... (named like one: none)"). */
void pw_version_refuse(const struct pw_wasm_info *info, struct pw_err *err);

#endif /* PW_VERSIONS_H */
