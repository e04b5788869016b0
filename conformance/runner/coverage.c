/*
 * Coverage: which manifest items ("kind\tname") an event crossed, decided
 * by the argument tables of the ABI (args.h).  A host call that raised a
 * trap returned nothing the guest could see, and out-values count only
 * when the call returned ok (the out-argument itself when the host took
 * it).
 */
#include <stdio.h>
#include <string.h>

#include "observe.h"

static void cover(cf_obs *o, const char *kind, const char *a, const char *b)
{
  char key[256];

  snprintf(key, sizeof key, "%s\t%s%s%s", kind, a, b ? "." : "",
           b ? b : "");
  cf_set_add(&o->cov, key);
}

static int is_variant_type(const pw_abi *abi, const char *type)
{
  for (size_t i = 0; i < abi->nvariants; i++)
    if (strcmp(abi->variants[i].type, type) == 0)
      return 1;
  return 0;
}

static void cover_flags(cf_obs *o, const char *type, uint64_t x)
{
  for (size_t i = 0; i < o->abi->nvariants; i++) {
    const pw_variant *v = &o->abi->variants[i];
    if (strcmp(v->type, type) == 0 && v->value != 0
        && (x & v->value) == v->value)
      cover(o, "variant", type, v->name);
  }
}

/* A value of `type` crossed: the type, and its variant (flags: each bit). */
static void cover_value(cf_obs *o, const char *type, int flags, uint64_t x)
{
  const char *name;

  cover(o, "type", type, NULL);
  if (flags)
    cover_flags(o, type, x);
  else if ((name = pw_variant_name(o->abi, type, (uint32_t)x)) != NULL)
    cover(o, "variant", type, name);
}

/* A scalar of `a`'s type crossed with value x. */
static void cover_typed(cf_obs *o, const pw_arg *a, uint64_t x)
{
  if (a->kind == PW_ARG_ENUM || a->kind == PW_ARG_FLAGS)
    cover_value(o, a->type, a->kind == PW_ARG_FLAGS, x);
  else if (is_variant_type(o->abi, a->type))
    cover_value(o, a->type, 0, x);
  else
    cover(o, "type", a->type, NULL);
}

static void cover_status(cf_obs *o, const pw_import *im, uint64_t result)
{
  const char *type = pw_status_type(o->abi, im->name);
  const char *st = pw_variant_name(o->abi, type, (uint32_t)result);

  cover(o, "result", im->name, NULL);
  cover_value(o, type, 0, result);
  if (st != NULL)
    cover(o, "status", im->name, st);
}

static void cover_arg(cf_obs *o, const char *fn, const pw_arg *a,
                      const uint64_t *v, pw_view mem)
{
  pw_outval out;

  cover(o, "param", fn, a->name);
  if (a->kind == PW_ARG_OUT_BYTES)
    cover(o, "param", fn, a->len);
  else if (a->kind == PW_ARG_OUT) {
    if (pw_arg_out(mem, a, v, &out) == 0)
      cover_typed(o, a, out.num);
  } else if (a->width == 1)
    cover_typed(o, a, v[0]);
}

/* An out-argument crossed when the host took it (the glue refused no
   argument and nothing trapped: a stub that never writes it, WASI's
   fd_seek, still crosses); what it wrote, only when the call was ok. */
void cf_cover_hostcall(cf_obs *o, const pw_import *im, const pw_event *e)
{
  pw_view mem = { e->mem, e->mem_size };
  int ran = e->has_result && e->rc != PW_CALL_TRAP && e->rejected == NULL;
  int ok = e->has_result && e->result == 0;
  const pw_arg *a;
  const uint64_t *v;
  pw_args_it it;

  cover(o, "host", im->name, NULL);
  if (e->has_result && e->rc != PW_CALL_TRAP)
    cover_status(o, im, e->result);
  pw_args_begin(&it, im->args, im->nargs, e->args, e->nargs);
  while ((a = pw_args_next(&it, &v)) != NULL)
    if (ok || !pw_arg_is_out(a))
      cover_arg(o, im->name, a, v, mem);
    else if (ran)
      cover(o, "param", im->name, a->name);
}

void cf_cover_callback(cf_obs *o, const pw_export *ex, const pw_event *e)
{
  pw_view mem = { e->mem, e->mem_size };
  const pw_arg *a;
  const uint64_t *v;
  pw_args_it it;

  cover(o, "guest", ex->name, NULL);
  pw_args_begin(&it, ex->args, ex->nargs, e->args, e->nargs);
  while ((a = pw_args_next(&it, &v)) != NULL)
    cover_arg(o, ex->name, a, v, mem);
  if (e->rc != PW_CALL_OK || ex->result == NULL || !e->has_result)
    return;
  cover(o, "result", ex->name, NULL);
  if (ex->result->kind == PW_ARG_ENUM || ex->result->kind == PW_ARG_FLAGS)
    cover_typed(o, ex->result, e->result);
}

/* Hosts never call the marker: it crosses when a host reads it, binding
   the module to its version. */
void cf_cover_marker(cf_obs *o, const char *marker)
{
  cover(o, "guest", marker, NULL);
}
