/*
 * Reference host ops: shared key-value data of the VM id.
 *
 * CH rules by default: cas 0 writes unconditionally; a non-zero cas must
 * match an existing key and creates a missing one; every write takes the
 * next value of one counter that starts at 1 and skips 0.  Options
 * cas0=create_only and cas_absent=mismatch give NGX's rules.
 */
#include "ref.h"

static ref_shared *kv_find(pw_host *h, pw_bytes key)
{
  for (size_t i = 0; i < h->nkv; i++)
    if (ref_eq(h->kv[i].key, key.ptr, key.len))
      return &h->kv[i];
  return NULL;
}

static uint32_t next_cas(pw_host *h)
{
  if (++h->next_cas == 0)
    h->next_cas = 1;
  return h->next_cas;
}

pw_wasm_result_t ref_get_shared(void *host, pw_bytes key,
                                    pw_out *value, uint32_t *cas)
{
  ref_shared *e = kv_find(host, key);

  if (e == NULL)
    return PW_WASM_RESULT_NOT_FOUND;
  *cas = e->cas;   /* the glue stores it only with ok */
  return ref_give(value, e->value.p, e->value.n);
}

static int cas_ok(pw_host *h, const ref_shared *e, uint32_t cas)
{
  if (cas == 0)
    return e == NULL || !h->o.cas0_create_only;
  if (e == NULL)
    return !h->o.cas_absent_mismatch;
  return e->cas == cas;
}

pw_wasm_result_t ref_set_shared(void *host, pw_bytes key,
                                    pw_bytes value, uint32_t cas)
{
  pw_host *h = host;
  ref_shared *e = kv_find(h, key);

  if (!cas_ok(h, e, cas))
    return PW_WASM_RESULT_CAS_MISMATCH;
  if (e == NULL) {
    h->kv = ref_grow(h->kv, &h->capkv, h->nkv + 1, sizeof *h->kv);
    e = &h->kv[h->nkv++];
    e->key = ref_dup(key.ptr, key.len);
    e->value = ref_dup(NULL, 0);
  }
  ref_set(&e->value, value.ptr, value.len);
  e->cas = next_cas(h);
  return OK;
}

/* The driver: another VM of this VM id reads key and writes it with the
   CAS it read (pw_host_plugin.shared_data_write). */
int ref_drv_shared_write(pw_host *h, pw_bytes key, pw_bytes value)
{
  ref_shared *e = kv_find(h, key);
  uint32_t cas = e != NULL ? e->cas : 0;
  int rc = ref_guard(h);

  if (rc != PW_DRV_OK)
    return rc;
  ref_event(h, PW_EV_ACTION, "shared_data_write", 0, "cas=%u", cas);
  if (ref_set_shared(h, key, value, cas) != OK)
    return PW_DRV_USAGE;
  return ref_end(h, PW_DRV_OK);
}
