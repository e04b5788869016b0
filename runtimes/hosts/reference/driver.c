/*
 * Reference host: the plugin entry, the ops table, and the driver's root
 * lifecycle, clock and queue calls.
 *
 * vm_start: on_create(root, 0) then on_start(root, vm_config_len);
 * validate / configure with the plugin configuration readable through
 * proxy_get_configuration, and as buffer 6 / 7 (0.2.0 and later);
 * root_done: on_done, then on_delete at once or, when on_done returned 0,
 * after the guest's proxy_done.
 */
#include <stdlib.h>
#include <string.h>

#include "ref.h"

/* 2020-01-01T00:00:00Z: a fixed start so runs are reproducible. */
#define REF_EPOCH_NS 1577836800000000000ull

const pw_host_ops ref_ops = {
  .proxy_get_configuration = ref_get_configuration,
  .proxy_get_status = ref_get_status,
  .proxy_log = ref_log,
  .proxy_set_tick_period_milliseconds = ref_set_tick,
  .proxy_get_current_time_nanoseconds = ref_get_time,
  .proxy_get_property = ref_get_property,
  .proxy_set_property = ref_set_property,
  .proxy_set_effective_context = ref_set_effective,
  .proxy_done = ref_done,
  .proxy_define_metric = ref_define_metric,
  .proxy_increment_metric = ref_increment_metric,
  .proxy_record_metric = ref_record_metric,
  .proxy_get_metric = ref_get_metric,
  .proxy_continue_request = ref_continue_request,
  .proxy_continue_response = ref_continue_response,
  .proxy_send_local_response = ref_local_response,
  .proxy_clear_route_cache = ref_clear_route_cache,
  .proxy_get_shared_data = ref_get_shared,
  .proxy_set_shared_data = ref_set_shared,
  .proxy_register_shared_queue = ref_register_queue,
  .proxy_resolve_shared_queue = ref_resolve_queue,
  .proxy_dequeue_shared_queue = ref_dequeue,
  .proxy_enqueue_shared_queue = ref_enqueue,
  .proxy_add_header_map_value = ref_map_add_op,
  .proxy_get_header_map_value = ref_map_get_op,
  .proxy_get_header_map_pairs = ref_map_pairs_op,
  .proxy_set_header_map_pairs = ref_map_set_pairs_op,
  .proxy_replace_header_map_value = ref_map_replace_op,
  .proxy_remove_header_map_value = ref_map_remove_op,
  .proxy_get_header_map_size = ref_map_size_op,
  .proxy_get_buffer_bytes = ref_buffer_bytes,
  .proxy_get_buffer_status = ref_buffer_status,
  .proxy_http_call = ref_http_call,
  .proxy_grpc_call = ref_grpc_call,
  .proxy_grpc_stream = ref_grpc_stream,
  .proxy_grpc_cancel = ref_grpc_cancel,
  .proxy_grpc_close = ref_grpc_close,
  .proxy_grpc_send = ref_grpc_send,
  .proxy_set_buffer_bytes = ref_set_buffer,
  .proxy_call_foreign_function = ref_call_foreign,
  .proxy_continue_stream = ref_continue_stream,
  .proxy_close_stream = ref_close_stream,
  .proxy_get_log_level = ref_get_log_level,
  .wasi_fd_write = ref_wasi_fd_write,
  .wasi_clock_time_get = ref_wasi_clock_time_get,
  .wasi_random_get = ref_wasi_random_get,
  .wasi_environ_sizes_get = ref_wasi_sizes,
  .wasi_environ_get = ref_wasi_strings,
  .wasi_args_sizes_get = ref_wasi_sizes,
  .wasi_args_get = ref_wasi_strings,
  .wasi_proc_exit = ref_wasi_proc_exit,
  .wasi_fd_close = ref_wasi_fd_close,
  .wasi_fd_seek = ref_wasi_fd_seek,
  .wasi_fd_fdstat_get = ref_wasi_fd_fdstat_get,
  .wasi_fd_prestat_get = ref_wasi_fd_prestat_get,
  .wasi_fd_prestat_dir_name = ref_wasi_fd_prestat_dir_name,
  .wasi_sched_yield = ref_wasi_sched_yield,
  .wasi_poll_oneoff = ref_wasi_poll_oneoff,
  .env_emscripten_notify_memory_growth = ref_env_memory_growth,
  .env_pthread_equal = ref_env_pthread_equal,
};

static void queues_free(pw_host *h)
{
  for (size_t i = 0; i < h->nq; i++) {
    for (ref_item *it = h->q[i].head, *nx; it != NULL; it = nx) {
      nx = it->next;
      ref_free(&it->data);
      free(it);
    }
    ref_free(&h->q[i].name);
  }
  free(h->q);
}

static void stores_free(pw_host *h)
{
  for (size_t i = 0; i < h->nkv; i++) {
    ref_free(&h->kv[i].key);
    ref_free(&h->kv[i].value);
  }
  free(h->kv);
  queues_free(h);
  for (size_t i = 0; i < h->nm; i++)
    ref_free(&h->m[i].name);
  free(h->m);
  free(h->mid);
  ref_map_clear(&h->global_props);
}

static void scratch_free(pw_host *h)
{
  for (uint32_t i = 0; i < REF_NMAPS; i++)
    ref_map_clear(&h->last_map[i]);
  for (uint32_t i = 0; i < REF_NBUFS; i++)
    ref_free(&h->last_buf[i]);
  while (h->dq != NULL) {
    ref_defer *d = h->dq;
    h->dq = d->next;
    free(d);
  }
}

static void destroy(pw_host *h)
{
  if (h == NULL)
    return;
  if (h->vm != NULL)
    pw_vm_free(h->vm);
  ref_ctxs_free(h);
  stores_free(h);
  ref_callouts_free(h);
  ref_foreign_free(h);
  scratch_free(h);
  free(h->vm_id);
  free(h);
}

static pw_host *create(const pw_host_args *a, pw_err *err)
{
  pw_host *h = ref_alloc(sizeof *h);
  pw_vm_args va;
  const char *id = a->vm_id ? a->vm_id : "";

  if (ref_options(&h->o, a->options, err) != 0) {
    free(h);
    return NULL;
  }
  h->vm_id = (char *)ref_dup(id, strlen(id)).p;
  h->observe = a->observe;
  h->observe_ud = a->observe_ud;
  h->now = REF_EPOCH_NS;
  ref_props_init(h);
  memset(&va, 0, sizeof va);
  va.engine = a->engine;
  va.abi = a->abi != NULL ? a->abi : &pw_v1a_abi;  /* NULL: old callers */
  va.wasm = a->wasm;
  va.wasm_len = a->wasm_len;
  va.ops = &ref_ops;
  va.host = h;
  va.opts.trap_on_bad_memory = h->o.bad_memory_trap;
  va.opts.check_alignment = h->o.aligned;
  va.opts.unrestricted = h->o.unrestricted;
  va.withheld = h->o.lacks ? ref_kong_withheld : NULL;
  va.unimplemented = h->o.lacks ? ref_kong_nyi : NULL;
  va.observe = a->observe;
  va.observe_ud = a->observe_ud;
  va.budget_ms = a->budget_ms;
  h->abi = va.abi;
  h->vm = pw_vm_new(&va, err);
  if (h->vm == NULL) {
    destroy(h);
    return NULL;
  }
  h->env = pw_vm_env(h->vm);
  return h;
}

static const char *error(pw_host *h)
{
  return h->err;
}

static ref_ctx *live_root(pw_host *h, uint32_t id)
{
  ref_ctx *r = ref_ctx_live(h, id);

  return r != NULL && r->kind == REF_ROOT ? r : NULL;
}

/* A configuration callback's buffer (6 or 7), also what
   proxy_get_configuration returns. */
static void offer(pw_host *h, uint32_t t, const ref_str *cfg)
{
  h->cfg = cfg;
  h->cbbuf[t] = cfg;
  ref_set(&h->last_buf[t], cfg->p, cfg->n);
}

/* A boolean callback result: 0 rejects. */
static int verdict(int rc, uint32_t v)
{
  return rc == PW_DRV_OK && v == 0 ? PW_DRV_REJECTED : rc;
}

static int vm_start(pw_host *h, const char *root_id, pw_bytes vm_config,
                    uint32_t *root, uint32_t *ret)
{
  const char *name = root_id ? root_id : "";
  ref_ctx *r;
  uint32_t v = 1;
  int rc = ref_guard(h);

  if (rc != PW_DRV_OK)
    return rc;
  r = ref_ctx_new(h, REF_ROOT, 0);
  r->created = 1;
  r->vm_cfg = ref_dup(vm_config.ptr, vm_config.len);
  ref_prop_put_str(&r->props, "plugin_name", name, strlen(name));
  ref_prop_put_str(&r->props, "plugin_root_id", name, strlen(name));
  if (root != NULL)
    *root = r->id;
  ref_enter(h, r, REF_CB_CREATE);
  rc = ref_leave(h, pw_call_proxy_on_context_create(h->env, r->id, 0),
                 "proxy_on_create", NULL, 0);
  if (rc != PW_DRV_OK)
    return ref_end(h, rc);
  ref_enter(h, r, REF_CB_START);
  offer(h, PW_BUFFER_TYPE_VM_CONFIGURATION, &r->vm_cfg);
  rc = pw_call_proxy_on_vm_start(h->env, r->id, vm_config.len, &v);
  rc = ref_leave(h, rc, "proxy_on_start", &v, 1);
  if (ret != NULL)
    *ret = v;
  return ref_end(h, verdict(rc, v));
}

static int validate(pw_host *h, uint32_t root, pw_bytes config,
                    uint32_t *ret)
{
  ref_ctx *r = live_root(h, root);
  ref_str cfg;
  uint32_t v = 1;
  int rc = ref_guard(h);

  if (rc != PW_DRV_OK || r == NULL)
    return rc != PW_DRV_OK ? rc : PW_DRV_USAGE;
  cfg = ref_dup(config.ptr, config.len);
  ref_enter(h, r, REF_CB_CONFIG);
  offer(h, PW_BUFFER_TYPE_PLUGIN_CONFIGURATION, &cfg);
  rc = pw_call_proxy_validate_configuration(h->env, root, config.len,
                                                &v);
  rc = ref_leave(h, rc, "proxy_validate_configuration", &v, 1);
  ref_free(&cfg);
  if (ret != NULL)
    *ret = v;
  return ref_end(h, verdict(rc, v));
}

static int configure(pw_host *h, uint32_t root, pw_bytes config,
                     uint32_t *ret)
{
  ref_ctx *r = live_root(h, root);
  uint32_t v = 1;
  int rc = ref_guard(h);

  if (rc != PW_DRV_OK || r == NULL)
    return rc != PW_DRV_OK ? rc : PW_DRV_USAGE;
  ref_set(&r->plugin_cfg, config.ptr, config.len);
  ref_enter(h, r, REF_CB_CONFIG);
  offer(h, PW_BUFFER_TYPE_PLUGIN_CONFIGURATION, &r->plugin_cfg);
  rc = pw_call_proxy_on_configure(h->env, root, config.len, &v);
  rc = ref_leave(h, rc, "proxy_on_configure", &v, 1);
  if (ret != NULL)
    *ret = v;
  return ref_end(h, verdict(rc, v));
}

static int root_done(pw_host *h, uint32_t root, uint32_t *ret)
{
  ref_ctx *r = live_root(h, root);
  uint32_t v = 1;
  int rc = ref_guard(h);

  if (rc != PW_DRV_OK || r == NULL || r->pending)
    return rc != PW_DRV_OK ? rc : PW_DRV_USAGE;
  ref_enter(h, r, REF_CB_DONE);
  rc = pw_call_proxy_on_done(h->env, root, &v);
  rc = ref_leave(h, rc, "proxy_on_done", &v, 1);
  if (ret != NULL)
    *ret = v;
  if (rc != PW_DRV_OK)
    return ref_end(h, rc);
  if (v == 0) {
    r->pending = 1;
    ref_event(h, PW_EV_ACTION, "root_pending", 0, "root=%u", root);
    return ref_end(h, rc);
  }
  return ref_end(h, ref_run_delete(h, r));
}

/* Moving the clock keeps timers where they are relative to it. */
static int set_time(pw_host *h, uint64_t unix_ns)
{
  for (size_t i = 0; i < h->ctx.cap; i++) {
    ref_ctx *c = ref_ids_at(&h->ctx, i);
    if (c != NULL && c->tick_due != 0)
      c->tick_due = c->tick_due - h->now + unix_ns;
  }
  h->now = unix_ns;
  return PW_DRV_OK;
}

/* The live root whose timer is due first by `until` (lowest id on ties). */
static ref_ctx *due(pw_host *h, uint64_t until)
{
  ref_ctx *best = NULL;

  for (size_t i = 0; i < h->ctx.cap; i++) {
    ref_ctx *c = ref_ids_at(&h->ctx, i);
    if (c == NULL || c->dead || c->tick_due == 0 || c->tick_due > until)
      continue;
    if (best == NULL || c->tick_due < best->tick_due
        || (c->tick_due == best->tick_due && c->id < best->id))
      best = c;
  }
  return best;
}

/* Re-armed before on_tick runs, so a new period set there wins. */
static int tick(pw_host *h, ref_ctx *r)
{
  int rc;

  h->now = r->tick_due;
  r->tick_due += r->tick_ms * 1000000ull;
  ref_event(h, PW_EV_ACTION, "tick", 0, "root=%u", r->id);
  ref_enter(h, r, REF_CB_TICK);
  rc = pw_call_proxy_on_tick(h->env, r->id);
  return ref_end(h, ref_leave(h, rc, "proxy_on_tick", NULL, 0));
}

static int advance(pw_host *h, uint64_t ms)
{
  uint64_t room = (UINT64_MAX - h->now) / 1000000ull;
  uint64_t until = ms > room ? UINT64_MAX : h->now + ms * 1000000ull;
  int rc = ref_guard(h), first = PW_DRV_OK;
  ref_ctx *r;

  if (rc != PW_DRV_OK)
    return rc;
  while (!h->failed && (r = due(h, until)) != NULL) {
    rc = tick(h, r);
    if (first == PW_DRV_OK)
      first = rc;
  }
  if (h->now < until)
    h->now = until;
  return first;
}

/* Another VM (vm_id, for the record) enqueues into our queue `name`. */
static int queue_enqueue(pw_host *h, const char *vm_id, pw_bytes name,
                         pw_bytes data)
{
  pw_token_t token = 0;
  int rc = ref_guard(h);

  if (rc != PW_DRV_OK)
    return rc;
  if (ref_resolve_queue(h, (pw_bytes){ NULL, 0 }, name, &token) != 0)
    return PW_DRV_USAGE;
  ref_event(h, PW_EV_ACTION, "queue_enqueue", 0, "from=%s token=%u",
            vm_id ? vm_id : "", token);
  ref_enqueue(h, token, data);
  return ref_end(h, PW_DRV_OK);
}

static int set_property(pw_host *h, uint32_t ctx, pw_bytes path,
                        pw_bytes value)
{
  ref_ctx *c = ref_ctx_live(h, ctx);
  ref_map *m = ctx == 0 ? &h->global_props : c ? &c->props : NULL;

  if (m == NULL || ref_prop_put(m, path, value) != 0)
    return PW_DRV_USAGE;
  return PW_DRV_OK;
}

static const pw_host_plugin plugin = {
  .name = "reference",
  .abi = PW_V1A_VERSION,
  .options_help = ref_options_help,
  .create = create,
  .destroy = destroy,
  .error = error,
  .vm_start = vm_start,
  .validate_configuration = validate,
  .configure = configure,
  .root_done = root_done,
  .http_open = ref_drv_http_open,
  .http_headers = ref_drv_http_headers,
  .http_body = ref_drv_http_body,
  .http_trailers = ref_drv_http_trailers,
  .http_metadata = ref_drv_http_metadata,
  .stream_close = ref_drv_stream_close,
  .tcp_open = ref_drv_tcp_open,
  .tcp_data = ref_drv_tcp_data,
  .tcp_close = ref_drv_tcp_close,
  .set_time = set_time,
  .advance = advance,
  .callout = ref_drv_callout,
  .http_response = ref_drv_http_response,
  .http_failure = ref_drv_http_failure,
  .grpc_initial_metadata = ref_drv_grpc_md,
  .grpc_message = ref_drv_grpc_msg,
  .grpc_trailing_metadata = ref_drv_grpc_trl,
  .grpc_close = ref_drv_grpc_close,
  .queue_enqueue = queue_enqueue,
  .get_map = ref_drv_get_map,
  .get_buffer = ref_drv_get_buffer,
  .get_local_response = ref_drv_get_local_response,
  .get_metric = ref_drv_get_metric,
  .get_shared_data = ref_drv_get_shared_data,
  .set_property = set_property,
  .dump = ref_dump,
  .foreign_function = ref_drv_foreign,
  .shared_data_write = ref_drv_shared_write,
};

REF_VIS const pw_host_plugin *pwabi_host(void)
{
  return &plugin;
}

/* Every version: create() binds pw_host_args.abi (host.h). */
REF_VIS const char *pwabi_host_serves(void)
{
  return "*";
}
