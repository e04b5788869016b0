-- Mutants of shared queues (register/resolve/enqueue/dequeue,
-- on_queue_ready): runtimes/hosts/reference/queue.c.
local F = "runtimes/hosts/reference/queue.c"
add { id = "queues-register-new-token", area = "queues", file = F,
  find = "  if (q == NULL) {\n    h->q = ref_grow(", replace = "  if (1) {\n    h->q = ref_grow(",
  why = "registering a queue twice makes a second queue" }
add { id = "queues-resolve-vm-ignored", area = "queues", file = F,
  find = "  if (vm_id.len > 0 && !ref_eq(", replace = "  if (0 && !ref_eq(",
  why = "resolve ignores the vm_id" }
add { id = "queues-resolve-missing-ok", area = "queues", file = F,
  find = "  q = q_by_name(h, name);\n  if (q == NULL)\n    return PW_WASM_RESULT_NOT_FOUND;",
  replace = "  q = q_by_name(h, name);\n  if (q == NULL) {\n    *token = 0;\n    return OK;\n  }",
  why = "resolving an unknown queue answers ok" }
add { id = "queues-dequeue-empty-notfound", area = "queues", file = F,
  find = "  if (q->head == NULL)\n    return PW_WASM_RESULT_EMPTY;",
  replace = "  if (q->head == NULL)\n    return PW_WASM_RESULT_NOT_FOUND;",
  why = "dequeue of an empty queue answers not_found, not empty", sample = true }
add { id = "queues-dequeue-peek", area = "queues", file = F,
  find = "  q->head = it->next;\n  if (q->head == NULL)\n    q->tail = NULL;\n  ref_free(&it->data);\n  free(it);",
  replace = "",
  why = "dequeue does not remove the item" }
add { id = "queues-lifo", area = "queues", file = F,
  find = "  if (q->tail != NULL)\n    q->tail->next = it;\n  else\n    q->head = it;\n  q->tail = it;",
  replace = "  it->next = q->head;\n  q->head = it;\n  if (q->tail == NULL)\n    q->tail = it;",
  why = "the queue is last-in first-out" }
add { id = "queues-enqueue-unknown-ok", area = "queues", file = F,
  find = "  ref_queue *q = q_by_token(h, token);\n  ref_item *it;\n\n  if (q == NULL)\n    return PW_WASM_RESULT_NOT_FOUND;",
  replace = "  ref_queue *q = q_by_token(h, token);\n  ref_item *it;\n\n  if (q == NULL)\n    return OK;",
  why = "enqueue to an unknown token answers ok" }
add { id = "queues-no-ready", area = "queues", file = F,
  find = "    ref_defer_add(h, queue_ready, q->owner, q->token);", replace = "    (void)queue_ready;",
  why = "on_queue_ready is never called" }
add { id = "queues-token-off", area = "queues", file = F,
  find = "  return token >= 1 && token <= h->nq ? &h->q[token - 1] : NULL;",
  replace = "  return token <= h->nq ? &h->q[token ? token - 1 : 0] : NULL;",
  why = "token 0 names the first queue" }
add { id = "queues-owner-caller", area = "queues", file = F,
  find = "  q->owner = r ? r->id : 0;", replace = "  if (q->owner == 0) q->owner = r ? r->id : 0;",
  why = "re-registering does not move the queue to the new root" }
mem_as_arg("queues", { "v1alpha", "v0_2_1" }, "proxy_enqueue_shared_queue.data")
