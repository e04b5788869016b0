/*
 * What the C example filters share, whatever their ABI version: the
 * allocator a freestanding guest must export (util.c; a WASI guest
 * exports libc's malloc instead), byte helpers, and the pairs encoding
 * header maps travel in (abi-semantics.md §3.1).
 */
#ifndef EX_UTIL_H
#define EX_UTIL_H

#include <stddef.h>
#include <stdint.h>

/* A string and its length, as the ABI passes them. */
typedef struct ex_str {
  const char *p;
  uint32_t n;
} ex_str;

#define EX_LIT(s) ((ex_str){(s), sizeof(s) - 1})

uint32_t ex_len(const char *s);
int ex_eq(ex_str a, ex_str b);
/* a starts with b. */
int ex_prefix(ex_str a, ex_str b);
/* Copies s into buf (cap bytes, NUL-terminated); its length. */
uint32_t ex_copy(char *buf, uint32_t cap, ex_str s);

/*
 * util.c also defines, weakly, the three callbacks Kong requires (any
 * host may call them), for filters with nothing to do there: a filter's
 * own definition wins.
 *   proxy_on_vm_start, proxy_on_configure  accept (return 1)
 *   proxy_on_context_create                does nothing
 */

/* Encodes n pairs (keys and values alternating in kv) into buf; the
   encoded size, or 0 when buf is too small. */
uint32_t ex_pairs(char *buf, uint32_t cap, const ex_str *kv, uint32_t n);

#endif /* EX_UTIL_H */
