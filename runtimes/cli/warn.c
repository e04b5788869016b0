/*
 * A warning after a run: a module without an allocator (host calls that
 * return data fail).  A run that called nothing is said by run.c.  The
 * exit status stays what the run made it.
 */
#include <string.h>

#include "cli.h"
#include "wasm_info.h"

static int has_export(const pw_wasm_info *info, const char *name,
                      const char *sig)
{
  for (size_t i = 0; i < info->nexports; i++)
    if (info->exports[i].kind == 'f'
        && strcmp(info->exports[i].name, name) == 0
        && strcmp(info->exports[i].sig, sig) == 0)
      return 1;
  return 0;
}

static void no_allocator(const pw_abi *abi, const pw_wasm_info *info,
                         const char *who)
{
  const char *const *names = pw_vm_allocators(abi);

  for (size_t i = 0; names[i] != NULL; i++)
    if (has_export(info, names[i], "i:i"))
      return;
  fprintf(stderr, "pwabi: warning: %s exports no allocator (", who);
  for (size_t i = 0; names[i] != NULL; i++)
    fprintf(stderr, "%s%s", i ? ", " : "", names[i]);
  fputs("): host calls that return data cannot give it\n", stderr);
}

void pw_cli_warn(const pw_cli *c, const uint8_t *wasm, size_t len,
                 const char *who)
{
  pw_wasm_info info;
  pw_err err;

  if (c->abi == NULL || pw_wasm_info_read(wasm, len, &info, &err) != 0)
    return;
  no_allocator(c->abi, &info, who);
  pw_wasm_info_free(&info);
}
