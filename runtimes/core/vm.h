/*
 * The vm layer: one module instance on one engine, bound to one ABI
 * version's generated glue and one host.
 *
 *   engine (engine.h)  <-  vm (this file)  ->  generated glue  ->  host ops
 *
 * pw_vm_new reads the module's imports and exports (wasm_info.h), links
 * every function import against the version's import table (a missing
 * import or a signature mismatch is an error naming `module.name`, the
 * expected and the actual signature), instantiates, finds the allocator
 * (in the order of the version's data), fills the pw_env the glue runs
 * with, and starts the module as hosts do: `_initialize` then `main(0, 0)`
 * if exported, or `_start` when there is no `_initialize`.
 *
 * Restricted calls (pw_opts.unrestricted = 0, as cpp-host): during
 * start-up only env.proxy_log, env.emscripten_notify_memory_growth and
 * the WASI fd_write, fd_fdstat_get, fd_fdstat_set_flags, args_*,
 * environ_*, clock_time_get, clock_res_get, random_get and poll_oneoff;
 * inside the allocator only proxy_log and the WASI fd_write,
 * clock_time_get and poll_oneoff.  Any other host call traps with
 * "restricted_callback: <fn> during start-up" (or "the allocator").
 * Kong: no such restriction is recorded (abi-semantics.md 2.2 lists
 * cpp-host's only), so a Kong-like host sets pw_opts.unrestricted = 1.
 *
 * Host calls and callbacks are reported to an observer, so transcripts
 * and coverage are host-neutral.
 */
#ifndef PW_VM_H
#define PW_VM_H

#include "engine.h"

/* pw_abi (pwabi_rt.h): one ABI version's tables (<prefix>_abi). */

/* What a vm reports to its observer. */
typedef enum pw_event_kind {
  PW_EV_HOSTCALL,   /* the guest called a host function */
  PW_EV_CALLBACK,   /* the host called a guest export */
  PW_EV_TRAP,       /* a guest call ended in a trap */
  PW_EV_LOG,        /* host: the guest logged (result = level) */
  PW_EV_ACTION      /* host: something the proxy did (name = what, e.g.
                       "local_response", "http_call", "tick") */
} pw_event_kind;

typedef struct pw_event {
  pw_event_kind kind;
  const char *name;        /* host function or export name */
  const uint64_t *args;    /* raw core Wasm arguments */
  size_t nargs;
  const char *text;        /* arguments decoded for people, e.g.
                              `level=info message="hi"`; "" if none */
  const char *rejected;    /* host call: the argument the glue refused
                              ("proxy_log.level"), else NULL */
  int has_result;
  uint64_t result;         /* status code or callback return value */
  int rc;                  /* PW_CALL_* for callbacks; for host calls
                              PW_CALL_TRAP when the call raises a trap
                              (its status never reaches the guest) */
  const pw_trap *trap;     /* PW_EV_TRAP */
  const uint8_t *mem;      /* linear memory as the event ended (NULL if
                              none): out-params can be read back */
  uint64_t mem_size;
  int depth;               /* guest calls in progress around it: 0 for a
                              callback the driver made.  Events are
                              reported as they end, so nested ones (a
                              host call, the allocator it ran) come
                              before the call that contains them. */
} pw_event;

typedef void (*pw_observer)(void *ud, const pw_event *ev);

/* A guest call's default budget: CPU milliseconds of the calling thread
   (engine.h), and the value that lifts it. */
#define PW_VM_BUDGET_MS 1000u
#define PW_VM_NO_BUDGET UINT32_MAX

typedef struct pw_vm_args {
  const pw_engine *engine;
  const pw_abi *abi;
  const uint8_t *wasm;
  size_t wasm_len;
  const struct pw_host_ops *ops;  /* what the host implements (pw_host.h) */
  void *host;              /* first argument of every host op */
  pw_opts opts;            /* glue choices (trap on bad memory, ...) */
  pw_observer observe;     /* may be NULL */
  void *observe_ud;
  uint32_t budget_ms;      /* per guest call; 0: PW_VM_BUDGET_MS */
  /* What a host lacks, as real hosts do (NULL-ended names, or NULL):
     an import named in `withheld` fails to link ("not provided by the
     host"); a call to one in `unimplemented` traps (kind host,
     "<fn>: not implemented by the host"). */
  const char *const *withheld;
  const char *const *unimplemented;
} pw_vm_args;

typedef struct pw_vm pw_vm;

/* NULL and err set on malformed Wasm, link errors or a trap at start
   (the start function or start-up). */
pw_vm *pw_vm_new(const pw_vm_args *a, pw_err *err);
void pw_vm_free(pw_vm *vm);

/* The allocator names of `abi`, in lookup order (signature "i:i"),
   NULL-ended. */
const char *const *pw_vm_allocators(const pw_abi *abi);

/* The env the generated callers (pw_call_*, pw_host.h) take. */
pw_env *pw_vm_env(pw_vm *vm);
/* Does the module export function `name`? */
int pw_vm_has_export(pw_vm *vm, const char *name);
/* The trap that ended the last guest call, or NULL. */
const pw_trap *pw_vm_last_trap(pw_vm *vm);
/* Call any function export by name (PW_CALL_*); for tests and tools. */
int pw_vm_call(pw_vm *vm, const char *name, const uint64_t *args,
               size_t nargs, uint64_t *results);

#endif /* PW_VM_H */
