/*
 * Raw host-call and callback arguments rendered for people, walked by the
 * generated argument tables (args.h).
 */
#ifndef PW_DECODE_H
#define PW_DECODE_H

#include "args.h"

/*
 * Render the raw values as `name=value, ...` into buf (always
 * NUL-terminated, truncated with "..." when full).  With `done` set (the
 * call returned ok) out-pointers show what the host wrote.  Returns the
 * length written.
 */
size_t pw_decode(const pw_abi *abi, const pw_arg *args, size_t nargs,
                 const uint64_t *raw, size_t nraw, pw_view v, int done,
                 char *buf, size_t cap);

#endif /* PW_DECODE_H */
