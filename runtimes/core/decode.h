/*
 * Raw host-call and callback arguments rendered for people, driven by the
 * lowered layout strings of the generated tables (pw_import.args).
 */
#ifndef PW_DECODE_H
#define PW_DECODE_H

#include "pwabi_rt.h"

typedef struct pw_view {
  const uint8_t *mem;     /* linear memory, NULL if none */
  uint64_t size;
} pw_view;

/*
 * Render `args` as `name=value, ...` into buf (always NUL-terminated,
 * truncated with "..." when full).  With `done` set (the call returned ok)
 * out-pointers show what the host wrote.  Returns the length written.
 */
size_t pw_decode(const pw_abi *abi, const char *layout, const uint64_t *args,
                 pw_view v, int done, char *buf, size_t cap);

/* One value by its layout code ("u", "e=filter_status", ...). */
size_t pw_decode_value(const pw_abi *abi, const char *code, uint64_t x,
                       char *buf, size_t cap);

/* Name of value v of enum/flags `type`, or NULL. */
const char *pw_variant_name(const pw_abi *abi, const char *type, uint32_t v);

#endif /* PW_DECODE_H */
