/*
 * Reference host: foreign functions and proxy_on_foreign_function.
 *
 * The functions are the simulated world's (README): pwabi.echo hands the
 * arguments back, pwabi.fail fails, pwabi.defer has the host call
 * proxy_on_foreign_function(root, 0, len) after the current callback with
 * the arguments as buffer 8, as Kong's resolve_lua finishes.  The driver
 * delivers that callback too (foreign_function).
 */
#include <stdlib.h>
#include <string.h>

#include "ref.h"

typedef pw_wasm_result_t (*ref_ff)(pw_host *h, pw_bytes args, pw_out *res);

/* The callback, with buffer 8 readable while it runs. */
static int run(pw_host *h, ref_ctx *r, uint32_t fn, pw_bytes args)
{
  uint32_t t = PW_BUFFER_TYPE_FOREIGN_FUNCTION_ARGUMENTS;
  int rc;

  ref_set(&h->last_buf[t], args.ptr, args.len);
  ref_enter(h, r, REF_CB_FOREIGN);
  h->cbbuf[t] = &h->last_buf[t];
  rc = pw_call_proxy_on_foreign_function(h->env, r->id, fn, args.len);
  return ref_leave(h, rc, "proxy_on_foreign_function", NULL, 0);
}

int ref_drv_foreign(pw_host *h, uint32_t root, uint32_t fn, pw_bytes args)
{
  ref_ctx *r;
  int rc = ref_guard_root(h, root, &r);

  return rc != PW_DRV_OK ? rc : ref_end(h, run(h, r, fn, args));
}

/* Deferred: a pwabi.defer call's callback, its arguments taken. */
static int deferred(pw_host *h, ref_ctx *r, uint32_t id)
{
  ref_ffargs **pp = &h->ffq, *p;
  int rc;

  while (*pp != NULL && (*pp)->id != id)
    pp = &(*pp)->next;
  if ((p = *pp) == NULL)
    return PW_DRV_OK;
  *pp = p->next;
  rc = run(h, r, 0, (pw_bytes){ p->args.p, p->args.n });
  ref_free(&p->args);
  free(p);
  return rc;
}

void ref_foreign_free(pw_host *h)
{
  while (h->ffq != NULL) {
    ref_ffargs *p = h->ffq;
    h->ffq = p->next;
    ref_free(&p->args);
    free(p);
  }
}

static pw_wasm_result_t echo(pw_host *h, pw_bytes args, pw_out *res)
{
  (void)h;
  return ref_give(res, args.ptr, args.len);
}

static pw_wasm_result_t fail(pw_host *h, pw_bytes args, pw_out *res)
{
  (void)h, (void)args, (void)res;
  return PW_WASM_RESULT_INTERNAL_FAILURE;
}

/* The callback goes to the caller's root. */
static pw_wasm_result_t defer(pw_host *h, pw_bytes args, pw_out *res)
{
  ref_ctx *r = ref_root_of(h, ref_eff(h));
  ref_ffargs *p;

  (void)res;
  if (r == NULL || r->dead)
    return PW_WASM_RESULT_NOT_FOUND;
  p = ref_alloc(sizeof *p);
  p->id = ++h->next_ff;
  p->args = ref_dup(args.ptr, args.len);
  p->next = h->ffq;
  h->ffq = p;
  ref_defer_add(h, deferred, r->id, p->id);
  return OK;
}

static const struct {
  const char *name;
  ref_ff fn;
} FUNCS[] = {
  { REF_FF_ECHO, echo }, { REF_FF_FAIL, fail }, { REF_FF_DEFER, defer },
};

/* Unknown names are not_found (CH); a function's status is its own. */
pw_wasm_result_t ref_call_foreign(void *host, pw_bytes name, pw_bytes args,
                                  pw_out *results)
{
  for (size_t i = 0; i < sizeof FUNCS / sizeof FUNCS[0]; i++) {
    size_t n = strlen(FUNCS[i].name);
    if (name.len == n && memcmp(name.ptr, FUNCS[i].name, n) == 0) {
      ref_event(host, PW_EV_ACTION, "foreign_function", 0, "%s len=%u",
                FUNCS[i].name, args.len);
      return FUNCS[i].fn(host, args, results);
    }
  }
  return PW_WASM_RESULT_NOT_FOUND;
}
