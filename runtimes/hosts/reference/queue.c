/*
 * Reference host ops: shared queues of the VM id.
 *
 * A queue is (VM id, name) with a token from 1.  Registering again keeps
 * the items and moves the ownership (and the notifications) to the last
 * registrant's root.  Every enqueue posts one proxy_on_queue_ready(owner,
 * token), run after the current callback (or, for the driver's
 * queue_enqueue, before it returns).  This host holds one VM, so other VM
 * ids resolve to nothing.
 */
#include <stdlib.h>
#include <string.h>

#include "ref.h"

static ref_queue *q_by_name(pw_host *h, pw_bytes name)
{
  for (size_t i = 0; i < h->nq; i++)
    if (ref_eq(h->q[i].name, name.ptr, name.len))
      return &h->q[i];
  return NULL;
}

static ref_queue *q_by_token(pw_host *h, uint32_t token)
{
  return token >= 1 && token <= h->nq ? &h->q[token - 1] : NULL;
}

pw_wasm_result_t ref_register_queue(void *host, pw_bytes name,
                                        pw_token_t *token)
{
  pw_host *h = host;
  ref_ctx *r = ref_root_of(h, ref_eff(h));
  ref_queue *q = q_by_name(h, name);

  if (q == NULL) {
    h->q = ref_grow(h->q, &h->capq, h->nq + 1, sizeof *h->q);
    q = &h->q[h->nq++];
    memset(q, 0, sizeof *q);
    q->name = ref_dup(name.ptr, name.len);
    q->token = (uint32_t)h->nq;
  }
  q->owner = r ? r->id : 0;
  *token = q->token;
  return OK;
}

pw_wasm_result_t ref_resolve_queue(void *host, pw_bytes vm_id,
                                       pw_bytes name, pw_token_t *token)
{
  pw_host *h = host;
  ref_queue *q;

  if (vm_id.len > 0 && !ref_eq((ref_str){ (uint8_t *)h->vm_id,
      (uint32_t)strlen(h->vm_id) }, vm_id.ptr, vm_id.len))
    return PW_WASM_RESULT_NOT_FOUND;
  q = q_by_name(h, name);
  if (q == NULL)
    return PW_WASM_RESULT_NOT_FOUND;
  *token = q->token;
  return OK;
}

pw_wasm_result_t ref_dequeue(void *host, pw_token_t token,
                                 pw_out *data)
{
  ref_queue *q = q_by_token(host, token);
  ref_item *it;
  pw_wasm_result_t rc;

  if (q == NULL)
    return PW_WASM_RESULT_NOT_FOUND;
  if (q->head == NULL)
    return PW_WASM_RESULT_EMPTY;
  it = q->head;
  rc = ref_give(data, it->data.p, it->data.n);
  if (rc != OK)
    return rc;
  q->head = it->next;
  if (q->head == NULL)
    q->tail = NULL;
  ref_free(&it->data);
  free(it);
  return OK;
}

/* Deferred: the owner hears of the new item. */
static int queue_ready(pw_host *h, ref_ctx *root, uint32_t token)
{
  int rc;

  ref_event(h, PW_EV_ACTION, "queue_ready", 0, "root=%u token=%u",
            root->id, token);
  ref_enter(h, root, REF_CB_QUEUE);
  rc = pw_call_proxy_on_queue_ready(h->env, root->id, token);
  return ref_leave(h, rc, "proxy_on_queue_ready", NULL, 0);
}

pw_wasm_result_t ref_enqueue(void *host, pw_token_t token,
                                 pw_bytes data)
{
  pw_host *h = host;
  ref_queue *q = q_by_token(h, token);
  ref_item *it;

  if (q == NULL)
    return PW_WASM_RESULT_NOT_FOUND;
  it = ref_alloc(sizeof *it);
  it->data = ref_dup(data.ptr, data.len);
  if (q->tail != NULL)
    q->tail->next = it;
  else
    q->head = it;
  q->tail = it;
  if (q->owner != 0)
    ref_defer_add(h, queue_ready, q->owner, q->token);
  return OK;
}
