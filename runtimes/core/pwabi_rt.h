/*
 * pwabi runtime contract: what generated host glue needs from an engine and
 * gives to a host.  Hand-written and version-independent; every generated
 * <prefix>_host.h includes it.
 *
 * Engine side: a pw_engine_if gives the current linear memory (re-read after
 * every guest call, since memory may grow), calls the guest's allocator and
 * calls exports.  Host side: the typed ops table of one ABI version.
 *
 * Host functions never crash on hostile input: every pointer is checked in
 * 64-bit arithmetic against the memory size before any host work.
 */
#ifndef PWABI_RT_H
#define PWABI_RT_H

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Bytes read from guest memory, valid until the host operation returns. */
typedef struct pw_bytes {
  const uint8_t *ptr;
  uint32_t len;
} pw_bytes;

/* Bytes a host operation returns; the glue copies them into the guest. */
typedef struct pw_out {
  uint8_t *data;
  uint32_t len;
  uint32_t cap;
} pw_out;

/* WASI: a checked list of (address, length) pieces in guest memory; read
   piece i with pw_iovec.  Valid until the host operation returns. */
typedef struct pw_iovecs {
  const uint8_t *mem;     /* linear memory */
  const uint8_t *list;    /* count 8-byte entries: u32 address, u32 length */
  uint32_t count;
} pw_iovecs;

/* WASI: checked guest memory the host fills in place. */
typedef struct pw_span {
  uint8_t *ptr;
  uint32_t len;
} pw_span;

#define PW_OUT_INIT {NULL, 0, 0}
/* The bytes a version without a parameter passes for it. */
#define PW_BYTES_EMPTY {(const uint8_t *)"", 0}

/* Results of calling into the guest. */
enum {
  PW_CALL_OK = 0,
  PW_CALL_TRAP = 1,       /* the guest trapped; engine has the details */
  PW_CALL_MISSING = 2,    /* the module does not export the function */
  PW_CALL_BAD_RESULT = 3  /* returned value is not valid for its type */
};

typedef struct pw_engine_if {
  /* Base and size in bytes of linear memory 0 (NULL, 0 if none); ctx is
     pw_env.mem_ctx, the others take pw_env.eng_ctx. */
  uint8_t *(*memory)(void *ctx, uint64_t *size);
  /* Call the guest allocator; PW_CALL_* and the guest address in *addr. */
  int (*alloc)(void *ctx, uint32_t size, uint32_t *addr);
  /* Call export `id` of the version's export table. */
  int (*call)(void *ctx, int id, const uint64_t *args, uint64_t *results);
} pw_engine_if;

typedef struct pw_env pw_env;

/* How one lowered argument reads (gen/pwabi/lower.lua, M.row). */
typedef enum pw_arg_kind {
  PW_ARG_U32, PW_ARG_S32, PW_ARG_U64, PW_ARG_S64,
  PW_ARG_ENUM, PW_ARG_FLAGS,   /* a value of `type` */
  PW_ARG_BYTES,                /* (ptr, len) bytes in */
  PW_ARG_PAIRS,                /* (ptr, len) pairs-encoded */
  PW_ARG_PATH,                 /* (ptr, len) NUL-separated segments */
  PW_ARG_OUT,                  /* a pointer the host writes `size` bytes to */
  PW_ARG_OUT_BYTES,            /* (ptr to address, ptr to length `len`) */
  PW_ARG_IOVECS,               /* WASI (ptr, count) of (address, length) */
  PW_ARG_FILL,                 /* WASI (ptr, len) the host fills */
  PW_ARG_ARRAY                 /* WASI address of an array the host fills */
} pw_arg_kind;

typedef struct pw_arg {
  const char *name;       /* the spec parameter */
  pw_arg_kind kind;
  uint8_t width;          /* Wasm values it takes: 1 or 2 */
  uint8_t size;           /* PW_ARG_OUT: 4 or 8; else 0 */
  const char *type;       /* spec type, pointers stripped */
  const char *len;        /* PW_ARG_OUT_BYTES: the length parameter */
} pw_arg;

/* One host function of an import table: engines register these. */
typedef struct pw_import {
  const char *module;
  const char *name;
  const char *sig;        /* core Wasm types: params ":" results, i=i32 I=i64 */
  uint32_t (*entry)(pw_env *e, const uint64_t *args);
  const pw_arg *args;     /* what the raw arguments are, in order */
  size_t nargs;
  const char *status;     /* the type it returns (wasm_result,
                             wasi_errno); NULL: it does not return */
} pw_import;

/* One guest export a host may call. */
typedef struct pw_export {
  const char *name;
  const char *sig;
  const pw_arg *args;
  size_t nargs;
  const pw_arg *result;   /* NULL: returns nothing */
  const char *lineage;    /* its name in the newest version */
} pw_export;

/* One enum or flags value, for names in transcripts and coverage. */
typedef struct pw_variant {
  const char *type;
  const char *name;
  uint32_t value;
} pw_variant;

/* The shared host contract (generated pw_host.h). */
struct pw_host_ops;
struct pw_callers;

/* One ABI version, as runtimes see it. */
typedef struct pw_abi {
  const char *version;    /* the spec folder's name */
  const char *title;
  const char *status_type; /* the type its own host functions return
                              (WASI's: pw_import.status) */
  const pw_import *imports;
  size_t nimports;
  const pw_export *exports;
  size_t nexports;
  const pw_variant *variants;
  size_t nvariants;
  const struct pw_callers *callers;  /* its callers of guest exports */
  const char *const *allocators;  /* in host lookup order, NULL-ended;
                                     NULL: the version names none */
} pw_abi;

/* Choices where real hosts disagree; zero is the spec-strict default. */
typedef struct pw_opts {
  int trap_on_bad_memory; /* Kong: trap; spec and cpp-host: status code */
  int check_alignment;    /* Kong: out-pointers must be naturally aligned */
  int unrestricted;       /* 1: any host call during start-up and in the
                             allocator (Kong: none restricted as far as
                             recorded); cpp-host (0): only a few, the
                             others trap (restricted_callback, vm.h) */
} pw_opts;

/* One instance's view: engine, host, options, and a pending trap. */
struct pw_env {
  const pw_engine_if *eng;
  void *eng_ctx;
  const struct pw_host_ops *ops;     /* what the host implements */
  const struct pw_callers *callers;  /* the version's (pw_abi.callers) */
  void *host;             /* first argument of every host operation */
  void *mem_ctx;          /* first argument of eng->memory */
  pw_opts opts;
  const char *trap;       /* set by glue: the engine must raise a trap */
  char trap_msg[160];
  /* Set by the glue when it refuses a call: the argument it refused, as
     "function.param" (bad_argument, invalid_memory_access).  A hook that
     reads it clears it before the call. */
  const char *rejected;
  /* When set, engines call this instead of the import's entry (engine.h
     pw_import_call): it may refuse the call (returning with `trap` set),
     or call imp->entry and watch what it did (transcripts, coverage).
     NULL: the entry is called directly, and a host call costs no more. */
  uint32_t (*hook)(pw_env *e, const pw_import *imp, const uint64_t *args);
  uint32_t budget_ms;     /* a guest call's budget, for the engine */
  pw_out spare;           /* an out-buffer kept between host calls for the
                             glue (pw_out_take); its owner frees it */
  /* Linear memory as pw_range sees it.  The engine hands it to every
     import it calls (pw_import_call); the typed functions take it with
     pw_view_memory, and the glue takes it again after anything that may
     have run guest code (the op, the guest's allocator), which may grow
     memory. */
  uint8_t *mem;
  uint64_t mem_size;
};

/* Take the memory view from the engine. */
static inline void pw_view_memory(pw_env *e)
{
  e->mem = e->eng->memory(e->mem_ctx, &e->mem_size);
}

/* Host ops append result bytes with this; -1 when out of memory. */
static inline int pw_out_set(pw_out *o, const void *p, uint32_t len)
{
  if (len > o->cap) {
    uint8_t *d = (uint8_t *)realloc(o->data, len);
    if (d == NULL)
      return -1;
    o->data = d;
    o->cap = len;
  }
  if (len > 0)
    memcpy(o->data, p, len);
  o->len = len;
  return 0;
}

static inline void pw_out_free(pw_out *o)
{
  free(o->data);
  o->data = NULL;
  o->len = o->cap = 0;
}

/* Largest out-buffer the env keeps for the next call. */
#define PW_OUT_KEEP 4096u

/* The glue's out-buffer for one call: the env's spare one, so that a
   value read per request allocates nothing.  A nested call (the guest's
   allocator calling the host) finds none and starts empty. */
static inline pw_out pw_out_take(pw_env *e)
{
  pw_out o = e->spare;

  e->spare = (pw_out)PW_OUT_INIT;
  o.len = 0;
  return o;
}

/* After the call: kept as the spare if there is none and it is small,
   else freed. */
static inline void pw_out_give(pw_env *e, pw_out *o)
{
  if (e->spare.data == NULL && o->cap <= PW_OUT_KEEP)
    e->spare = *o;
  else
    pw_out_free(o);
  *o = (pw_out)PW_OUT_INIT;
}

/* For the glue's refusals: kept out of line and off the hot path, so a
   call that gets through saves no registers for them. */
#if defined(__GNUC__)
#define PW_COLD __attribute__((cold, noinline))
#else
#define PW_COLD
#endif

/* Record a trap for the engine to raise when the host function returns. */
static inline void pw_set_trap(pw_env *e, const char *fn, const char *why)
{
  snprintf(e->trap_msg, sizeof e->trap_msg, "%s: %s", fn, why);
  e->trap = e->trap_msg;
}

/* The range [ptr, ptr+len) inside memory (the env's view)?
   64-bit sums cannot wrap. */
static inline uint8_t *pw_range(pw_env *e, uint32_t ptr, uint64_t len)
{
  if (e->mem == NULL || (uint64_t)ptr + len > e->mem_size)
    return NULL;
  return e->mem + ptr;
}

/* An in-parameter byte string; 0 ok, -1 outside memory. */
static inline int pw_lift_bytes(pw_env *e, uint32_t ptr, uint32_t len,
                                pw_bytes *b)
{
  uint8_t *p = pw_range(e, ptr, len);   /* never NULL when inside */

  if (p == NULL)
    return -1;
  b->ptr = p;
  b->len = len;
  return 0;
}

static inline uint32_t pw_rd32(const uint8_t *p)
{
  return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16
         | (uint32_t)p[3] << 24;
}

/* A WASI iovec list: the list, then every piece, inside memory; 0 ok, -1
   not.  8 * count cannot wrap in 64 bits. */
static inline int pw_lift_iovecs(pw_env *e, uint32_t ptr, uint32_t count,
                                 pw_iovecs *v)
{
  const uint8_t *list = pw_range(e, ptr, 8 * (uint64_t)count);

  if (list == NULL)
    return -1;
  for (uint32_t i = 0; i < count; i++)
    if (pw_range(e, pw_rd32(list + 8 * (uint64_t)i),
                 pw_rd32(list + 8 * (uint64_t)i + 4)) == NULL)
      return -1;
  v->mem = e->mem;
  v->list = list;
  v->count = count;
  return 0;
}

/* Piece i of a lifted list (i < count). */
static inline pw_bytes pw_iovec(const pw_iovecs *v, uint32_t i)
{
  const uint8_t *p = v->list + 8 * (uint64_t)i;
  pw_bytes b = { v->mem + pw_rd32(p), pw_rd32(p + 4) };

  return b;
}

/* WASI memory the host fills; 0 ok, -1 outside memory. */
static inline int pw_lift_span(pw_env *e, uint32_t ptr, uint32_t len,
                               pw_span *s)
{
  s->ptr = pw_range(e, ptr, len);
  s->len = len;
  return s->ptr == NULL ? -1 : 0;
}

/* A WASI array the host fills: its address lies in memory (0), or not
   (-1); pw_put_array copies what the host wrote, 0 or -1 past the end. */
static inline int pw_check_array(pw_env *e, uint32_t ptr)
{
  return pw_range(e, ptr, 0) == NULL ? -1 : 0;
}

static inline int pw_put_array(pw_env *e, uint32_t ptr, const pw_out *o)
{
  uint8_t *p = pw_range(e, ptr, o->len);

  if (p == NULL)
    return -1;
  if (o->len > 0)
    memcpy(p, o->data, o->len);
  return 0;
}

/* An out-pointer of `size` bytes; 0 ok, -1 outside memory or misaligned. */
static inline int pw_check_out(pw_env *e, uint32_t ptr, uint32_t size)
{
  if (e->opts.check_alignment && ptr % size != 0)
    return -1;
  return pw_range(e, ptr, size) == NULL ? -1 : 0;
}

/* Little-endian stores; the pointer was checked by pw_check_out. */
static inline void pw_store32(pw_env *e, uint32_t ptr, uint32_t v)
{
  uint8_t *p = pw_range(e, ptr, 4);

  p[0] = (uint8_t)v;
  p[1] = (uint8_t)(v >> 8);
  p[2] = (uint8_t)(v >> 16);
  p[3] = (uint8_t)(v >> 24);
}

static inline void pw_store64(pw_env *e, uint32_t ptr, uint64_t v)
{
  pw_store32(e, ptr, (uint32_t)v);
  pw_store32(e, ptr + 4, (uint32_t)(v >> 32));
}

/*
 * Place o's bytes in a guest buffer from the guest's allocator and write its
 * address and length through the (checked) out-pointers.  Zero bytes write
 * (0, 0) without allocating.  Returns 0, or -1 when the allocator trapped
 * (e->trap set), or -2 when it gave 0 or a range outside memory.
 */
static inline int pw_place_bytes(pw_env *e, const char *fn, const pw_out *o,
                                 uint32_t ptr_out, uint32_t len_out)
{
  uint32_t addr = 0;
  uint8_t *dst;
  int rc;

  if (o->len > 0) {
    rc = e->eng->alloc(e->eng_ctx, o->len, &addr);
    if (rc == PW_CALL_TRAP) {
      if (e->trap == NULL)
        pw_set_trap(e, fn, "the guest allocator trapped");
      return -1;
    }
    if (rc != PW_CALL_OK || addr == 0)
      return -2;
    pw_view_memory(e);                       /* memory may have grown */
    dst = pw_range(e, addr, o->len);
    if (dst == NULL)
      return -2;
    memcpy(dst, o->data, o->len);
  }
  pw_store32(e, ptr_out, addr);
  pw_store32(e, len_out, o->len);
  return 0;
}

#endif /* PWABI_RT_H */
