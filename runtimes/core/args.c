/*
 * Walking raw arguments by their argument tables (args.h).
 */
#include <string.h>

#include "args.h"

const uint8_t *pw_view_at(pw_view v, uint64_t ptr, uint64_t len)
{
  if (v.mem == NULL || ptr > v.size || len > v.size - ptr)
    return NULL;
  return v.mem + ptr;
}

uint32_t pw_le32(const uint8_t *p)
{
  return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16
         | (uint32_t)p[3] << 24;
}

void pw_args_begin(pw_args_it *it, const pw_arg *args, size_t nargs,
                   const uint64_t *raw, size_t nraw)
{
  it->next = args;
  it->end = args + nargs;
  it->raw = raw;
  it->left = nraw;
}

const pw_arg *pw_args_next(pw_args_it *it, const uint64_t **v)
{
  const pw_arg *a = it->next;

  if (a == it->end || a->width > it->left)
    return NULL;
  *v = it->raw;
  it->raw += a->width;
  it->left -= a->width;
  it->next++;
  return a;
}

static int out_bytes(pw_view v, const uint64_t *raw, pw_outval *o)
{
  const uint8_t *p = pw_view_at(v, raw[0], 4), *q = pw_view_at(v, raw[1], 4);

  if (p == NULL || q == NULL)
    return -1;
  o->addr = pw_le32(p);
  o->len = pw_le32(q);
  o->bytes = pw_view_at(v, o->addr, o->len);
  return 0;
}

int pw_arg_is_out(const pw_arg *a)
{
  return a->kind == PW_ARG_OUT || a->kind == PW_ARG_OUT_BYTES;
}

int pw_arg_out(pw_view v, const pw_arg *a, const uint64_t *raw,
               pw_outval *o)
{
  const uint8_t *p;

  memset(o, 0, sizeof *o);
  if (a->kind == PW_ARG_OUT_BYTES)
    return out_bytes(v, raw, o);
  if (a->kind != PW_ARG_OUT || (p = pw_view_at(v, raw[0], a->size)) == NULL)
    return -1;
  o->num = pw_le32(p);
  if (a->size == 8)
    o->num |= (uint64_t)pw_le32(p + 4) << 32;
  return 0;
}

const char *pw_status_type(const pw_abi *abi, const char *name)
{
  for (size_t i = 0; i < abi->nimports; i++)
    if (strcmp(abi->imports[i].name, name) == 0
        && abi->imports[i].status != NULL)
      return abi->imports[i].status;
  return abi->status_type;
}

const pw_import *pw_abi_import(const pw_abi *abi, const char *module,
                               const char *name)
{
  for (size_t i = 0; i < abi->nimports; i++)
    if (strcmp(abi->imports[i].name, name) == 0 && (module == NULL
        || strcmp(abi->imports[i].module, module) == 0))
      return &abi->imports[i];
  return NULL;
}

const pw_export *pw_abi_export(const pw_abi *abi, const char *name)
{
  for (size_t i = 0; i < abi->nexports; i++)
    if (strcmp(abi->exports[i].name, name) == 0)
      return &abi->exports[i];
  return NULL;
}

const char *pw_variant_name(const pw_abi *abi, const char *type, uint32_t v)
{
  for (size_t i = 0; i < abi->nvariants; i++)
    if (abi->variants[i].value == v
        && strcmp(abi->variants[i].type, type) == 0)
      return abi->variants[i].name;
  return NULL;
}

long long pw_variant_value(const pw_abi *abi, const char *type,
                           const char *name)
{
  for (size_t i = 0; i < abi->nvariants; i++)
    if (strcmp(abi->variants[i].name, name) == 0
        && strcmp(abi->variants[i].type, type) == 0)
      return abi->variants[i].value;
  return -1;
}
