/*
 * The observer of a certification run: it keeps the events of the current
 * step for the executor (host calls with the out-values read back from
 * guest memory, top-level callbacks, logs, traps) and hands every call to
 * coverage (coverage.c).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "observe.h"

cf_obs *cf_obs_new(const pw_abi *abi)
{
  cf_obs *o = calloc(1, sizeof *o);

  if (o == NULL)
    abort();
  o->abi = abi;
  return o;
}

void cf_obs_clear(cf_obs *o)
{
  for (size_t i = 0; i < o->n; i++) {
    for (int k = 0; k < o->ev[i].nout; k++)
      free(o->ev[i].out[k].bytes);
    free(o->ev[i].text);
  }
  o->n = 0;
}

void cf_obs_free(cf_obs *o)
{
  if (o == NULL)
    return;
  cf_obs_clear(o);
  free(o->ev);
  cf_set_free(&o->cov);
  free(o);
}

const cf_set *cf_obs_coverage(const cf_obs *o)
{
  return &o->cov;
}

static cf_ev *new_event(cf_obs *o, int kind, const pw_event *e)
{
  cf_ev *ev;

  if (o->n == o->cap) {
    size_t cap = o->cap ? o->cap * 2 : 32;
    cf_ev *nv = realloc(o->ev, cap * sizeof *nv);
    if (nv == NULL)
      abort();
    o->ev = nv;
    o->cap = cap;
  }
  ev = &o->ev[o->n++];
  memset(ev, 0, sizeof *ev);
  ev->kind = kind;
  ev->depth = e->depth;
  ev->has_result = e->has_result;
  ev->result = e->result;
  ev->rc = e->rc;
  snprintf(ev->name, sizeof ev->name, "%s", e->name ? e->name : "?");
  return ev;
}

/* What the host wrote to an out-argument, copied out of guest memory. */
static void read_out(cf_ev *ev, pw_view mem, const pw_arg *a,
                     const uint64_t *v)
{
  cf_out *out = &ev->out[ev->nout];
  pw_outval o;

  if (ev->nout == MAX_OUT || pw_arg_out(mem, a, v, &o) != 0)
    return;
  if (a->kind == PW_ARG_OUT_BYTES && o.bytes == NULL)
    return;
  out->arg = a;
  out->num = o.num;
  out->len = o.len;
  if (a->kind == PW_ARG_OUT_BYTES) {
    if ((out->bytes = malloc(o.len + 1)) == NULL)
      abort();
    memcpy(out->bytes, o.bytes, o.len);
  }
  ev->nout++;
}

static void on_hostcall(cf_obs *o, const pw_event *e)
{
  cf_ev *ev = new_event(o, EV_CALL, e);
  const pw_import *im = pw_abi_import(o->abi, NULL, ev->name);
  pw_view mem = { e->mem, e->mem_size };
  const pw_arg *a;
  const uint64_t *v;
  pw_args_it it;

  if (im == NULL)
    return;
  cf_cover_hostcall(o, im, e);
  if (!e->has_result || e->result != 0)
    return;
  pw_args_begin(&it, im->args, im->nargs, e->args, e->nargs);
  while ((a = pw_args_next(&it, &v)) != NULL)
    if (pw_arg_is_out(a))
      read_out(ev, mem, a, v);
}

static void on_callback(cf_obs *o, const pw_event *e)
{
  cf_ev *ev = new_event(o, EV_CALLBACK, e);
  const pw_export *ex = pw_abi_export(o->abi, ev->name);

  if (ex == NULL)
    return;
  if (ex->result != NULL && (ex->result->kind == PW_ARG_ENUM
                             || ex->result->kind == PW_ARG_FLAGS))
    ev->rtype = ex->result->type;
  cf_cover_callback(o, ex, e);
}

/* The reference host escapes log text as \xNN; undo it. */
static void on_log(cf_obs *o, const pw_event *e)
{
  cf_ev *ev = new_event(o, EV_LOG, e);
  const char *s = e->text ? e->text : "";
  size_t n = strlen(s), k = 0;

  if ((ev->text = malloc(n + 1)) == NULL)
    abort();
  for (size_t i = 0; i < n; i++) {
    unsigned v;
    if (s[i] == '\\' && s[i + 1] == 'x' && sscanf(s + i + 2, "%2x", &v) == 1
        && i + 3 < n) {
      ev->text[k++] = (char)v;
      i += 3;
    } else {
      ev->text[k++] = s[i];
    }
  }
  ev->text_len = k;
}

static void on_trap(cf_obs *o, const pw_event *e)
{
  cf_ev *ev = new_event(o, EV_TRAP, e);

  if (e->trap == NULL)
    return;
  snprintf(ev->trap, sizeof ev->trap, "%s", pw_trap_kind_name(e->trap->kind));
  snprintf(ev->where, sizeof ev->where, "%s", e->trap->where);
  snprintf(ev->msg, sizeof ev->msg, "%s", e->trap->msg);
}

void cf_observe(void *ud, const pw_event *e)
{
  cf_obs *o = ud;

  switch (e->kind) {
  case PW_EV_HOSTCALL: on_hostcall(o, e); break;
  case PW_EV_CALLBACK: on_callback(o, e); break;
  case PW_EV_LOG: on_log(o, e); break;
  case PW_EV_TRAP: on_trap(o, e); break;
  default: break;
  }
}

