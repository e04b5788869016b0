/*
 * The wasm2c engine's internals: the per-module descriptor that the thunk
 * generated at load time exports, and the steps of building it.
 *
 * A module becomes a shared object: wasm2c's C for it plus a thunk written
 * from its import and export lists.  The thunk exports one symbol,
 * `pw_w2c_desc`, and everything else in the object is hidden, so any
 * number of modules can be loaded side by side.
 */
#ifndef PW_W2C_H
#define PW_W2C_H

#include <signal.h>
#include <stddef.h>
#include <stdint.h>

#include "wasm-rt.h"
#include "wasm_info.h"

/* Bump when the thunk or the descriptor changes: it keys the cache. */
#define PW_W2C_VERSION 3

/* Trap codes beyond wasm_rt's own: a host function raised it; a memory or
   table could not be had. */
#define PW_W2C_TRAP_HOST 0x50
#define PW_W2C_TRAP_LIMIT 0x51
#define PW_W2C_TRAP_TIMEOUT 0x52

/* How the thunk calls a host function: `eng` is the pw_instance. */
typedef uint64_t (*pw_w2c_host)(void *eng, uint32_t idx,
                                const uint64_t *args);
typedef void (*pw_w2c_export)(void *inst, const uint64_t *args,
                              uint64_t *results);

/* Exported by every thunk as `pw_w2c_desc`; the text is in thunk.c too. */
typedef struct pw_w2c_desc {
  unsigned version;
  uint64_t hash;                /* the cache key it was built for */
  size_t inst_size;
  void (*init)(void);
  void (*instantiate)(void *inst, void *eng, pw_w2c_host host);
  void (*free)(void *inst);
  wasm_rt_memory_t *(*memory)(void *inst);     /* NULL: none exported */
  size_t nexports;
  const pw_w2c_export *exports; /* in pw_w2c_callable order */
} pw_w2c_desc;

/*
 * The C stack: wasm2c counts call depth, but a deep call of big frames
 * can still run off the stack.  Every compiled function's prologue
 * (pw_w2c_prelude, included in both C files) also traps when the stack
 * pointer is below this limit, which the engine sets for the thread that
 * calls into the guest.
 */
extern char *pw_w2c_stack_limit;
extern const char pw_w2c_prelude[];

/*
 * Budgets (budget.c): the outermost call arms its budget (ms; 0: none)
 * on the budget clock (engine.h) and disarms it when it returns.  Guest
 * code runs between pw_w2c_in_guest(1) and (0); runtime or host code
 * called from it runs between pw_w2c_leave() and pw_w2c_enter(), which
 * raises the timeout trap if the budget ran out meanwhile.  Inline: they
 * run on every host call.
 */
void pw_w2c_budget_arm(uint32_t ms);
void pw_w2c_budget_disarm(void);
_Noreturn void pw_w2c_timeout(void);
extern volatile sig_atomic_t pw_w2c_guest, pw_w2c_expired;

static inline void pw_w2c_in_guest(int on)
{
  pw_w2c_guest = on;
}

static inline int pw_w2c_leave(void)
{
  int was = pw_w2c_guest;

  pw_w2c_guest = 0;
  return was;
}

static inline void pw_w2c_enter(int was)
{
  if (was && pw_w2c_expired)
    pw_w2c_timeout();
  pw_w2c_guest = was;
}

/* Can the thunk adapt a function of this signature (one result at most,
   numbers only)? */
int pw_w2c_callable(const char *sig);

/* The thunk's C text for `info`, compiled next to wasm2c's `<name>.c`;
   malloc'd, or NULL and err set. */
char *pw_w2c_thunk(const pw_wasm_info *info, const char *name,
                   uint64_t hash, pw_err *err);

/* The compiled module, from the cache or built now: a dlopen handle whose
   `pw_w2c_desc` matches `hash`; NULL and err set on failure. */
void *pw_w2c_build(const uint8_t *wasm, size_t len,
                   const pw_wasm_info *info, pw_err *err);

#endif /* PW_W2C_H */
