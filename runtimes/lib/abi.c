/*
 * The version a module is run with, and a guest call's budget: the words
 * `run` and `certify` share.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "pwlib.h"
#include "versions.h"
#include "wasm_info.h"

int pw_budget_parse(const char *s, uint32_t *ms)
{
  char *end;
  unsigned long v;

  errno = 0;
  v = strtoul(s, &end, 10);
  if (s[0] < '0' || s[0] > '9' || *end != '\0' || errno != 0
      || v >= PW_VM_NO_BUDGET)
    return -1;
  *ms = v == 0 ? PW_VM_NO_BUDGET : (uint32_t)v;
  return 0;
}

/* err: refused, and what would help. */
static const pw_version *refuse(const pw_wasm_info *info, pw_err *err)
{
  size_t n;
  FILE *f;

  pw_version_refuse(info, err);
  n = strlen(err->msg);
  f = fmemopen(err->msg + n, sizeof err->msg - n, "w");
  if (f != NULL) {
    fputs("; --abi NAME says which version to assume (", f);
    pw_version_names(f, ", ");
    fputc(')', f);
    fclose(f);
  }
  return NULL;
}

const pw_version *pw_abi_choose(const uint8_t *wasm, size_t len,
                                const char *flag, char *how, size_t cap,
                                pw_err *err)
{
  pw_wasm_info info;
  const char *marker = NULL;
  const pw_version *v;

  if (pw_wasm_info_read(wasm, len, &info, err) != 0)
    return NULL;
  if ((v = pw_version_detect(&info, &marker)) != NULL)
    snprintf(how, cap, "%s (marker %s)", v->name, marker);
  else if ((v = pw_version_by_name(flag)) != NULL)
    snprintf(how, cap, "%s (--abi)", v->name);
  else if (flag != NULL)
    pw_errf(err, "--abi: no version '%s'", flag);
  else
    refuse(&info, err);
  pw_wasm_info_free(&info);
  return v;
}
