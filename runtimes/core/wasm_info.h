/*
 * A small reader of a Wasm binary's imports and exports, with the core
 * signature of every function.  It reads the type, import, function and
 * export sections, skips the others, and checks every length, count and
 * index against the bytes that remain: it is fed hostile input.
 */
#ifndef PW_WASM_INFO_H
#define PW_WASM_INFO_H

#include <stddef.h>
#include <stdint.h>

#include "engine.h"

typedef struct pw_wasm_extern {
  char *module;      /* imports only; NULL for exports */
  char *name;
  char kind;         /* 'f' func, 't' table, 'm' memory, 'g' global */
  char *sig;         /* funcs: params ":" results, i=i32 I=i64 f=f32 F=f64
                        v=v128 r=funcref x=externref, e.g. "iiI:i";
                        NULL otherwise */
} pw_wasm_extern;

typedef struct pw_wasm_info {
  pw_wasm_extern *imports; size_t nimports;
  pw_wasm_extern *exports; size_t nexports;
} pw_wasm_info;

/* 0 ok; -1 and err ("malformed wasm: <what> at offset N") on bad input. */
int pw_wasm_info_read(const uint8_t *wasm, size_t len, pw_wasm_info *out,
                      pw_err *err);
void pw_wasm_info_free(pw_wasm_info *info);

/* The text format's name of a type code of `sig` ('I' -> "i64"), "?" for
   none: link errors, lint and templates spell types with it. */
const char *pw_wasm_type(char code);

#endif /* PW_WASM_INFO_H */
