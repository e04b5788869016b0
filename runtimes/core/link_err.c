/*
 * Link errors, worded once: the vm reports them before an engine sees the
 * module, and an engine that checks again (a caller may skip the vm) uses
 * the same words (engine.h).
 */
#include <stdio.h>

#include "engine.h"
#include "wasm_info.h"

/* "iiI:i" -> "(i32, i32, i64) -> i32", as wasm-objdump prints them. */
static void sig_text(const char *code, char *buf, size_t cap)
{
  size_t len = 0;
  int params = 1, first = 1;

  len += (size_t)snprintf(buf, cap, "(");
  for (const char *p = code; *p && len < cap; p++) {
    if (*p == ':') {
      len += (size_t)snprintf(buf + len, cap - len, ") -> %s",
                              p[1] ? "" : "nil");
      params = 0, first = 1;
      continue;
    }
    len += (size_t)snprintf(buf + len, cap - len, "%s%s",
                            first || !params ? "" : ", ", pw_wasm_type(*p));
    first = 0;
  }
}

int pw_link_sig_err(pw_err *err, const char *what, const char *name,
                    const char *want, const char *have)
{
  char w[128], h[128];

  sig_text(want, w, sizeof w);
  sig_text(have, h, sizeof h);
  pw_errf(err, "%s %s: signature mismatch: expected %s, module has %s",
          what, name, w, h);
  return -1;
}

static const char *kind_name(char k)
{
  return k == 'm' ? "memory" : k == 't' ? "table" : k == 'g' ? "global"
         : k == 'e' ? "tag" : "function";
}

int pw_link_kind_err(pw_err *err, const char *module, const char *name,
                     char kind)
{
  pw_errf(err, "import %s.%s: %s imports are not supported", module, name,
          kind_name(kind));
  return -1;
}
