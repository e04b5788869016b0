/*
 * The wasm2c engine: a module is translated to C by wabt 1.0.32's wasm2c,
 * compiled to a shared object with a thunk written for it (thunk.c,
 * build.c) and dlopen'd.  Bounds are checked in software and the call
 * depth is counted (WASM_RT_MEMCHECK_SIGNAL_HANDLER=0): no signal handlers,
 * no 8 GiB reservations.
 *
 * Traps longjmp to the one global wasm_rt_jmp_buf.  Every call saves it
 * (and the call depth wasm_rt restores on a trap), arms it, and puts the
 * caller's back afterwards, so a trap in a nested call lands in the nested
 * caller and the outer call goes on.  That state is global, as wasm_rt's
 * is: one thread at a time may call into wasm2c modules.
 *
 * Hostile modules: names that would break out of wasm2c's C comments are
 * refused; every function prologue also checks the C stack pointer; and
 * memories and tables are allocated through checks that wabt's runtime
 * lacks (below).
 */
#include <dlfcn.h>
#include <pthread.h>
#include <setjmp.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "wasm-rt-impl.h"
#include "w2c.h"

struct pw_module {
  void *dl;
  const pw_w2c_desc *d;
  pw_wasm_info info;
  const pw_wasm_extern **fns;   /* callable exports, in desc order */
  size_t nimports;              /* function imports */
};

struct pw_instance {
  pw_module *m;
  const pw_import **imports;    /* a copy: the caller's may not last */
  pw_env *env;
  void *w;                      /* the thunk's instance (wasm2c's first) */
  wasm_rt_memory_t *mem;        /* inside *w, so fixed: read on every
                                   host call, without two calls to find */
  char hostmsg[256];            /* the trap a host function raised */
};

/*
 * wasm2c 1.0.32 copies import and export names verbatim into C comments:
 * a name holding the comment's end would inject code into the process.
 */
static int safe_name(const char *name, pw_err *err)
{
  if (strstr(name, "*/") == NULL)
    return 0;
  pw_errf(err, "wasm2c: the name \"%.64s\" cannot be compiled safely "
          "(it holds \"*/\")", name);
  return -1;
}

static int check_names(const pw_wasm_info *info, pw_err *err)
{
  for (size_t i = 0; i < info->nimports; i++)
    if (safe_name(info->imports[i].module, err) != 0
        || safe_name(info->imports[i].name, err) != 0)
      return -1;
  for (size_t i = 0; i < info->nexports; i++)
    if (safe_name(info->exports[i].name, err) != 0)
      return -1;
  return 0;
}

static int check_imports(const pw_wasm_info *info, size_t *nf, pw_err *err)
{
  *nf = 0;
  for (size_t i = 0; i < info->nimports; i++) {
    const pw_wasm_extern *x = &info->imports[i];
    if (x->kind != 'f')
      return pw_link_kind_err(err, x->module, x->name, x->kind);
    if (!pw_w2c_callable(x->sig)) {
      pw_errf(err, "wasm2c: import %s.%s has an unsupported signature %s",
              x->module, x->name, x->sig);
      return -1;
    }
    (*nf)++;
  }
  return 0;
}

static int list_exports(pw_module *m, pw_err *err)
{
  size_t n = 0;

  m->fns = calloc(m->info.nexports + 1, sizeof *m->fns);
  if (m->fns == NULL) {
    pw_errf(err, "wasm2c: out of memory");
    return -1;
  }
  for (size_t i = 0; i < m->info.nexports; i++) {
    const pw_wasm_extern *x = &m->info.exports[i];
    if (x->kind == 'f' && pw_w2c_callable(x->sig))
      m->fns[n++] = x;
  }
  if (n != m->d->nexports) {
    pw_errf(err, "wasm2c: the compiled module has %zu exports, not %zu",
            m->d->nexports, n);
    return -1;
  }
  return 0;
}

static void w2c_module_free(pw_module *m)
{
  if (m == NULL)
    return;
  if (m->dl != NULL)
    dlclose(m->dl);
  free(m->fns);
  pw_wasm_info_free(&m->info);
  free(m);
}

static pw_module *w2c_load(const uint8_t *wasm, size_t len, pw_err *err)
{
  pw_module *m = calloc(1, sizeof *m);

  if (m == NULL) {
    pw_errf(err, "wasm2c: out of memory");
    return NULL;
  }
  if (pw_wasm_info_read(wasm, len, &m->info, err) != 0
      || check_names(&m->info, err) != 0
      || check_imports(&m->info, &m->nimports, err) != 0
      || (m->dl = pw_w2c_build(wasm, len, &m->info, err)) == NULL) {
    w2c_module_free(m);
    return NULL;
  }
  m->d = dlsym(m->dl, "pw_w2c_desc");
  if (list_exports(m, err) != 0) {
    w2c_module_free(m);
    return NULL;
  }
  wasm_rt_init();
  m->d->init();
  return m;
}

static uint8_t *w2c_memory(void *inst, uint64_t *size)
{
  pw_instance *in = inst;
  wasm_rt_memory_t *mem = in != NULL ? in->mem : NULL;

  *size = mem != NULL ? mem->size : 0;
  return mem != NULL ? mem->data : NULL;
}

/* The thunk calls this for every host function the guest calls. */
static uint64_t host(void *eng, uint32_t idx, const uint64_t *args)
{
  pw_instance *in = eng;
  pw_env *e = in->env;
  uint64_t size;
  uint8_t *mem = w2c_memory(in, &size);
  int was = pw_w2c_leave();
  uint32_t r = pw_import_call(e, in->imports[idx], args, mem, size);

  if (e->trap != NULL) {
    snprintf(in->hostmsg, sizeof in->hostmsg, "%s", e->trap);
    e->trap = NULL;
    wasm_rt_trap((wasm_rt_trap_t)PW_W2C_TRAP_HOST);
  }
  pw_w2c_enter(was);
  return r;
}

/*
 * Allocation, checked.  wabt 1.0.32's software-bounds runtime computes
 * byte sizes in 32 bits, so 65536 pages (4 GiB) wrap to 0: allocate gives
 * a 0-byte memory of 65536 pages, and grow frees the memory and keeps the
 * dangling pointer.  It does not check calloc either.  Module code calls
 * these instead (the prelude renames them).
 */
#define MAX_PAGES 65535u

static const char *limit_msg;

static _Noreturn void limit(const char *why)
{
  limit_msg = why;
  wasm_rt_trap((wasm_rt_trap_t)PW_W2C_TRAP_LIMIT);
}

/* Each runs wabt's (which may lock, in malloc) outside the guest as the
   budget sees it (budget.c). */
void pw_w2c_allocate_memory(wasm_rt_memory_t *m, uint32_t pages,
                            uint32_t max_pages)
{
  int was;

  if (pages > MAX_PAGES)
    limit("a linear memory of 4 GiB is not supported");
  was = pw_w2c_leave();
  wasm_rt_allocate_memory(m, pages, max_pages);
  pw_w2c_enter(was);
  if (m->data == NULL && pages > 0)
    limit("out of memory for the linear memory");
}

uint32_t pw_w2c_grow_memory(wasm_rt_memory_t *m, uint32_t delta)
{
  int was;
  uint32_t r;

  if ((uint64_t)m->pages + delta > MAX_PAGES)
    return UINT32_MAX;
  was = pw_w2c_leave();
  r = wasm_rt_grow_memory(m, delta);
  pw_w2c_enter(was);
  return r;
}

void pw_w2c_allocate_funcref_table(wasm_rt_funcref_table_t *t, uint32_t n,
                                   uint32_t max)
{
  int was = pw_w2c_leave();

  wasm_rt_allocate_funcref_table(t, n, max);
  pw_w2c_enter(was);
  if (t->data == NULL && n > 0)
    limit("out of memory for a table");
}

void pw_w2c_allocate_externref_table(wasm_rt_externref_table_t *t,
                                     uint32_t n, uint32_t max)
{
  int was = pw_w2c_leave();

  wasm_rt_allocate_externref_table(t, n, max);
  pw_w2c_enter(was);
  if (t->data == NULL && n > 0)
    limit("out of memory for a table");
}

uint32_t pw_w2c_grow_funcref_table(wasm_rt_funcref_table_t *t,
                                   uint32_t delta, wasm_rt_funcref_t init)
{
  int was = pw_w2c_leave();
  uint32_t r = wasm_rt_grow_funcref_table(t, delta, init);

  pw_w2c_enter(was);
  return r;
}

uint32_t pw_w2c_grow_externref_table(wasm_rt_externref_table_t *t,
                                     uint32_t delta,
                                     wasm_rt_externref_t init)
{
  int was = pw_w2c_leave();
  uint32_t r = wasm_rt_grow_externref_table(t, delta, init);

  pw_w2c_enter(was);
  return r;
}

static pw_trap_kind kind_of(int code)
{
  switch (code) {
  case WASM_RT_TRAP_OOB: return PW_TRAP_MEMORY;
  case WASM_RT_TRAP_INT_OVERFLOW: return PW_TRAP_INT_OVERFLOW;
  case WASM_RT_TRAP_DIV_BY_ZERO: return PW_TRAP_DIV_ZERO;
  case WASM_RT_TRAP_INVALID_CONVERSION: return PW_TRAP_CONVERSION;
  case WASM_RT_TRAP_UNREACHABLE: return PW_TRAP_UNREACHABLE;
  case WASM_RT_TRAP_CALL_INDIRECT: return PW_TRAP_INDIRECT_CALL;
  case WASM_RT_TRAP_EXHAUSTION: return PW_TRAP_STACK;
  case PW_W2C_TRAP_HOST: return PW_TRAP_HOST;
  case PW_W2C_TRAP_TIMEOUT: return PW_TRAP_TIMEOUT;
  }
  return PW_TRAP_OTHER;
}

static const char *trap_msg(const pw_instance *in, int code)
{
  if (code == PW_W2C_TRAP_HOST)
    return in->hostmsg;
  if (code == PW_W2C_TRAP_LIMIT)
    return limit_msg;
  if (code == PW_W2C_TRAP_TIMEOUT)
    return pw_budget_msg();
  return wasm_rt_strerror((wasm_rt_trap_t)code);
}

static void fill_trap(pw_instance *in, int code, const char *where,
                      pw_trap *trap)
{
  if (trap == NULL)
    return;
  trap->kind = kind_of(code);
  snprintf(trap->where, sizeof trap->where, "%s", where);
  snprintf(trap->msg, sizeof trap->msg, "%s", trap_msg(in, code));
}

/* The caller's trap target, put back after every guarded call. */
typedef struct saved {
  int nested;
  jmp_buf buf;
  uint32_t depth;
  WASM_RT_UNWIND_TARGET *unwind;
} saved;

/* Guarded calls in progress: only a nested call has a target to keep. */
static int active;

char *pw_w2c_stack_limit;

/* This thread's stack, from pthreads, once per thread. */
typedef struct stack {
  int known;
  char *lo, *hi;
} stack;

static const stack *thread_stack(void)
{
  static _Thread_local stack st;
  pthread_attr_t a;
  void *lo;
  size_t size;

  if (st.known)
    return &st;
  st.known = 1;
  if (pthread_getattr_np(pthread_self(), &a) != 0)
    return &st;
  if (pthread_attr_getstack(&a, &lo, &size) == 0) {
    st.lo = lo;
    st.hi = (char *)lo + size;
  }
  pthread_attr_destroy(&a);
  return &st;
}

/* The lowest stack address guest code may reach, leaving room for host
   frames; NULL (the depth count only) when we run on a stack pthreads
   does not know, such as a fiber's. */
static char *stack_limit(void)
{
  const stack *st = thread_stack();
  char *here = __builtin_frame_address(0);
  size_t room = (size_t)(st->hi - st->lo) / 8;

  if (st->lo == NULL || here <= st->lo || here > st->hi)
    return NULL;
  room = room < (64u << 10) ? (64u << 10) : room > (1u << 20) ? (1u << 20)
         : room;
  /* already that deep: the guest may not go further */
  return here - st->lo > (ptrdiff_t)room ? st->lo + room : here;
}

/* The outermost call also arms the instance's budget. */
static void save(saved *s, const pw_instance *in)
{
  if (!(s->nested = active++ > 0)) {
    pw_w2c_stack_limit = stack_limit();
    pw_w2c_budget_arm(in->env != NULL ? in->env->budget_ms : 0);
    return;
  }
  memcpy(s->buf, wasm_rt_jmp_buf, sizeof s->buf);
  s->depth = wasm_rt_saved_call_stack_depth;
  s->unwind = wasm_rt_get_unwind_target();
}

static void restore(const saved *s)
{
  active--;
  if (!s->nested) {
    pw_w2c_budget_disarm();
    return;
  }
  memcpy(wasm_rt_jmp_buf, s->buf, sizeof s->buf);
  wasm_rt_saved_call_stack_depth = s->depth;
  wasm_rt_set_unwind_target(s->unwind);
}

/* Nothing here changes after setjmp returns, so nothing need be volatile. */
static int try_call(pw_w2c_export fn, void *w, const uint64_t *args,
                    uint64_t *results)
{
  int code = wasm_rt_impl_try();

  if (code == 0) {
    pw_w2c_enter(1);     /* traps at once if the budget is gone */
    fn(w, args, results);
  }
  pw_w2c_in_guest(0);
  return code;
}

static int try_new(const pw_w2c_desc *d, pw_instance *in)
{
  int code = wasm_rt_impl_try();

  if (code == 0) {
    pw_w2c_enter(1);     /* traps at once if the budget is gone */
    d->instantiate(in->w, in, host);
  }
  pw_w2c_in_guest(0);
  return code;
}

static int bind(pw_module *m, const pw_import *const *imports,
                size_t nimports, pw_err *err)
{
  if (nimports != m->nimports) {
    pw_errf(err, "wasm2c: the module has %zu function imports, %zu given",
            m->nimports, nimports);
    return -1;
  }
  for (size_t i = 0; i < nimports; i++)
    if (imports[i] == NULL || imports[i]->entry == NULL) {
      pw_errf(err, "wasm2c: no host function for import %zu", i);
      return -1;
    }
  return 0;
}

static void w2c_instance_free(pw_instance *in)
{
  if (in == NULL)
    return;
  in->m->d->free(in->w);
  free(in->w);
  free(in->imports);
  free(in);
}

static pw_instance *w2c_instantiate(pw_module *m,
                                    const pw_import *const *imports,
                                    size_t nimports, pw_env *env,
                                    pw_err *err, pw_trap *trap)
{
  pw_instance *in;
  saved s;
  int code;

  if (bind(m, imports, nimports, err) != 0)
    return NULL;
  in = calloc(1, sizeof *in);
  if (in == NULL || (in->w = calloc(1, m->d->inst_size)) == NULL
      || (in->imports = malloc((nimports + 1) * sizeof *imports)) == NULL) {
    if (in != NULL)
      free(in->w);
    free(in);
    pw_errf(err, "wasm2c: out of memory");
    return NULL;
  }
  in->m = m;
  in->mem = m->d->memory(in->w);
  if (nimports > 0)
    memcpy(in->imports, imports, nimports * sizeof *imports);
  in->env = env;
  save(&s, in);
  code = try_new(m->d, in);
  restore(&s);
  if (code == 0)
    return in;
  fill_trap(in, code, "start", trap);
  pw_errf(err, "wasm2c: trap while instantiating: %s",
          trap_msg(in, code));
  w2c_instance_free(in);
  return NULL;
}

static int w2c_find(pw_instance *in, const char *name, const char **sig)
{
  const pw_module *m = in->m;

  for (size_t i = 0; i < m->d->nexports; i++)
    if (strcmp(m->fns[i]->name, name) == 0) {
      if (sig != NULL)
        *sig = m->fns[i]->sig;
      return (int)i;
    }
  return -1;
}

static int w2c_call(pw_instance *in, int index, const uint64_t *args,
                    uint64_t *results, pw_trap *trap)
{
  const pw_module *m = in->m;
  saved s;
  int code;

  if (index < 0 || (size_t)index >= m->d->nexports) {
    if (trap != NULL) {
      trap->kind = PW_TRAP_OTHER;
      snprintf(trap->where, sizeof trap->where, "export #%d", index);
      snprintf(trap->msg, sizeof trap->msg, "no such export");
    }
    return PW_CALL_TRAP;
  }
  save(&s, in);
  code = try_call(m->d->exports[index], in->w, args, results);
  restore(&s);
  if (code == 0)
    return PW_CALL_OK;
  fill_trap(in, code, m->fns[index]->name, trap);
  return PW_CALL_TRAP;
}

const pw_engine pw_engine_wasm2c = {
  "wasm2c",
  w2c_load,
  w2c_module_free,
  w2c_instantiate,
  w2c_instance_free,
  w2c_find,
  w2c_call,
  w2c_memory
};
