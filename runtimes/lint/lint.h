/*
 * pwabi lint: a module's imports and exports (read by wasm_info, never
 * instantiated) checked against the ABI version its marker declares, and
 * against what real hosts refuse at load (hosts.def).
 *
 *   lint.c     the command: flags, text and JSON output, exit status
 *   rules.c    the rules table; markers and allocators
 *   imports.c  import rules
 *   exports.c  export rules
 *   hosts.c    host rules over the data of hosts.def
 *   find.c     lookups in the registry and in the module
 *
 * Versions, markers, functions and signatures come from the registry
 * (pw_versions[], pw_abi); what hosts serve comes from hosts.def.
 */
#ifndef PW_LINT_H
#define PW_LINT_H

#include <stddef.h>

#include "args.h"
#include "versions.h"
#include "wasm_info.h"

typedef enum pw_lint_level { PW_LINT_ERROR, PW_LINT_WARNING } pw_lint_level;

typedef struct pw_lint pw_lint;

/* One rule: findings carry its id and level. */
typedef struct pw_lint_rule {
  const char *id;
  pw_lint_level level;
  const char *what;             /* one line, for --rules */
  void (*check)(pw_lint *l);
} pw_lint_rule;

typedef struct pw_finding {
  const pw_lint_rule *rule;
  const char *host;             /* host rules: the host's id; else NULL */
  char subject[96];             /* "module.name" of an import, or an export */
  char why[240];
} pw_finding;

struct pw_lint {
  const pw_wasm_info *info;
  const pw_version *ver;        /* what it is checked as; NULL: nothing */
  const char *marker;           /* the first known marker; NULL: none */
  pw_finding *f;
  size_t n, cap;
};

/* A host's facts (hosts.def): lists are space-separated names. */
typedef struct pw_lint_host {
  const char *id, *title;
  const char *markers;          /* the markers it accepts */
  int all;                      /* registers every version's functions,
                                   not only the declared version's */
  const char *lacks;            /* ABI functions it does not register */
  const char *sigs;             /* "name=sig": registered with that sig */
  const char *requires;         /* exports it refuses a filter without */
} pw_lint_host;

extern const pw_lint_rule pw_lint_rules[];      /* id NULL ends it */
extern const pw_lint_host pw_lint_hosts[];      /* id NULL ends it */

/* Run every rule; findings in l->f, in rule order (abort when out of
   memory). */
void pw_lint_run(pw_lint *l, const pw_wasm_info *info);
void pw_lint_free(pw_lint *l);
/* A finding of rule `id` (printf-style why). */
void pw_lint_add(pw_lint *l, const char *id, const char *host,
                 const char *subject, const char *fmt, ...)
    __attribute__((format(printf, 5, 6)));
/* A finding of a spec rule (not a host rule) names `subject`. */
int pw_lint_named(const pw_lint *l, const char *subject);

/* The rules of each file. */
void pw_lint_no_marker(pw_lint *l);
void pw_lint_two_markers(pw_lint *l);
void pw_lint_unknown_marker(pw_lint *l);
void pw_lint_allocator(pw_lint *l);
void pw_lint_unknown_import(pw_lint *l);
void pw_lint_import_other(pw_lint *l);
void pw_lint_import_signature(pw_lint *l);
void pw_lint_import_twice(pw_lint *l);
void pw_lint_wasi(pw_lint *l);
void pw_lint_callback_arity(pw_lint *l);
void pw_lint_export_other(pw_lint *l);
void pw_lint_misnamed(pw_lint *l);
void pw_lint_unknown_export(pw_lint *l);
void pw_lint_host_marker(pw_lint *l);
void pw_lint_host_imports(pw_lint *l);
void pw_lint_host_required(pw_lint *l);

/* find.c (an abi's own lookups: pw_abi_import, pw_abi_export in args.h) */
/* A version other than `not` with that import or export, whose signature
   is `sig` when sig is not NULL; NULL if none. */
const pw_version *pw_lint_import_in(const pw_version *not,
                                    const char *module, const char *name,
                                    const char *sig);
const pw_version *pw_lint_export_in(const pw_version *not, const char *name,
                                    const char *sig);
/* The version whose marker is `name`, or NULL. */
const pw_version *pw_lint_marker_of(const char *name);
/* Some version looks `name` up as its allocator. */
int pw_lint_is_allocator(const char *name);
/* `word` is one of the space-separated `list`. */
int pw_lint_listed(const char *list, const char *word);
/* A function export `name` of the module, or NULL. */
const pw_wasm_extern *pw_lint_exported(const pw_wasm_info *m,
                                       const char *name);
/* hosts.c: `module` is a name WASI is imported under; some host serves
   module.name besides the ABI's functions (hosts.def). */
int pw_lint_is_wasi(const char *module);
int pw_lint_served(const char *module, const char *name);
/* "iii:i" as "(i32, i32, i32) -> i32" in buf. */
const char *pw_lint_sig(char *buf, size_t cap, const char *sig);
/* "module.name" in buf. */
const char *pw_lint_qname(char *buf, size_t cap, const pw_wasm_extern *x);

#endif /* PW_LINT_H */
