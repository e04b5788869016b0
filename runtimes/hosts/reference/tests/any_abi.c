/*
 * Tests only: driver.c recompiled with -Dpw_vm_new=ref_any_vm_new binds a
 * module to the version whose marker it exports (v1alpha, which has none,
 * otherwise), so that guests of every version run through the reference
 * host until pw_host_args can name the version.
 */
#include <string.h>

#include "ref.h"
#include "versions.h"
#include "wasm_info.h"

pw_vm *ref_any_vm_new(const pw_vm_args *a, pw_err *err);

static int exports(const pw_wasm_info *w, const char *name)
{
  for (size_t i = 0; i < w->nexports; i++)
    if (strcmp(w->exports[i].name, name) == 0)
      return 1;
  return 0;
}

/* The first registry version whose marker the module exports, or NULL. */
static const pw_abi *marked(const uint8_t *wasm, size_t len)
{
  const pw_abi *abi = NULL;
  pw_wasm_info w;
  pw_err err;

  if (pw_wasm_info_read(wasm, len, &w, &err) != 0)
    return NULL;
  for (const pw_version *v = pw_versions; v->name && abi == NULL; v++)
    if (*v->marker && exports(&w, v->marker))
      abi = v->abi;
  pw_wasm_info_free(&w);
  return abi;
}

pw_vm *ref_any_vm_new(const pw_vm_args *a, pw_err *err)
{
  pw_vm_args b = *a;
  const pw_abi *abi = marked(a->wasm, a->wasm_len);

  if (abi != NULL)
    b.abi = abi;
  return pw_vm_new(&b, err);
}
