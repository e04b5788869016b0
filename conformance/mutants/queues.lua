-- Mutants of shared queues (register/resolve/enqueue/dequeue,
-- on_queue_ready): runtimes/hosts/reference/queue.c.
local F = "runtimes/hosts/reference/queue.c"
local G = { v1alpha = "generated/v1alpha/pw_v1a_host.c",
  v0_1_0 = "generated/v0_1_0/pw_v010_host.c",
  v0_2_0 = "generated/v0_2_0/pw_v020_host.c",
  v0_2_1 = "generated/v0_2_1/pw_v021_host.c",
  vnext = "generated/vnext/pw_vnx_host.c" }
local P = { v1alpha = "v1a", v0_1_0 = "v010", v0_2_0 = "v020",
  v0_2_1 = "v021", vnext = "vnx" }
local ALL = { "v1alpha", "v0_1_0", "v0_2_0", "v0_2_1", "vnext" }
local NEW = { "v0_1_0", "v0_2_0", "v0_2_1", "vnext" }
local M = {}
local function add(t) M[#M + 1] = t end
-- The glue answers with the wrong status for a refused argument: a
-- pointer outside memory reported as bad_argument (or the reverse).
local function mem_as_arg(area, vs, item)
  for _, v in ipairs(vs) do
    add { id = area .. "-glue-" .. v .. "-" .. item:gsub("^proxy_", ""):gsub("[._]", "-"),
      area = area, file = G[v], find = "bad_mem(e, \"" .. item .. "\")",
      replace = "bad_arg(e, \"" .. item .. "\")",
      why = v .. " glue: " .. item .. " outside memory answered bad_argument, not invalid_memory_access" }
  end
end
local function arg_unchecked(area, vs, fn, arg, ty)
  for _, v in ipairs(vs) do
    add { id = area .. "-glue-" .. v .. "-" .. fn:gsub("^proxy_", ""):gsub("_", "-") .. "-unchecked",
      area = area, file = G[v],
      find = "  if (!pw_" .. P[v] .. "_" .. ty .. "_valid(" .. arg .. "))\n    return guest_status(bad_arg(e, \"" .. fn .. "." .. arg .. "\"));",
      replace = "",
      why = v .. " glue: " .. fn .. " passes an out-of-range " .. arg .. " to the host unchecked" }
  end
end
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
return M
