/*
 * The one decoder of raw call arguments: walks them by the generated
 * argument tables (pw_import.args, pw_export.args) and reads what they
 * point to in guest memory.  Transcripts, observers and coverage all use
 * it.  Every read is bounds-checked in 64-bit arithmetic: a hostile
 * guest's pointer reads as absent, never as a crash.
 */
#ifndef PW_ARGS_H
#define PW_ARGS_H

#include "pwabi_rt.h"

/* Linear memory as an observer sees it; mem NULL when there is none. */
typedef struct pw_view {
  const uint8_t *mem;
  uint64_t size;
} pw_view;

/* [ptr, ptr+len) inside the view, or NULL. */
const uint8_t *pw_view_at(pw_view v, uint64_t ptr, uint64_t len);
uint32_t pw_le32(const uint8_t *p);

/* A walk over raw values: pw_args_begin, then pw_args_next until NULL. */
typedef struct pw_args_it {
  const pw_arg *next, *end;
  const uint64_t *raw;
  size_t left;              /* raw values not yet used */
} pw_args_it;

void pw_args_begin(pw_args_it *it, const pw_arg *args, size_t nargs,
                   const uint64_t *raw, size_t nraw);
/* The next argument, its raw values in *v; NULL at the end, or when
   fewer raw values are left than it takes. */
const pw_arg *pw_args_next(pw_args_it *it, const uint64_t **v);

/* What the host wrote through an out-argument (read after an ok call). */
typedef struct pw_outval {
  uint64_t num;             /* PW_ARG_OUT */
  uint32_t addr, len;       /* PW_ARG_OUT_BYTES: where the bytes went */
  const uint8_t *bytes;     /* ... and the bytes, NULL if outside memory */
} pw_outval;

/* Is `a` an out-argument (a scalar or bytes the host writes)? */
int pw_arg_is_out(const pw_arg *a);

/* 0, or -1 when `a` is no out-argument or its pointers lie outside. */
int pw_arg_out(pw_view v, const pw_arg *a, const uint64_t *raw,
               pw_outval *o);

/* The type import `name` returns (pw_import.status: wasm_result, or
   wasi_errno for WASI); abi->status_type for a name it lacks. */
const char *pw_status_type(const pw_abi *abi, const char *name);

/* The import (module, name) of abi (module NULL: any), or NULL; the
   export `name`, or NULL.  The one lookup of each. */
const pw_import *pw_abi_import(const pw_abi *abi, const char *module,
                               const char *name);
const pw_export *pw_abi_export(const pw_abi *abi, const char *name);

/* Name of value v of enum/flags `type`, or NULL; the value of `name`, or
   -1.  The one variant lookup. */
const char *pw_variant_name(const pw_abi *abi, const char *type, uint32_t v);
long long pw_variant_value(const pw_abi *abi, const char *type,
                           const char *name);

#endif /* PW_ARGS_H */
