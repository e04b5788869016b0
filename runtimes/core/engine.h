/*
 * The engine contract: what every Wasm engine gives pwabi.
 *
 * An engine compiles a module, instantiates it with its function imports
 * bound to pwabi import entries, calls exports, and shows linear memory.
 * It knows nothing of Proxy-Wasm: linking (names and signatures) is checked
 * by the vm layer (vm.c) before `instantiate` is called, so every engine
 * reports link errors with the same words.
 *
 * Adding an engine: a folder runtimes/engines/<name>/ with a module.mk that
 * appends <name> to ENGINES and its objects to ENGINE_OBJS, and a definition
 * of `const pw_engine pw_engine_<name>`.  Nothing else changes.
 */
#ifndef PW_ENGINE_H
#define PW_ENGINE_H

#include <stddef.h>
#include <stdint.h>

#include "err.h"
#include "pwabi_rt.h"

/*
 * Link errors, the same words from the vm and every engine (link_err.c);
 * both return -1.  Signatures are codes ("ii:i"); `what` is "import" or
 * "export", `name` as the module spells it ("env.proxy_log").  A kind is
 * 'f' function, 't' table, 'm' memory, 'g' global, 'e' tag.
 */
int pw_link_sig_err(pw_err *err, const char *what, const char *name,
                    const char *want, const char *have);
int pw_link_kind_err(pw_err *err, const char *module, const char *name,
                     char kind);

/* Trap kinds: the same words for every engine (pw_trap_kind_name). */
typedef enum pw_trap_kind {
  PW_TRAP_NONE = 0,
  PW_TRAP_UNREACHABLE,    /* `unreachable` executed */
  PW_TRAP_MEMORY,         /* out-of-bounds linear memory access */
  PW_TRAP_STACK,          /* call stack exhausted */
  PW_TRAP_DIV_ZERO,       /* integer divide by zero */
  PW_TRAP_INT_OVERFLOW,   /* integer overflow */
  PW_TRAP_CONVERSION,     /* invalid float to int conversion */
  PW_TRAP_INDIRECT_CALL,  /* call_indirect: bad index or signature */
  PW_TRAP_HOST,           /* a host function raised it (pw_env.trap) */
  PW_TRAP_OTHER,
  PW_TRAP_TIMEOUT         /* the call ran past its budget (pw_env) */
} pw_trap_kind;

const char *pw_trap_kind_name(pw_trap_kind k);

/* A trap as reported to the caller of `call` or `instantiate`. */
typedef struct pw_trap {
  pw_trap_kind kind;
  char where[64];         /* the export the host called ("start" for init) */
  char msg[256];          /* engine's text, or the host's pw_env.trap text */
} pw_trap;

typedef struct pw_module pw_module;      /* compiled, engine-specific */
typedef struct pw_instance pw_instance;  /* one instance of a module */

/*
 * Import binding: `imports[i]` is the pwabi entry for the i-th *function*
 * import of the module, in import-section order.  When the guest calls it,
 * the engine converts the Wasm arguments to uint64_t (i32 zero-extended),
 * calls `pw_import_call(env, imports[i], args, mem, size)` with its
 * memory's current view (NULL, 0 without one), and then, if `env->trap`
 * is set, raises a trap of kind PW_TRAP_HOST whose msg is env->trap, and sets
 * env->trap to NULL.  Otherwise the entry's result is the import's result
 * (if its signature has one; every Proxy-Wasm host function returns an
 * i32, so entries return uint32_t).  The `imports` array is the caller's and
 * lives only during `instantiate`; the pw_import entries it points to are
 * static tables and outlive every instance.
 */
/* An import entry as engines call it.  The engine hands over the memory
   view, so that a host call asks it nothing; the env's hook, if any, may
   refuse the call (the trap is then set, as when a host function raises
   one) or watch it. */
static inline uint32_t pw_import_call(pw_env *e, const pw_import *imp,
                                      const uint64_t *args, uint8_t *mem,
                                      uint64_t mem_size)
{
  e->mem = mem;
  e->mem_size = mem_size;
  return e->hook != NULL ? e->hook(e, imp, args) : imp->entry(e, args);
}

/*
 * Budgets: a guest call that runs past env->budget_ms milliseconds of the
 * calling thread's CPU time (0: none) ends in a PW_TRAP_TIMEOUT trap
 * naming the export.  The budget covers the outermost call and every
 * call nested in it.  wasm2c also budgets instantiation (the start
 * function); the interpreter does not (wabt runs it inside its own
 * instantiation), but the vm's start-up exports are calls, budgeted.
 *
 * The clock (budget.c) counts 10 ms ticks of the thread's CPU time with a
 * periodic timer and SIGVTALRM (the process's handler for it is ours), so
 * a budget holds to within two ticks.  An engine brackets its outermost
 * call with begin and end; `hook` (may be NULL) runs in the signal
 * handler when the budget runs out; expired() says whether it has.
 */
void pw_budget_begin(uint32_t ms, void (*hook)(void));
void pw_budget_end(void);
int pw_budget_expired(void);
const char *pw_budget_msg(void);   /* "the call ran past its budget..." */

typedef struct pw_engine {
  const char *name;
  /* Compile `wasm`; NULL and err set on malformed or unsupported Wasm. */
  pw_module *(*load)(const uint8_t *wasm, size_t len, pw_err *err);
  void (*module_free)(pw_module *m);
  /*
   * Instantiate (runs the start function).  NULL and err set on failure; a
   * trap in the start function also fills *trap (where = "start").
   */
  pw_instance *(*instantiate)(pw_module *m, const pw_import *const *imports,
                              size_t nimports, pw_env *env, pw_err *err,
                              pw_trap *trap);
  /* Frees everything the instance holds. */
  void (*instance_free)(pw_instance *inst);
  /*
   * A function export by name: its index for `call`, or -1.  `sig` (may be
   * NULL) receives its signature in pw_import notation ("ii:i").
   */
  int (*find)(pw_instance *inst, const char *name, const char **sig);
  /*
   * Call export `index` with args (i32 in the low 32 bits) into results
   * (an i32 result zero-extended).
   * Returns PW_CALL_OK or PW_CALL_TRAP (trap filled).  Re-entrant: a host
   * entry may call it while the guest is running; a trap in the nested call
   * is reported to the nested caller only, and the outer call goes on.
   */
  int (*call)(pw_instance *inst, int index, const uint64_t *args,
              uint64_t *results, pw_trap *trap);
  /*
   * Base and byte size of the module's memory 0; NULL, 0 if it has none
   * or `inst` is NULL.  Valid until the next call into the guest (memory
   * may grow).  `inst` is a pw_instance: void * so that the vm can give
   * this function to the glue as is (pw_engine_if.memory, pw_env.mem_ctx),
   * saving a call on every pointer check.
   */
  uint8_t *(*memory)(void *inst, uint64_t *size);
} pw_engine;

/* The engines built into this binary, NULL-terminated (build/engines.c). */
extern const pw_engine *const pw_engines[];
const pw_engine *pw_engine_by_name(const char *name);

#endif /* PW_ENGINE_H */
