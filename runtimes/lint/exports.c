/*
 * Export rules: every function export is classified once against the
 * declared version and its siblings; each rule reports one class.  Only
 * proxy_* names can be callbacks; other exports (memory, _start, a
 * language runtime's) are the module's own business.
 */
#include <stdio.h>
#include <string.h>

#include "lint.h"

#define PROXY "proxy_"
#define MARKER "proxy_abi_version_"

typedef enum ex_class {
  EX_OK, EX_ARITY, EX_OTHER, EX_MISNAMED, EX_UNKNOWN
} ex_class;

/* proxy_<name> is some version's callback. */
static int misnamed(const char *name)
{
  char full[128];

  snprintf(full, sizeof full, PROXY "%s", name);
  return pw_lint_export_in(NULL, full, NULL) != NULL;
}

static ex_class classify(const pw_lint *l, const pw_wasm_extern *x)
{
  const pw_export *ex;

  if (x->kind != 'f')
    return EX_OK;
  ex = pw_abi_export(l->ver->abi, x->name);
  if (ex != NULL)
    return strcmp(ex->sig, x->sig) == 0 ? EX_OK : EX_ARITY;
  if (pw_lint_is_allocator(x->name)
      || strncmp(x->name, MARKER, strlen(MARKER)) == 0)
    return EX_OK;   /* the allocator and marker rules' business */
  if (strncmp(x->name, PROXY, strlen(PROXY)) != 0)
    return misnamed(x->name) ? EX_MISNAMED : EX_OK;
  return pw_lint_export_in(l->ver, x->name, NULL) ? EX_OTHER : EX_UNKNOWN;
}

typedef void emit_fn(pw_lint *l, const pw_wasm_extern *x);

static void each(pw_lint *l, ex_class c, emit_fn *emit)
{
  size_t i;

  for (i = 0; l->ver != NULL && i < l->info->nexports; i++)
    if (classify(l, &l->info->exports[i]) == c)
      emit(l, &l->info->exports[i]);
}

static void arity(pw_lint *l, const pw_wasm_extern *x)
{
  char want[96], got[96];
  const pw_export *ex = pw_abi_export(l->ver->abi, x->name);
  const pw_version *v = pw_lint_export_in(l->ver, x->name, x->sig);

  pw_lint_add(l, "callback-arity", NULL, x->name, "exported as %s%s%s%s; "
              "%s has %s", pw_lint_sig(got, sizeof got, x->sig),
              v ? " (" : "", v ? v->name : "", v ? "'s)" : "", l->ver->name,
              pw_lint_sig(want, sizeof want, ex->sig));
}

static void other(pw_lint *l, const pw_wasm_extern *x)
{
  const pw_version *v = pw_lint_export_in(l->ver, x->name, NULL);

  pw_lint_add(l, "export-other-version", NULL, x->name, "a %s callback, "
              "not a %s one: no host calls it in this module", v->name,
              l->ver->name);
}

static void named(pw_lint *l, const pw_wasm_extern *x)
{
  pw_lint_add(l, "misnamed-export", NULL, x->name, "no host calls it: "
              "the callback is " PROXY "%s", x->name);
}

static void unknown(pw_lint *l, const pw_wasm_extern *x)
{
  pw_lint_add(l, "unknown-export", NULL, x->name, "no version of the ABI "
              "has this callback: no host calls it");
}

void pw_lint_callback_arity(pw_lint *l) { each(l, EX_ARITY, arity); }
void pw_lint_export_other(pw_lint *l) { each(l, EX_OTHER, other); }
void pw_lint_misnamed(pw_lint *l) { each(l, EX_MISNAMED, named); }
void pw_lint_unknown_export(pw_lint *l) { each(l, EX_UNKNOWN, unknown); }
