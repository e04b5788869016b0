/*
 * The reference host: internal declarations shared by its files.
 *
 * One pw_host is one VM (one module instance) with its root and stream
 * contexts, shared data, queues, metrics and callouts, all in memory.
 * Host ops (called by the glue while the guest runs) never call into the
 * guest: whatever must, is queued as deferred work and run by the driver
 * once the current callback has returned (ref_drain).
 */
#ifndef REF_H
#define REF_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "host.h"
#include "pw_v1a_host.h"

#define REF_VIS __attribute__((visibility("default")))

/* The statuses host ops return most. */
#define OK PW_WASM_RESULT_OK
#define BAD PW_WASM_RESULT_BAD_ARGUMENT

/* A host-side failure (out of memory, a result over 4 GiB) is the
   guest's internal_failure. */
static inline pw_wasm_result_t ref_status(int rc)
{
  return rc == 0 ? OK : PW_WASM_RESULT_INTERNAL_FAILURE;
}

/* Hand bytes back to the guest. */
static inline pw_wasm_result_t ref_give(pw_out *o, const void *p,
                                            uint32_t n)
{
  return ref_status(pw_out_set(o, p, n));
}

/* Byte strings the host owns. */
typedef struct ref_str {
  uint8_t *p;
  uint32_t n;
} ref_str;

/* Inline: map lookups compare every key, most differ in length. */
static inline int ref_eq(ref_str s, const void *p, size_t n)
{
  return s.n == n && (n == 0 || memcmp(s.p, p, n) == 0);
}

/* Inline: a context's end frees ten of them, most never set. */
static inline void ref_free(ref_str *s)
{
  if (s->p != NULL)
    free(s->p);
  s->p = NULL;
  s->n = 0;
}

/* k.p is the entry's one block of cap bytes; v points into it (util.c). */
typedef struct ref_kv {
  ref_str k, v;
  size_t cap;
} ref_kv;

/* A header map, property table or any ordered list of pairs. */
typedef struct ref_map {
  ref_kv *e;
  size_t n, cap;
  size_t old;                /* e[n..old): entries kept for their blocks */
} ref_map;

/* Host choices where real hosts disagree (options.c). */
/* The simulated world's failure points (README). */
#define REF_DOWN_UPSTREAM "pwabi.down"       /* sends fail */
#define REF_NO_CLIENT_UPSTREAM "pwabi.no_client"  /* gRPC: no client */
#define REF_PROP_UNSERIALIZABLE "pwabi\0unserializable"
#define REF_PROP_BROKEN "pwabi\0broken"       /* extraction fails */
#define REF_PROP_L4 "pwabi\0l4"    /* a stream's own continue_l4 rule */
#define REF_FF_ECHO "pwabi.echo"     /* foreign: results = arguments */
#define REF_FF_FAIL "pwabi.fail"     /* foreign: internal_failure */
#define REF_FF_DEFER "pwabi.defer"   /* foreign: on_foreign_function later */

typedef struct ref_opts {
  int empty_map_count0;    /* empty_map=count0 */
  int bad_pairs_empty;     /* bad_pairs=empty */
  int eos_never;           /* eos_flag=never */
  int cas0_create_only;    /* cas0=create_only */
  int cas_absent_mismatch; /* cas_absent=mismatch */
  int log_first;           /* close_order=log_done_delete */
  int local_response;      /* REF_LR_* */
  int bad_memory_trap;     /* bad_memory=trap (glue: pw_opts) */
  int aligned;             /* alignment=natural (glue: pw_opts) */
  int config_not_found;    /* config_elsewhere=not_found */
  int log_level;           /* log_level=: its value's index (env.c) */
  int splice;              /* REF_HOST_* */
  int continue_l4;         /* REF_HOST_* */
  int config_buffers;      /* REF_CFGBUF_* */
  int unrestricted;        /* restrict=none (glue: pw_opts) */
  int lacks;               /* lacks=kong: ref_lacks_* (vm: pw_vm_args) */
} ref_opts;

/* lacks=kong: what Kong's ngx_wasm_module does not link, and what it
   links but has not implemented (a call traps), NULL-ended. */
extern const char *const ref_kong_withheld[], *const ref_kong_nyi[];

enum { REF_LR_LAST, REF_LR_FIRST, REF_LR_TRAP };
/* Whose rule an option follows: ours (the spec's), Envoy's, Kong's. */
enum { REF_HOST_SPEC, REF_HOST_ENVOY, REF_HOST_KONG };
enum { REF_CFGBUF_CALLBACK, REF_CFGBUF_ENVOY, REF_CFGBUF_ANY };

enum { REF_ROOT = 1, REF_HTTP, REF_TCP };

/*
 * Header maps and buffers go by their canonical numbers (pw_host.h; each
 * version's glue translates).  The first REF_STREAM_MAPS maps belong to an
 * HTTP stream, the rest to one callback each; buffers below REF_CB_BUFS to
 * a stream or connection, the rest to one callback each (6 and 7 also to
 * a root, per config_buffers).
 */
#define REF_NMAPS PW_HEADERS_TYPE_LIMIT
#define REF_STREAM_MAPS (PW_HEADERS_TYPE_RESPONSE_TRAILERS + 1)
#define REF_NBUFS PW_BUFFER_TYPE_LIMIT
#define REF_CB_BUFS PW_BUFFER_TYPE_HTTP_CALL_RESPONSE_BODY

/* The headers and trailers map of a direction (PW_DIR_*). */
static inline uint32_t ref_headers(int dir)
{
  return dir ? PW_HEADERS_TYPE_RESPONSE_HEADERS
             : PW_HEADERS_TYPE_REQUEST_HEADERS;
}

static inline uint32_t ref_trailers(int dir)
{
  return dir ? PW_HEADERS_TYPE_RESPONSE_TRAILERS
             : PW_HEADERS_TYPE_REQUEST_TRAILERS;
}

/* What the host is calling right now (the current callback). */
enum {
  REF_CB_NONE, REF_CB_START, REF_CB_CONFIG, REF_CB_TICK, REF_CB_QUEUE,
  REF_CB_CREATE, REF_CB_NEWCONN, REF_CB_DATA, REF_CB_L4CLOSE,
  REF_CB_REQ, REF_CB_RESP, REF_CB_REQ_BODY, REF_CB_RESP_BODY,
  REF_CB_DONE, REF_CB_LOG, REF_CB_DELETE, REF_CB_HTTP_RESP,
  REF_CB_GRPC_CIM, REF_CB_GRPC, REF_CB_FOREIGN
};

typedef struct ref_lresp {
  int set;
  uint32_t code, grpc_status;
  ref_str details, body, pairs;
} ref_lresp;

/* Pointers by context id (ids.c). */
typedef struct ref_ids {
  struct ref_slot {
    uint32_t id;             /* 0: empty */
    void *p;
  } *s;
  size_t n, cap;
} ref_ids;

typedef struct ref_ctx {
  /* First what a spare stream keeps (context.c): its maps' storage. */
  ref_map props;             /* properties set on this context */
  ref_map maps[REF_STREAM_MAPS];   /* http */
  uint32_t id, root;         /* root: 0 for a root context */
  int kind;
  int created, dead;
  /* root */
  int pending;               /* on_done returned 0 */
  uint64_t tick_ms, tick_due;/* period; due time in ns (0: off) */
  uint32_t st_code;
  ref_str st_msg, vm_cfg, plugin_cfg;
  /* http */
  int has_map[REF_STREAM_MAPS];
  int req_released, resp_started, resp_released, closing;
  ref_str body[2];
  int body_eos[2], body_hold[2], body_seen[2];
  ref_lresp lresp;
  /* tcp */
  ref_str data[2];
  int data_eos[2], data_hold[2], side_closed[2];
} ref_ctx;

/* An HTTP call or gRPC call/stream. */
typedef struct ref_callout {
  uint32_t token, root;
  int kind;                  /* 'h', 'g', 's' */
  int done;                  /* answered, cancelled or closed: no more cbs */
  int local_closed;          /* grpc: half-closed or cancelled by the guest */
  ref_str upstream, service, method, body, trailers;
  ref_map headers;           /* http: request headers; grpc: map 4 */
  uint32_t timeout;
  ref_str enc;               /* headers, encoded for pw_callout */
  struct ref_callout *next;
} ref_callout;

typedef struct ref_item {
  ref_str data;
  struct ref_item *next;
} ref_item;

/* A pwabi.defer call's arguments, until its callback runs. */
typedef struct ref_ffargs {
  uint32_t id;
  ref_str args;
  struct ref_ffargs *next;
} ref_ffargs;

typedef struct ref_queue {
  ref_str name;
  uint32_t token, owner;
  ref_item *head, *tail;
} ref_queue;

typedef struct ref_metric {
  ref_str name;
  uint32_t type;
  uint64_t value, count, sum;
} ref_metric;

typedef struct ref_mid {
  uint32_t id, stat;         /* stat: index into pw_host.m */
} ref_mid;

typedef struct ref_shared {
  ref_str key, value;
  uint32_t cas;
} ref_shared;

/*
 * Work that calls the guest after the current callback (ref_drain).  The
 * feature that queues it brings its runner, which gets the context the
 * work was queued for, still live, and the argument it was queued with (a
 * token, a direction); it returns a PW_DRV_* code.
 */
typedef int (*ref_runner)(pw_host *h, ref_ctx *c, uint32_t arg);

typedef struct ref_defer {
  ref_runner run;
  uint32_t ctx, arg;
  struct ref_defer *next;
} ref_defer;

struct pw_host {
  ref_opts o;
  pw_vm *vm;
  const pw_abi *abi;         /* the module's version (messages name by it) */
  pw_env *env;
  char *vm_id;
  pw_observer observe;
  void *observe_ud;
  int failed;
  char err[512];
  /* Contexts by id: ids from 1 to nctx, never reused.  A deleted stream
     leaves ctx (only its local response stays, in said); a deleted root
     stays there, dead. */
  ref_ids ctx, said;
  uint32_t nctx;
  ref_ctx *spare;            /* the last stream freed, for the next one */
  /* the running callback */
  ref_ctx *cur;
  int cb;
  uint32_t eff;              /* proxy_set_effective_context, 0: none */
  /* Callback maps and buffers while their callback runs, by ABI number;
     the slots of stream maps and buffers stay NULL (they live in their
     context). */
  ref_map *cbmap[REF_NMAPS];
  const ref_str *cbbuf[REF_NBUFS];
  int cbeos[REF_NBUFS];      /* ... and their end_of_stream */
  int cbdir;                 /* direction of the running data callback */
  const ref_str *cfg;        /* what proxy_get_configuration returns */
  /* clock */
  uint64_t now;              /* unix ns */
  uint64_t wasi_random;      /* random_get's steps so far (wasi.c) */
  /* stores */
  ref_map global_props;
  ref_shared *kv;
  size_t nkv, capkv;
  uint32_t next_cas;
  ref_queue *q;
  size_t nq, capq;
  ref_metric *m;
  size_t nm, capm;
  ref_mid *mid;              /* every id handed out, with its stat */
  size_t nmid, capmid;
  uint32_t next_mid[3];
  ref_callout *calls;
  uint32_t next_http, next_grpc, next_stream;
  /* Callback maps and buffers as last delivered, by ABI number (stream
     slots unused, as above). */
  ref_map last_map[REF_NMAPS];
  ref_str last_buf[REF_NBUFS];
  ref_defer *dq, *dq_tail;
  ref_ffargs *ffq;
  uint32_t next_ff;
};

/* util.c */
void *ref_alloc(size_t n);
void *ref_grow(void *p, size_t *cap, size_t need, size_t size);
ref_str ref_dup(const void *p, size_t n);
void ref_set(ref_str *s, const void *p, size_t n);
void ref_append(ref_str *s, const void *p, size_t n);
void ref_map_empty(ref_map *m);
void ref_map_clear(ref_map *m);
void ref_map_add(ref_map *m, const void *k, size_t kn, const void *v,
                 size_t vn);
void ref_map_replace(ref_map *m, const void *k, size_t kn, const void *v,
                     size_t vn);
void ref_map_remove(ref_map *m, const void *k, size_t kn);
ref_kv *ref_map_find(const ref_map *m, const void *k, size_t kn);
void ref_map_copy(ref_map *dst, const ref_map *src);
void ref_map_from(ref_map *m, const pw_pair *p, size_t n);
void ref_event(pw_host *h, pw_event_kind kind, const char *name,
               uint64_t result, const char *fmt, ...)
    __attribute__((format(printf, 5, 6)));
void ref_escape(char *dst, size_t cap, const uint8_t *p, size_t n);

/* ids.c */
void *ref_ids_get(const ref_ids *t, uint32_t id);
void ref_ids_put(ref_ids *t, uint32_t id, void *p);
void *ref_ids_take(ref_ids *t, uint32_t id);
void *ref_ids_at(const ref_ids *t, size_t i);
void ref_ids_free(ref_ids *t);

/* pairs.c: the `pairs` encoding */
int ref_pairs_encode(const ref_map *m, int empty_count0, pw_out *o);
int ref_pairs_decode(pw_bytes b, ref_map *m);

/* options.c */
extern const char ref_options_help[];
int ref_options(ref_opts *o, const char *s, pw_err *err);

/* context.c */
ref_ctx *ref_ctx_new(pw_host *h, int kind, uint32_t root);
ref_ctx *ref_root_of(pw_host *h, ref_ctx *c);
const ref_lresp *ref_lresp_of(pw_host *h, uint32_t id);
void ref_ctx_free(ref_ctx *c);
void ref_ctxs_free(pw_host *h);
int ref_leave(pw_host *h, int rc, const char *fn, uint32_t *ret,
              uint32_t dflt);
void ref_defer_add(pw_host *h, ref_runner run, uint32_t ctx, uint32_t arg);
int ref_drain(pw_host *h);
int ref_end(pw_host *h, int rc);
int ref_kill(pw_host *h, ref_ctx *c);
int ref_run_delete(pw_host *h, ref_ctx *c);
int ref_guard(pw_host *h);
int ref_guard_root(pw_host *h, uint32_t id, ref_ctx **r);

/* Inline, as every driver call and host op goes through them. */

/* A live context or a dead root (NULL: a deleted stream, or no such id). */
static inline ref_ctx *ref_ctx_get(pw_host *h, uint32_t id)
{
  return ref_ids_get(&h->ctx, id);
}

static inline ref_ctx *ref_ctx_live(pw_host *h, uint32_t id)
{
  ref_ctx *c = ref_ctx_get(h, id);

  return c != NULL && !c->dead ? c : NULL;
}

/* The context host calls act on: the effective one while it lives. */
static inline ref_ctx *ref_eff(pw_host *h)
{
  ref_ctx *c = h->eff ? ref_ctx_live(h, h->eff) : NULL;

  return c != NULL ? c : h->cur;
}

static inline void ref_enter(pw_host *h, ref_ctx *c, int cb)
{
  h->cur = c;
  h->cb = cb;
  h->eff = 0;
}

/* ops: one table (driver.c), functions by area */
extern const pw_host_ops ref_ops;
pw_wasm_result_t ref_get_configuration(void *, pw_out *);
pw_wasm_result_t ref_get_status(void *, pw_wasm_result_t *,
                                    pw_out *);
pw_wasm_result_t ref_log(void *, pw_log_level_t, pw_bytes);
pw_wasm_result_t ref_get_log_level(void *, pw_log_level_t *);
pw_wasm_result_t ref_set_tick(void *, uint32_t);
pw_wasm_result_t ref_get_time(void *, uint64_t *);
pw_wasm_result_t ref_get_property(void *, pw_bytes, pw_out *);
pw_wasm_result_t ref_set_property(void *, pw_bytes, pw_bytes);
pw_wasm_result_t ref_set_effective(void *, pw_context_id_t);
pw_wasm_result_t ref_done(void *);
pw_wasm_result_t ref_define_metric(void *, pw_metric_type_t,
                                       pw_bytes, pw_metric_id_t *);
pw_wasm_result_t ref_increment_metric(void *, pw_metric_id_t,
                                          int64_t);
pw_wasm_result_t ref_record_metric(void *, pw_metric_id_t,
                                       uint64_t);
pw_wasm_result_t ref_get_metric(void *, pw_metric_id_t,
                                    uint64_t *);
pw_wasm_result_t ref_continue_request(void *);
pw_wasm_result_t ref_continue_response(void *);
pw_wasm_result_t ref_continue_stream(void *, pw_stream_type_t);
pw_wasm_result_t ref_close_stream(void *, pw_stream_type_t);
pw_wasm_result_t ref_local_response(void *, uint32_t, pw_bytes,
                                        pw_bytes, pw_bytes,
                                        pw_grpc_status_t);
pw_wasm_result_t ref_clear_route_cache(void *);
pw_wasm_result_t ref_get_shared(void *, pw_bytes, pw_out *,
                                    uint32_t *);
pw_wasm_result_t ref_set_shared(void *, pw_bytes, pw_bytes, uint32_t);
int ref_drv_shared_write(pw_host *h, pw_bytes key, pw_bytes value);
pw_wasm_result_t ref_register_queue(void *, pw_bytes, pw_token_t *);
pw_wasm_result_t ref_resolve_queue(void *, pw_bytes, pw_bytes,
                                       pw_token_t *);
pw_wasm_result_t ref_dequeue(void *, pw_token_t, pw_out *);
pw_wasm_result_t ref_enqueue(void *, pw_token_t, pw_bytes);
pw_wasm_result_t ref_map_add_op(void *, pw_headers_type_t,
                                    pw_bytes, pw_bytes);
pw_wasm_result_t ref_map_get_op(void *, pw_headers_type_t,
                                    pw_bytes, pw_out *);
pw_wasm_result_t ref_map_pairs_op(void *, pw_headers_type_t,
                                      pw_out *);
pw_wasm_result_t ref_map_set_pairs_op(void *, pw_headers_type_t,
                                          pw_bytes);
pw_wasm_result_t ref_map_replace_op(void *, pw_headers_type_t,
                                        pw_bytes, pw_bytes);
pw_wasm_result_t ref_map_remove_op(void *, pw_headers_type_t,
                                       pw_bytes);
pw_wasm_result_t ref_map_size_op(void *, pw_headers_type_t,
                                     uint32_t *);
pw_wasm_result_t ref_buffer_bytes(void *, pw_buffer_type_t,
                                      uint32_t, uint32_t, pw_out *);
pw_wasm_result_t ref_buffer_status(void *, pw_buffer_type_t,
                                       uint32_t *, pw_buffer_flags_t *);
pw_wasm_result_t ref_set_buffer(void *, pw_buffer_type_t, uint32_t,
                                uint32_t, pw_bytes);
pw_wasm_result_t ref_call_foreign(void *, pw_bytes, pw_bytes, pw_out *);
pw_wasm_result_t ref_http_call(void *, pw_bytes, pw_bytes, pw_bytes,
                                   pw_bytes, uint32_t, pw_token_t *);
pw_wasm_result_t ref_grpc_call(void *, pw_bytes, pw_bytes, pw_bytes,
                               pw_bytes, pw_bytes, uint32_t, pw_token_t *);
pw_wasm_result_t ref_grpc_stream(void *, pw_bytes, pw_bytes, pw_bytes,
                                 pw_bytes, pw_token_t *);
pw_wasm_result_t ref_grpc_cancel(void *, pw_token_t);
pw_wasm_result_t ref_grpc_close(void *, pw_token_t);
pw_wasm_result_t ref_grpc_send(void *, pw_token_t, pw_bytes,
                                   uint32_t);

/* wasi.c: WASI preview 1 (the environ and args calls share two) */
pw_wasi_errno_t ref_wasi_fd_write(void *, uint32_t, pw_iovecs, uint32_t *);
pw_wasi_errno_t ref_wasi_clock_time_get(void *, pw_wasi_clockid_t,
                                        uint64_t, uint64_t *);
pw_wasi_errno_t ref_wasi_random_get(void *, pw_span);
pw_wasi_errno_t ref_wasi_sizes(void *, uint32_t *, uint32_t *);
pw_wasi_errno_t ref_wasi_strings(void *, pw_out *, pw_out *);
void ref_wasi_proc_exit(void *, uint32_t);
pw_wasi_errno_t ref_wasi_fd_close(void *, uint32_t);
pw_wasi_errno_t ref_wasi_fd_seek(void *, uint32_t, int64_t, uint32_t,
                                 uint64_t *);
pw_wasi_errno_t ref_wasi_fd_fdstat_get(void *, uint32_t, pw_out *);
pw_wasi_errno_t ref_wasi_fd_prestat_get(void *, uint32_t, pw_out *);
pw_wasi_errno_t ref_wasi_fd_prestat_dir_name(void *, uint32_t, pw_span);
pw_wasi_errno_t ref_wasi_sched_yield(void *);
pw_wasi_errno_t ref_wasi_poll_oneoff(void *, uint32_t, pw_out *, uint32_t,
                                     uint32_t *);
void ref_env_memory_growth(void *, uint32_t);
uint32_t ref_env_pthread_equal(void *, uint32_t, uint32_t);

/* props.c */
void ref_props_init(pw_host *h);
int ref_prop_put(ref_map *m, pw_bytes path, pw_bytes value);
void ref_prop_put_str(ref_map *m, const char *path, const void *v,
                      size_t n);

/* maps.c, buffers.c: availability for the driver's queries */
ref_map *ref_map_for(pw_host *h, ref_ctx *c, uint32_t t);
const ref_str *ref_buf_for(pw_host *h, ref_ctx *c, uint32_t t, int *eos);

/* callout.c, answer.c: guest and driver sides of callouts */
ref_callout *ref_callout_find(pw_host *h, uint32_t token);
void ref_callout_drop(pw_host *h, ref_callout *c);
void ref_callouts_free(pw_host *h);
int ref_drv_callout(pw_host *h, uint32_t token, pw_callout *out);
int ref_drv_http_response(pw_host *h, uint32_t token, const pw_pair *hdrs,
                          size_t nh, pw_bytes body, const pw_pair *trls,
                          size_t nt);
int ref_drv_http_failure(pw_host *h, uint32_t token);
int ref_drv_grpc_md(pw_host *h, uint32_t token, const pw_pair *p, size_t n);
int ref_drv_grpc_msg(pw_host *h, uint32_t token, pw_bytes msg);
int ref_drv_grpc_trl(pw_host *h, uint32_t token, const pw_pair *p,
                     size_t n);
int ref_drv_grpc_close(pw_host *h, uint32_t token, uint32_t status,
                       pw_bytes message);

/* driver: lifecycle (driver.c), streams (stream_drv.c), queries
   (observe.c) */
int ref_drv_http_open(pw_host *h, uint32_t root, uint32_t *stream);
int ref_drv_http_headers(pw_host *h, uint32_t s, int dir, const pw_pair *p,
                         size_t n, int eos, uint32_t *ret);
int ref_drv_http_body(pw_host *h, uint32_t s, int dir, pw_bytes chunk,
                      int eos, uint32_t *ret);
int ref_drv_http_trailers(pw_host *h, uint32_t s, int dir,
                          const pw_pair *p, size_t n, uint32_t *ret);
int ref_drv_http_metadata(pw_host *h, uint32_t s, int dir,
                          const pw_pair *p, size_t n, uint32_t *ret);
int ref_drv_stream_close(pw_host *h, uint32_t s);
int ref_http_end(pw_host *h, ref_ctx *c);
int ref_tcp_end(pw_host *h, ref_ctx *c);
int ref_drv_tcp_open(pw_host *h, uint32_t root, uint32_t *conn,
                     uint32_t *ret);
int ref_drv_tcp_data(pw_host *h, uint32_t conn, int dir, pw_bytes data,
                     int eos, uint32_t *ret);
int ref_drv_tcp_close(pw_host *h, uint32_t conn, int dir, uint32_t peer);
int ref_drv_get_map(pw_host *h, uint32_t ctx, uint32_t t, pw_out *pairs);
int ref_drv_get_buffer(pw_host *h, uint32_t ctx, uint32_t t, pw_out *bytes,
                       uint32_t *flags);
int ref_drv_get_local_response(pw_host *h, uint32_t ctx,
                               pw_local_response *out);
int ref_drv_get_metric(pw_host *h, pw_bytes name, uint32_t *type,
                       uint64_t *value);
int ref_drv_get_shared_data(pw_host *h, pw_bytes key, pw_out *value,
                            uint32_t *cas);
void ref_dump(pw_host *h, FILE *out);

/* foreign.c */
int ref_drv_foreign(pw_host *h, uint32_t root, uint32_t fn, pw_bytes args);
void ref_foreign_free(pw_host *h);

#endif /* REF_H */
