/*
 * pwabi's cache of built artefacts ($PWABI_CACHE, else
 * $XDG_CACHE_HOME/pwabi, else ~/.cache/pwabi), each file named by a hash
 * of everything that made it.  The wasm2c engine keeps its compiled
 * modules there, `pwabi certify` its rendered case templates.
 */
#ifndef PW_CACHE_H
#define PW_CACHE_H

#include <stddef.h>
#include <stdint.h>

#define PW_FNV_SEED 0xcbf29ce484222325ull

/* FNV-1a, 64 bits: h folded with n bytes at p. */
uint64_t pw_fnv(uint64_t h, const void *p, size_t n);

/* The cache directory, made if missing, into dir; -1 when there is none
   (no variable set, not writable, too long). */
int pw_cache_dir(char *dir, size_t n);

#endif /* PW_CACHE_H */
