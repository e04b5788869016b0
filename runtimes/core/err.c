/*
 * Error messages and trap-kind names shared by every engine.
 */
#include <stdarg.h>
#include <stdio.h>

#include "engine.h"

void pw_errf(pw_err *err, const char *fmt, ...)
{
  va_list ap;

  if (err == NULL)
    return;
  va_start(ap, fmt);
  vsnprintf(err->msg, sizeof err->msg, fmt, ap);
  va_end(ap);
}

/* Short, stable words: transcripts and conformance cases use them
   (conformance/FORMAT.md); they are the pw_trap_kind names, lower case. */
static const char *const trap_names[] = {
  "none", "unreachable", "memory", "stack", "div_zero", "int_overflow",
  "conversion", "indirect_call", "host", "other", "timeout"
};

const char *pw_trap_kind_name(pw_trap_kind k)
{
  if ((unsigned)k >= sizeof trap_names / sizeof trap_names[0])
    return "other";
  return trap_names[k];
}
