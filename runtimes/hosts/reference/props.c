/*
 * Reference host: properties.
 *
 * A property path is a list of segments separated by NUL bytes; one
 * trailing NUL is accepted (C++ SDK) and dropped (Rust, Go SDKs send
 * none).  Values live in three layers, looked up in order: the effective
 * context, its root, and the VM.  Reading an inner node of the tree gives
 * its leaf children `pairs`-encoded, as Envoy does for map values: those
 * of every layer, a nearer layer's child shadowing a farther one's, so a
 * node lists exactly the leaves a read below it finds.  The
 * guest may set properties on stream contexts only (Envoy: not_found
 * without stream info).
 */
#include <string.h>

#include "ref.h"

/* Normalize: drop one trailing NUL; an empty path or segment is no path. */
static int norm(pw_bytes *p)
{
  if (p->len > 0 && p->ptr[p->len - 1] == 0)
    p->len--;
  if (p->len == 0 || p->ptr[0] == 0 || p->ptr[p->len - 1] == 0)
    return -1;
  for (uint32_t i = 1; i < p->len; i++)
    if (p->ptr[i] == 0 && p->ptr[i - 1] == 0)
      return -1;
  return 0;
}

/* -1 when `path` is not a property path. */
int ref_prop_put(ref_map *m, pw_bytes path, pw_bytes value)
{
  if (norm(&path) != 0)
    return -1;
  ref_map_replace(m, path.ptr, path.len, value.ptr, value.len);
  return 0;
}

/* `path` spelled with '.' for NUL, for the preloaded values. */
void ref_prop_put_str(ref_map *m, const char *path, const void *v, size_t n)
{
  ref_str p = ref_dup(path, strlen(path));
  pw_bytes val = { v, (uint32_t)n };

  for (uint32_t i = 0; i < p.n; i++)
    if (p.p[i] == '.')
      p.p[i] = 0;
  ref_prop_put(m, (pw_bytes){ p.p, p.n }, val);
  ref_free(&p);
}

static void put_u64(ref_map *m, const char *path, uint64_t v)
{
  uint8_t b[8];

  for (int i = 0; i < 8; i++)
    b[i] = (uint8_t)(v >> (8 * i));
  ref_prop_put_str(m, path, b, 8);
}

void ref_props_init(pw_host *h)
{
  ref_map *g = &h->global_props;

  ref_prop_put_str(g, "plugin_vm_id", h->vm_id, strlen(h->vm_id));
  ref_prop_put_str(g, "request.protocol", "HTTP/1.1", 8);
  ref_prop_put_str(g, "source.address", "10.0.0.1:34567", 14);
  put_u64(g, "source.port", 34567);
  ref_prop_put_str(g, "destination.address", "10.0.0.2:8080", 13);
  put_u64(g, "destination.port", 8080);
}

/* Add to `out` the leaf children of inner node `p` in `m` that `out` does
   not hold yet (a nearer layer's child shadows a farther one's). */
static void children(const ref_map *m, pw_bytes p, ref_map *out)
{
  for (size_t i = 0; i < m->n; i++) {
    const ref_kv *e = &m->e[i];
    const uint8_t *rest = e->k.p + p.len + 1;
    size_t n = e->k.n - p.len - 1;
    if (e->k.n <= p.len + 1 || memcmp(e->k.p, p.ptr, p.len) != 0 ||
        e->k.p[p.len] != 0 || memchr(rest, 0, n) != NULL ||
        ref_map_find(out, rest, n) != NULL)
      continue;
    ref_map_add(out, rest, n, e->v.p, e->v.n);
  }
}

/* A leaf from the nearest layer that has it; else an inner node: the
   leaf children of every layer, merged, nearest first. */
static pw_wasm_result_t lookup(pw_host *h, const ref_map *const *layer,
                               int n, pw_bytes p, pw_out *value)
{
  ref_map kids = {0};
  int rc;

  for (int i = 0; i < n; i++) {
    ref_kv *e = ref_map_find(layer[i], p.ptr, p.len);
    if (e != NULL)
      return ref_give(value, e->v.p, e->v.n);
  }
  for (int i = 0; i < n; i++)
    children(layer[i], p, &kids);
  if (kids.n == 0)
    return PW_WASM_RESULT_NOT_FOUND;
  rc = ref_pairs_encode(&kids, h->o.empty_map_count0, value);
  ref_map_clear(&kids);
  return ref_status(rc);
}

/* Is `path` the simulated property `name` (size: with its final NUL)? */
static int is(pw_bytes path, const char *name, size_t size)
{
  return path.len == size - 1 && memcmp(path.ptr, name, size - 1) == 0;
}

pw_wasm_result_t ref_get_property(void *host, pw_bytes path,
                                      pw_out *value)
{
  pw_host *h = host;
  ref_ctx *c = ref_eff(h), *r = ref_root_of(h, c);
  const ref_map *layer[3];
  int n = 0;

  if (norm(&path) != 0)
    return PW_WASM_RESULT_NOT_FOUND;
  if (is(path, REF_PROP_UNSERIALIZABLE, sizeof REF_PROP_UNSERIALIZABLE))
    return PW_WASM_RESULT_SERIALIZATION_FAILURE;
  if (is(path, REF_PROP_BROKEN, sizeof REF_PROP_BROKEN))
    return PW_WASM_RESULT_INTERNAL_FAILURE;
  if (c != NULL)
    layer[n++] = &c->props;
  if (r != NULL && r != c)
    layer[n++] = &r->props;
  layer[n++] = &h->global_props;
  return lookup(h, layer, n, path, value);
}

pw_wasm_result_t ref_set_property(void *host, pw_bytes path,
                                      pw_bytes value)
{
  ref_ctx *c = ref_eff(host);

  if (c == NULL || c->dead || c->kind == REF_ROOT)
    return PW_WASM_RESULT_NOT_FOUND;
  if (norm(&path) != 0)
    return BAD;
  ref_map_replace(&c->props, path.ptr, path.len, value.ptr, value.len);
  return OK;
}
