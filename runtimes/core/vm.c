/*
 * The vm layer: links a module against an ABI version's import table,
 * instantiates it on an engine, and implements the pw_engine_if the
 * generated glue calls (memory, allocator, exports by id).  Every host call
 * and callback is reported to the observer with decoded arguments.
 */
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "decode.h"
#include "vm.h"
#include "wasm_info.h"

#define TEXT_MAX 1024

struct pw_vm {
  const pw_engine *eng;
  const pw_abi *abi;
  pw_module *mod;
  pw_instance *inst;
  pw_env env;
  pw_engine_if eif;
  struct xport *x;        /* abi export id -> engine index and shape */
  int alloc;              /* engine index of the allocator, -1 if none */
  const char *alloc_name; /* its export name, for observers */
  int depth;              /* guest calls in progress */
  int trapped;            /* last_trap is valid */
  int phase;              /* PH_*: which host calls are allowed */
  pw_trap last_trap;
  pw_observer observe;
  void *ud;
  const char *const *unimplemented;   /* pw_vm_args' */
};

/* An export of the ABI in the module: parsed once, called per request. */
struct xport {
  int at;                 /* engine index, -1 if absent */
  size_t nparams;
  int returns;
};

/* Phases: cpp-host restricts host calls during start-up and inside the
   allocator (abi-semantics.md 2.2); Kong does not (pw_opts.unrestricted). */
enum { PH_RUN, PH_START, PH_ALLOC };

/* Signatures --------------------------------------------------------------- */

/* Parameters of a signature code ("ii:i" -> 2), and whether it returns. */
static size_t sig_params(const char *code)
{
  return (size_t)(strchr(code, ':') - code);
}

static int sig_returns(const char *code)
{
  return strchr(code, ':')[1] != '\0';
}

/* Is name in the NULL-ended list (NULL: an empty one)? */
static int listed(const char *const *names, const char *name)
{
  for (; names != NULL && *names != NULL; names++)
    if (strcmp(*names, name) == 0)
      return 1;
  return 0;
}

/* Linking ------------------------------------------------------------------ */

static int link_one(const pw_vm_args *a, const pw_wasm_extern *x,
                    const pw_import **out, pw_err *err)
{
  char full[256];

  snprintf(full, sizeof full, "%s.%s", x->module, x->name);
  if (x->kind != 'f')
    return pw_link_kind_err(err, x->module, x->name, x->kind);
  *out = pw_abi_import(a->abi, x->module, x->name);
  if (*out != NULL && listed(a->withheld, x->name))
    *out = NULL;
  if (*out == NULL) {
    pw_errf(err, "import %s: not provided by the host (ABI %s)", full,
            a->abi->version);
    return -1;
  }
  if (strcmp((*out)->sig, x->sig) != 0)
    return pw_link_sig_err(err, "import", full, (*out)->sig, x->sig);
  return 0;
}

/* The table entry for every import, in module order. */
static const pw_import **link_imports(const pw_vm_args *a,
                                      const pw_wasm_info *info, pw_err *err)
{
  const pw_import **bound = calloc(info->nimports + 1, sizeof *bound);

  if (bound == NULL) {
    pw_errf(err, "out of memory");
    return NULL;
  }
  for (size_t i = 0; i < info->nimports; i++)
    if (link_one(a, &info->imports[i], &bound[i], err)) {
      free(bound);
      return NULL;
    }
  return bound;
}

/* Exports of the ABI that the module has must have the ABI's signature. */
static int map_exports(pw_vm *vm, pw_err *err)
{
  const char *sig;

  vm->x = calloc(vm->abi->nexports + 1, sizeof *vm->x);
  if (vm->x == NULL) {
    pw_errf(err, "out of memory");
    return -1;
  }
  for (size_t i = 0; i < vm->abi->nexports; i++) {
    const pw_export *x = &vm->abi->exports[i];
    vm->x[i].at = vm->eng->find(vm->inst, x->name, &sig);
    vm->x[i].nparams = sig_params(x->sig);
    vm->x[i].returns = sig_returns(x->sig);
    if (vm->x[i].at >= 0 && sig != NULL && strcmp(sig, x->sig) != 0)
      return pw_link_sig_err(err, "export", x->name, x->sig, sig);
  }
  return 0;
}

/* The allocator, in the order the version's data gives (spec
   `allocators`); a version that names none (the seed) gets the order
   cpp-host and Kong use: `malloc`, then `proxy_on_memory_allocate`. */
const char *const *pw_vm_allocators(const pw_abi *abi)
{
  static const char *const hosts[] = {
    "malloc", "proxy_on_memory_allocate", NULL
  };

  return abi->allocators != NULL ? abi->allocators : hosts;
}

static void find_allocator(pw_vm *vm)
{
  const char *const *names = pw_vm_allocators(vm->abi);
  const char *sig;

  vm->alloc = -1;
  for (size_t i = 0; names[i] != NULL && vm->alloc < 0; i++) {
    int at = vm->eng->find(vm->inst, names[i], &sig);
    if (at >= 0 && sig != NULL && strcmp(sig, "i:i") == 0) {
      vm->alloc = at;
      vm->alloc_name = names[i];
    }
  }
}

/* Restricted calls --------------------------------------------------------- */

/* What each phase allows, by import name: in `env`, and in any WASI
   module (wasi_snapshot_preview1, wasi_unstable). */
static const char *const start_env[] = {
  "proxy_log", "emscripten_notify_memory_growth", NULL
};
static const char *const start_wasi[] = {
  "fd_write", "fd_fdstat_get", "fd_fdstat_set_flags", "args_get",
  "args_sizes_get", "environ_get", "environ_sizes_get", "clock_time_get",
  "clock_res_get", "random_get", "poll_oneoff", NULL
};
static const char *const alloc_env[] = { "proxy_log", NULL };
static const char *const alloc_wasi[] = {
  "fd_write", "clock_time_get", "poll_oneoff", NULL
};

static int allowed(int phase, const pw_import *imp)
{
  int start = phase == PH_START;

  if (strcmp(imp->module, "env") == 0)
    return listed(start ? start_env : alloc_env, imp->name);
  if (strncmp(imp->module, "wasi_", 5) == 0)
    return listed(start ? start_wasi : alloc_wasi, imp->name);
  return 0;
}

/* Does the vm refuse the call?  Then the trap is set. */
static int refuse(pw_vm *vm, const pw_import *imp)
{
  pw_env *e = &vm->env;
  char why[128];

  if (listed(vm->unimplemented, imp->name)) {
    pw_set_trap(e, imp->name, "not implemented by the host");
    return 1;
  }
  if (vm->phase == PH_RUN || vm->env.opts.unrestricted
      || allowed(vm->phase, imp))
    return 0;
  snprintf(why, sizeof why, "%s during %s", imp->name,
           vm->phase == PH_START ? "start-up" : "the allocator");
  pw_set_trap(e, "restricted_callback", why);
  return 1;
}

static void on_hostcall(pw_vm *vm, const pw_import *imp,
                        const uint64_t *args, uint32_t status);

/* The env's hook: refuse, or call and tell the observer. */
static uint32_t hook(pw_env *e, const pw_import *imp, const uint64_t *args)
{
  pw_vm *vm = e->eng_ctx;
  uint32_t status;

  if (refuse(vm, imp))
    return 0;
  if (vm->observe == NULL)
    return imp->entry(e, args);
  e->rejected = NULL;
  status = imp->entry(e, args);
  on_hostcall(vm, imp, args, status);
  return status;
}

/* The hook is set only in a restricting phase, when the host lacks some
   functions, or when someone observes: host calls cost no more the rest
   of the time. */
static void set_phase(pw_vm *vm, int phase)
{
  vm->phase = phase;
  vm->env.hook = (phase != PH_RUN && !vm->env.opts.unrestricted)
                 || vm->unimplemented != NULL || vm->observe != NULL
                 ? hook : NULL;
}

/* Events ------------------------------------------------------------------- */

static pw_view view(pw_vm *vm)
{
  pw_view v = { NULL, 0 };

  if (vm->inst != NULL)
    v.mem = vm->eng->memory(vm->inst, &v.size);
  return v;
}

static void emit(pw_vm *vm, pw_event *ev)
{
  pw_view v;

  if (vm->observe == NULL)
    return;
  v = view(vm);
  ev->depth = vm->depth;
  ev->mem = v.mem;
  ev->mem_size = v.size;
  vm->observe(vm->ud, ev);
}

static void on_hostcall(pw_vm *vm, const pw_import *imp,
                        const uint64_t *args, uint32_t status)
{
  pw_env *e = &vm->env;
  char text[TEXT_MAX];
  pw_event ev = { 0 };

  ev.nargs = sig_params(imp->sig);
  pw_decode(vm->abi, imp->args, imp->nargs, args, ev.nargs, view(vm),
            status == 0, text, sizeof text);
  ev.kind = PW_EV_HOSTCALL;
  ev.name = imp->name;
  ev.rejected = e->rejected;
  ev.args = args;
  ev.text = text;
  ev.has_result = 1;
  ev.result = status;
  /* the guest never sees the status of a call that raises a trap */
  ev.rc = e->trap != NULL ? PW_CALL_TRAP : PW_CALL_OK;
  emit(vm, &ev);
}

static void emit_trap(pw_vm *vm, const pw_trap *t)
{
  pw_event ev = { 0 };

  ev.kind = PW_EV_TRAP;
  ev.name = t->where;
  ev.text = t->msg;
  ev.trap = t;
  ev.rc = PW_CALL_TRAP;
  emit(vm, &ev);
}

/* Calls into the guest ----------------------------------------------------- */

/* A callback's event; result NULL when it gave none. */
static void emit_callback(pw_vm *vm, const char *name, const uint64_t *args,
                          size_t nargs, const char *text,
                          const uint64_t *result, int rc)
{
  pw_event ev = { 0 };

  ev.kind = PW_EV_CALLBACK;
  ev.name = name;
  ev.args = args;
  ev.nargs = nargs;
  ev.text = text;
  ev.has_result = result != NULL;
  ev.result = result != NULL ? result[0] : 0;
  ev.rc = rc;
  emit(vm, &ev);
}

/* Call engine export `at` and report it as callback `name`. */
static int guest_call(pw_vm *vm, int at, const char *name, const pw_arg *argt,
                      size_t nargt, const uint64_t *args, size_t nargs,
                      uint64_t *results, int has_result)
{
  char text[TEXT_MAX];
  pw_trap trap;
  int rc;

  if (vm->observe != NULL)  /* the arguments before the guest sees them */
    pw_decode(vm->abi, argt, nargt, args, nargs, view(vm), 0, text,
              sizeof text);
  if (vm->depth == 0)
    vm->trapped = 0;
  vm->depth++;
  rc = vm->eng->call(vm->inst, at, args, results, &trap);
  vm->depth--;
  if (rc == PW_CALL_TRAP) {
    vm->last_trap = trap;
    vm->trapped = 1;
    emit_trap(vm, &vm->last_trap);
  }
  if (vm->observe != NULL)
    emit_callback(vm, name, args, nargs, text,
                  has_result && rc == PW_CALL_OK ? results : NULL, rc);
  return rc;
}

static const pw_arg alloc_arg = { "size", PW_ARG_U32, 1, 0, "u32", NULL };

static int if_alloc(void *ctx, uint32_t size, uint32_t *addr)
{
  pw_vm *vm = ctx;
  uint64_t arg = size, res = 0;
  int rc, phase = vm->phase;

  if (vm->alloc < 0)
    return PW_CALL_MISSING;
  set_phase(vm, PH_ALLOC);
  rc = guest_call(vm, vm->alloc, vm->alloc_name, &alloc_arg, 1, &arg, 1,
                  &res, 1);
  set_phase(vm, phase);
  *addr = (uint32_t)res;
  return rc;
}

static int if_call(void *ctx, int id, const uint64_t *args, uint64_t *results)
{
  pw_vm *vm = ctx;
  const pw_export *x;
  const struct xport *p;

  if (id < 0 || (size_t)id >= vm->abi->nexports || vm->x[id].at < 0)
    return PW_CALL_MISSING;
  x = &vm->abi->exports[id];
  p = &vm->x[id];
  return guest_call(vm, p->at, x->name, x->args, x->nargs, args,
                    p->nparams, results, p->returns);
}

/* Start--------------------------------------------------------------------- */

/* Export `name` with signature `sig`, called with `args` (start-up). */
static int start_call(pw_vm *vm, const char *name, const char *sig,
                      int *rc)
{
  static const uint64_t args[2] = { 0, 0 };
  uint64_t res[1];
  const char *have;
  int at = vm->eng->find(vm->inst, name, &have);

  if (at < 0 || have == NULL || strcmp(have, sig) != 0)
    return 0;
  *rc = guest_call(vm, at, name, NULL, 0, args, sig_params(sig), res,
                   sig_returns(sig));
  return 1;
}

/* As hosts start a module (abi-semantics.md 2.2): `_initialize`, then
   `main(0, 0)` if exported; `_start` when there is no `_initialize`.
   A trap there fails the vm as a start-function trap does. */
static int start_up(pw_vm *vm, pw_err *err)
{
  int rc = PW_CALL_OK;

  set_phase(vm, PH_START);
  if (start_call(vm, "_initialize", ":", &rc)) {
    if (rc == PW_CALL_OK)
      start_call(vm, "main", "ii:i", &rc);
  } else {
    start_call(vm, "_start", ":", &rc);
  }
  set_phase(vm, PH_RUN);
  if (rc == PW_CALL_OK)
    return 0;
  pw_errf(err, "trap in %s: %s", vm->last_trap.where, vm->last_trap.msg);
  return -1;
}

/* Life --------------------------------------------------------------------- */

static int instantiate(pw_vm *vm, const pw_vm_args *a, pw_err *err)
{
  pw_wasm_info info;
  const pw_import **bound;
  pw_trap trap = { PW_TRAP_NONE, "", "" };

  if (pw_wasm_info_read(a->wasm, a->wasm_len, &info, err))
    return -1;
  bound = link_imports(a, &info, err);
  if (bound != NULL) {
    vm->mod = vm->eng->load(a->wasm, a->wasm_len, err);
    if (vm->mod != NULL)
      vm->inst = vm->eng->instantiate(vm->mod, bound, info.nimports,
                                      &vm->env, err, &trap);
  }
  vm->env.mem_ctx = vm->inst;
  free(bound);
  pw_wasm_info_free(&info);
  if (trap.kind != PW_TRAP_NONE) {   /* the start function trapped */
    vm->last_trap = trap;
    vm->trapped = 1;
    emit_trap(vm, &vm->last_trap);
  }
  return vm->inst != NULL ? 0 : -1;
}

static void init_env(pw_vm *vm, const pw_vm_args *a)
{
  vm->eif.memory = vm->eng->memory;   /* mem_ctx: the instance, once made */
  vm->eif.alloc = if_alloc;
  vm->eif.call = if_call;
  vm->env.eng = &vm->eif;
  vm->env.eng_ctx = vm;
  vm->env.ops = a->ops;
  vm->env.callers = a->abi->callers;
  vm->env.host = a->host;
  vm->env.opts = a->opts;
  vm->env.budget_ms = a->budget_ms == 0 ? PW_VM_BUDGET_MS
                      : a->budget_ms == PW_VM_NO_BUDGET ? 0 : a->budget_ms;
  set_phase(vm, PH_RUN);
}

pw_vm *pw_vm_new(const pw_vm_args *a, pw_err *err)
{
  pw_vm *vm = calloc(1, sizeof *vm);

  if (vm == NULL) {
    pw_errf(err, "out of memory");
    return NULL;
  }
  vm->eng = a->engine;
  vm->abi = a->abi;
  vm->observe = a->observe;
  vm->ud = a->observe_ud;
  vm->unimplemented = a->unimplemented;
  vm->alloc = -1;
  init_env(vm, a);
  if (instantiate(vm, a, err) || map_exports(vm, err)) {
    pw_vm_free(vm);
    return NULL;
  }
  find_allocator(vm);
  if (start_up(vm, err) != 0) {
    pw_vm_free(vm);
    return NULL;
  }
  return vm;
}

void pw_vm_free(pw_vm *vm)
{
  if (vm == NULL)
    return;
  if (vm->inst != NULL)
    vm->eng->instance_free(vm->inst);
  if (vm->mod != NULL)
    vm->eng->module_free(vm->mod);
  pw_out_free(&vm->env.spare);
  free(vm->x);
  free(vm);
}

pw_env *pw_vm_env(pw_vm *vm)
{
  return &vm->env;
}

int pw_vm_has_export(pw_vm *vm, const char *name)
{
  return vm->eng->find(vm->inst, name, NULL) >= 0;
}

const pw_trap *pw_vm_last_trap(pw_vm *vm)
{
  return vm->trapped ? &vm->last_trap : NULL;
}

int pw_vm_call(pw_vm *vm, const char *name, const uint64_t *args,
               size_t nargs, uint64_t *results)
{
  const char *sig;
  int at = vm->eng->find(vm->inst, name, &sig);

  if (at < 0)
    return PW_CALL_MISSING;
  return guest_call(vm, at, name, NULL, 0, args, nargs, results,
                    sig != NULL && sig_returns(sig));
}
