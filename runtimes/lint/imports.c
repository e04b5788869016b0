/*
 * Import rules: every function import is classified once against the
 * declared version, its siblings and what hosts serve; each rule reports
 * one class.
 */
#include <string.h>

#include "lint.h"

typedef enum im_class {
  IM_OK, IM_SIG, IM_OTHER, IM_UNKNOWN, IM_WASI_UNSERVED
} im_class;

static im_class wasi_class(const pw_lint *l, const pw_wasm_extern *x)
{
  if (pw_lint_served(x->module, x->name)
      || pw_abi_import(l->ver->abi, x->module, x->name) != NULL)
    return IM_OK;
  return IM_WASI_UNSERVED;
}

static im_class classify(const pw_lint *l, const pw_wasm_extern *x)
{
  const pw_import *im;

  if (x->kind != 'f')
    return IM_OK;
  if (pw_lint_is_wasi(x->module))
    return wasi_class(l, x);
  im = pw_abi_import(l->ver->abi, x->module, x->name);
  if (im != NULL)
    return strcmp(im->sig, x->sig) == 0 ? IM_OK : IM_SIG;
  if (pw_lint_import_in(l->ver, x->module, x->name, NULL) != NULL)
    return IM_OTHER;
  return pw_lint_served(x->module, x->name) ? IM_OK : IM_UNKNOWN;
}

typedef void emit_fn(pw_lint *l, const pw_wasm_extern *x, const char *q);

/* emit() for every import of class c. */
static void each(pw_lint *l, im_class c, emit_fn *emit)
{
  char q[96];
  size_t i;

  for (i = 0; l->ver != NULL && i < l->info->nimports; i++)
    if (classify(l, &l->info->imports[i]) == c)
      emit(l, &l->info->imports[i],
           pw_lint_qname(q, sizeof q, &l->info->imports[i]));
}

static void unknown(pw_lint *l, const pw_wasm_extern *x, const char *q)
{
  (void)x;
  pw_lint_add(l, "unknown-import", NULL, q, "no version of the ABI has "
              "it and no host is known to serve it: the module fails to "
              "link");
}

static void other(pw_lint *l, const pw_wasm_extern *x, const char *q)
{
  const pw_version *v = pw_lint_import_in(l->ver, x->module, x->name,
                                          NULL);

  pw_lint_add(l, "import-other-version", NULL, q, "%s has no such "
              "function (%s has): a host serving %s does not link it",
              l->ver->name, v->name, l->ver->name);
}

static void signature(pw_lint *l, const pw_wasm_extern *x, const char *q)
{
  char want[96], got[96];
  const pw_import *im = pw_abi_import(l->ver->abi, x->module, x->name);
  const pw_version *v = pw_lint_import_in(l->ver, x->module, x->name,
                                          x->sig);

  pw_lint_add(l, "import-signature", NULL, q, "imported as %s%s%s%s; %s "
              "has %s", pw_lint_sig(got, sizeof got, x->sig),
              v ? " (" : "", v ? v->name : "", v ? "'s)" : "", l->ver->name,
              pw_lint_sig(want, sizeof want, im->sig));
}

static void wasi(pw_lint *l, const pw_wasm_extern *x, const char *q)
{
  (void)x;
  pw_lint_add(l, "wasi-unserved", NULL, q, "neither in the spec's WASI "
              "list nor among the stubs hosts serve: the module fails to "
              "link");
}

void pw_lint_unknown_import(pw_lint *l) { each(l, IM_UNKNOWN, unknown); }
void pw_lint_import_other(pw_lint *l) { each(l, IM_OTHER, other); }
void pw_lint_import_signature(pw_lint *l) { each(l, IM_SIG, signature); }
void pw_lint_wasi(pw_lint *l) { each(l, IM_WASI_UNSERVED, wasi); }

/* The first import of x's module.name before index j, or NULL. */
static const pw_wasm_extern *first(const pw_wasm_info *m, size_t j)
{
  const pw_wasm_extern *x = &m->imports[j];
  size_t i;

  for (i = 0; i < j; i++)
    if (m->imports[i].kind == 'f' && strcmp(m->imports[i].name, x->name) == 0
        && strcmp(m->imports[i].module, x->module) == 0)
      return &m->imports[i];
  return NULL;
}

void pw_lint_import_twice(pw_lint *l)
{
  const pw_wasm_extern *x, *a;
  char q[96], s1[96], s2[96];
  size_t j;

  for (j = 0; j < l->info->nimports; j++) {
    x = &l->info->imports[j];
    a = x->kind == 'f' ? first(l->info, j) : NULL;
    if (a != NULL && strcmp(a->sig, x->sig) != 0)
      pw_lint_add(l, "import-twice", NULL, pw_lint_qname(q, sizeof q, x),
                  "imported as %s and as %s: no host registers both",
                  pw_lint_sig(s1, sizeof s1, a->sig),
                  pw_lint_sig(s2, sizeof s2, x->sig));
  }
}
