/*
 * Reference host: contexts, the callback frame, and deferred work.
 *
 * Ids come from one per-VM sequence starting at 1 and are never reused.
 * A deleted stream is freed, all but its local response, which the driver
 * may still read; a deleted root stays (dead), as streams may name it.
 * Every callback runs between ref_enter and ref_leave, which set and
 * reset the current context, the effective context and the
 * callback-scoped maps and buffers.  Work that must call the guest from
 * inside a host op is queued and run by ref_drain after the driver's own
 * callback has returned.
 */
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include "args.h"
#include "ref.h"
#include "versions.h"

/* Deferred callbacks run per driver call; the rest waits for the next. */
#define DRAIN_BUDGET 4096

ref_ctx *ref_ctx_new(pw_host *h, int kind, uint32_t root)
{
  ref_ctx *c = h->spare != NULL ? h->spare : ref_alloc(sizeof *c);

  h->spare = NULL;

  c->id = ++h->nctx;
  c->kind = kind;
  c->root = root;
  ref_ids_put(&h->ctx, c->id, c);
  return c;
}

ref_ctx *ref_root_of(pw_host *h, ref_ctx *c)
{
  if (c == NULL || c->root == 0)
    return c;
  return ref_ctx_get(h, c->root);
}

static void lresp_free(ref_lresp *l)
{
  ref_free(&l->details);
  ref_free(&l->body);
  ref_free(&l->pairs);
}

/* What a context owns besides its maps. */
static void strs_free(ref_ctx *c)
{
  ref_free(&c->st_msg);
  ref_free(&c->vm_cfg);
  ref_free(&c->plugin_cfg);
  for (int i = 0; i < 2; i++) {
    ref_free(&c->body[i]);
    ref_free(&c->data[i]);
  }
  lresp_free(&c->lresp);
}

void ref_ctx_free(ref_ctx *c)
{
  ref_map_clear(&c->props);
  for (uint32_t i = 0; i < REF_STREAM_MAPS; i++)
    ref_map_clear(&c->maps[i]);
  strs_free(c);
}

/* The local response sent on context id, live or deleted (NULL: none). */
const ref_lresp *ref_lresp_of(pw_host *h, uint32_t id)
{
  ref_ctx *c = ref_ctx_get(h, id);

  if (c != NULL)
    return c->lresp.set ? &c->lresp : NULL;
  return ref_ids_get(&h->said, id);
}

/* Where a spare's zeroed part starts: its maps come first (ref.h). */
#define KEPT offsetof(ref_ctx, id)

/* A freed stream is kept as the next one: zeroed, but its maps are only
   emptied (arrays and entry blocks stay), which saves a stream their
   allocations. */
static void keep_spare(pw_host *h, ref_ctx *c)
{
  ref_map_empty(&c->props);
  for (uint32_t i = 0; i < REF_STREAM_MAPS; i++)
    ref_map_empty(&c->maps[i]);
  strs_free(c);
  memset((char *)c + KEPT, 0, sizeof *c - KEPT);
  h->spare = c;
}

/* A deleted stream goes, its local response moved to h->said. */
static void drop_stream(pw_host *h, ref_ctx *c)
{
  if (c->lresp.set) {
    ref_lresp *l = ref_alloc(sizeof *l);
    *l = c->lresp;
    memset(&c->lresp, 0, sizeof c->lresp);
    ref_ids_put(&h->said, c->id, l);
  }
  if (h->cur == c)
    h->cur = NULL;
  ref_ids_take(&h->ctx, c->id);
  if (h->spare == NULL) {
    keep_spare(h, c);
    return;
  }
  ref_ctx_free(c);
  free(c);
}

/* Delete: the id stays taken, the state goes (the local response stays
   for the driver to read). */
int ref_kill(pw_host *h, ref_ctx *c)
{
  ref_lresp keep;

  if (h->eff == c->id)
    h->eff = 0;
  if (c->kind != REF_ROOT) {
    drop_stream(h, c);
    return PW_DRV_OK;
  }
  keep = c->lresp;
  memset(&c->lresp, 0, sizeof c->lresp);
  ref_ctx_free(c);
  c->lresp = keep;
  c->dead = 1;
  c->tick_ms = c->tick_due = 0;
  return PW_DRV_OK;
}

/* At host destruction: every context and kept local response. */
void ref_ctxs_free(pw_host *h)
{
  for (size_t i = 0; i < h->ctx.cap; i++) {
    ref_ctx *c = ref_ids_at(&h->ctx, i);
    if (c != NULL) {
      ref_ctx_free(c);
      free(c);
    }
  }
  for (size_t i = 0; i < h->said.cap; i++) {
    ref_lresp *l = ref_ids_at(&h->said, i);
    if (l != NULL) {
      lresp_free(l);
      free(l);
    }
  }
  ref_ids_free(&h->ctx);
  ref_ids_free(&h->said);
  if (h->spare != NULL)
    ref_ctx_free(h->spare);
  free(h->spare);
}

static void trap_text(pw_host *h, const char *fn)
{
  const pw_trap *t = pw_vm_last_trap(h->vm);

  if (t == NULL)
    snprintf(h->err, sizeof h->err, "%s trapped", fn);
  else
    snprintf(h->err, sizeof h->err, "%s trapped: %s: %s (%s)", fn,
             t->where, t->msg, pw_trap_kind_name(t->kind));
}

/* The lineage of export `fn` in any version; fn when none has it. */
static const char *lineage_of(const char *fn)
{
  for (const pw_version *v = pw_versions; v->name != NULL; v++) {
    const pw_export *x = pw_abi_export(v->abi, fn);
    if (x != NULL)
      return x->lineage;
  }
  return fn;
}

/* A callback as the module's version spells it, for messages only (it
   scans every version's exports: not on the path of a callback that went
   well): the host names callbacks once (e.g. proxy_on_create), 0.2.1 says
   proxy_on_context_create. */
static const char *cb_name(const pw_host *h, const char *fn)
{
  const char *lin = lineage_of(fn);

  for (size_t i = 0; h->abi != NULL && i < h->abi->nexports; i++)
    if (strcmp(h->abi->exports[i].lineage, lin) == 0)
      return h->abi->exports[i].name;
  return fn;
}

/* A callback that did not return normally, from context ctx. */
__attribute__((noinline))
static int leave_odd(pw_host *h, int rc, const char *fn, uint32_t *ret,
                     uint32_t dflt, uint32_t ctx)
{
  switch (rc) {
  case PW_CALL_MISSING:
    if (ret != NULL)
      *ret = dflt;
    ref_event(h, PW_EV_ACTION, "not_called", 0,
              "%s: not exported (context %u)", cb_name(h, fn), ctx);
    return PW_DRV_OK;
  case PW_CALL_BAD_RESULT:
    snprintf(h->err, sizeof h->err, "%s returned %u, not a valid result",
             cb_name(h, fn), ret ? *ret : 0);
    return PW_DRV_ABI;
  default:
    h->failed = 1;
    trap_text(h, cb_name(h, fn));
    return PW_DRV_TRAP;
  }
}

/*
 * End a callback: map the generated caller's PW_CALL_* to PW_DRV_*.  A
 * missing export is "not called" (CH: every callback is optional) and its
 * result reads as `dflt`.
 */
int ref_leave(pw_host *h, int rc, const char *fn, uint32_t *ret,
              uint32_t dflt)
{
  uint32_t ctx = h->cur != NULL ? h->cur->id : 0;

  h->cur = NULL;
  h->cb = REF_CB_NONE;
  h->eff = 0;
  h->cfg = NULL;
  memset(h->cbmap, 0, sizeof h->cbmap);
  memset(h->cbbuf, 0, sizeof h->cbbuf);
  if (rc == PW_CALL_OK)
    return PW_DRV_OK;
  return leave_odd(h, rc, fn, ret, dflt, ctx);
}

void ref_defer_add(pw_host *h, ref_runner run, uint32_t ctx, uint32_t arg)
{
  ref_defer *d = ref_alloc(sizeof *d);

  d->run = run;
  d->ctx = ctx;
  d->arg = arg;
  if (h->dq_tail != NULL)
    h->dq_tail->next = d;
  else
    h->dq = d;
  h->dq_tail = d;
}

int ref_run_delete(pw_host *h, ref_ctx *c)
{
  int rc;

  ref_enter(h, c, REF_CB_DELETE);
  rc = pw_call_proxy_on_delete(h->env, c->id);
  rc = ref_leave(h, rc, "proxy_on_delete", NULL, 0);
  ref_kill(h, c);
  return rc;
}

static int run_one(pw_host *h, const ref_defer *d)
{
  ref_ctx *c = ref_ctx_live(h, d->ctx);

  if (c == NULL)
    return PW_DRV_OK;   /* its context went away meanwhile */
  return d->run(h, c, d->arg);
}

/* Run deferred work in order; the first failure is returned. */
int ref_drain(pw_host *h)
{
  int rc = PW_DRV_OK, budget = DRAIN_BUDGET;

  while (h->dq != NULL && !h->failed && budget-- > 0) {
    ref_defer *d = h->dq;
    int r;
    h->dq = d->next;
    if (h->dq == NULL)
      h->dq_tail = NULL;
    r = run_one(h, d);
    free(d);
    if (rc == PW_DRV_OK)
      rc = r;
  }
  return rc;
}

/* Finish a driver call: deferred work runs unless the VM failed. */
int ref_end(pw_host *h, int rc)
{
  int r;

  if (h->failed)
    return rc == PW_DRV_OK ? PW_DRV_TRAP : rc;
  if (h->dq == NULL)
    return rc;   /* nothing deferred (most calls) */
  r = ref_drain(h);
  return rc != PW_DRV_OK ? rc : r;
}

/* Driver entry check: a failed VM runs nothing. */
int ref_guard(pw_host *h)
{
  return h->failed ? PW_DRV_FAILED : PW_DRV_OK;
}

/* ... and an id that is no live root context is misuse. */
int ref_guard_root(pw_host *h, uint32_t id, ref_ctx **r)
{
  int rc = ref_guard(h);

  *r = ref_ctx_live(h, id);
  if (rc == PW_DRV_OK && (*r == NULL || (*r)->kind != REF_ROOT))
    rc = PW_DRV_USAGE;
  return rc;
}
