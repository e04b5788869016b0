/*
 * Test harness of the reference host: loads reference.so, runs the
 * scripted guest (guest.wat, see gen_guest.lua) on one engine, builds
 * guest programs, and records what the host reports.
 *
 * A program's results come back as the guest's output log line: one char
 * per host call status (0-9, a-c) plus whatever hex or raw bytes the
 * program appended.  The transcript `log` holds "level|text" lines, `act`
 * holds action events "name text", `cbs` the callbacks the vm reported.
 */
#ifndef REF_HARNESS_H
#define REF_HARNESS_H

#include <check.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "host.h"
#include "pwlib.h"
#include "pw_v1a_host.h"

/* Host functions in abi.def order (checked against pw_v1a_imports). */
enum {
  F_GET_CONFIGURATION, F_GET_STATUS, F_LOG, F_SET_TICK, F_GET_TIME,
  F_GET_PROPERTY, F_SET_PROPERTY, F_SET_EFFECTIVE, F_DONE, F_DEFINE_METRIC,
  F_INCREMENT_METRIC, F_RECORD_METRIC, F_GET_METRIC, F_CONTINUE_REQUEST,
  F_CONTINUE_RESPONSE, F_SEND_LOCAL_RESPONSE, F_CLEAR_ROUTE_CACHE,
  F_GET_SHARED_DATA, F_SET_SHARED_DATA, F_REGISTER_QUEUE, F_RESOLVE_QUEUE,
  F_DEQUEUE, F_ENQUEUE, F_ADD_HEADER, F_GET_HEADER, F_GET_PAIRS,
  F_SET_PAIRS, F_REPLACE_HEADER, F_REMOVE_HEADER, F_GET_MAP_SIZE,
  F_GET_BUFFER_BYTES, F_GET_BUFFER_STATUS, F_HTTP_CALL, F_GRPC_CALL,
  F_GRPC_STREAM, F_GRPC_CANCEL, F_GRPC_CLOSE, F_GRPC_SEND, F_COUNT
};

#define PBASE 0x10000u            /* where a program lands in the guest */
#define S(i) (0x1000u + 4u * (i)) /* scratch words for out-params */
#define ARG(i) (0x100u + 4u * (i))/* the callback's arguments */

typedef struct prog {
  uint8_t data[16384];
  uint32_t dn;
  uint32_t code[8192];
  uint32_t cn;
} prog;

static inline prog *P_new(void)
{
  return calloc(1, sizeof(prog));
}

/* Bytes in the program's data; returns their guest address. */
static inline uint32_t P_data(prog *p, const void *d, size_t n)
{
  uint32_t at = PBASE + 4 + p->dn;

  memcpy(p->data + p->dn, d, n);
  p->dn += (uint32_t)((n + 3) & ~(size_t)3);
  return at;
}

#define STR(p, s) P_data(p, s, sizeof(s) - 1), (uint32_t)(sizeof(s) - 1)

static inline void P_w(prog *p, uint32_t w)
{
  p->code[p->cn++] = w;
}

/* Call fn with n words; bit i of mask: word i is an address to load. */
static inline void P_call(prog *p, int fn, uint32_t mask, int n, ...)
{
  va_list ap;

  P_w(p, 1);
  P_w(p, (uint32_t)fn);
  P_w(p, (uint32_t)n);
  P_w(p, mask);
  va_start(ap, n);
  for (int i = 0; i < n; i++)
    P_w(p, va_arg(ap, uint32_t));
  va_end(ap);
}

static inline void P_op2(prog *p, uint32_t op, uint32_t a, uint32_t b)
{
  P_w(p, op);
  P_w(p, a);
  P_w(p, b);
}

#define P_hex(p, a, n) P_op2(p, 2, a, n)       /* hex of memory */
#define P_hexi(p, pa, pn) P_op2(p, 3, pa, pn)  /* hex of *pa, *pn bytes */
#define P_mov(p, d, s) P_op2(p, 4, d, s)
#define P_raw(p, a, n) P_op2(p, 9, a, n)
#define P_rawi(p, pa, pn) P_op2(p, 10, pa, pn)

static inline void P_op1(prog *p, uint32_t op, uint32_t a)
{
  P_w(p, op);
  P_w(p, a);
}

#define P_ret(p, v) P_op1(p, 5, v)
#define P_trap(p) P_w(p, 6)
#define P_chr(p, c) P_op1(p, 7, (uint32_t)(c))
#define P_flush(p, l) P_op1(p, 8, l)

/* The program as a property value: code offset, data, code. */
static inline size_t P_bytes(prog *p, uint8_t **out)
{
  size_t n = 4 + p->dn + 4 * ((size_t)p->cn + 1);
  uint8_t *b = calloc(1, n);
  uint32_t off = 4 + p->dn;

  memcpy(b, &off, 4);
  memcpy(b + 4, p->data, p->dn);
  memcpy(b + 4 + p->dn, p->code, 4 * (size_t)p->cn);
  *out = b;
  return n;
}

/* Transcript ------------------------------------------------------------- */

typedef struct buf {
  char *s;
  size_t n, cap;
} buf;

static inline void buf_add(buf *b, const char *fmt, ...)
{
  va_list ap;
  int n;

  va_start(ap, fmt);
  n = vsnprintf(NULL, 0, fmt, ap);
  va_end(ap);
  if (b->n + (size_t)n + 1 > b->cap) {
    b->cap = (b->n + (size_t)n + 1) * 2;
    b->s = realloc(b->s, b->cap);
  }
  va_start(ap, fmt);
  vsnprintf(b->s + b->n, (size_t)n + 1, fmt, ap);
  va_end(ap);
  b->n += (size_t)n;
}

static inline void buf_clear(buf *b)
{
  b->n = 0;
  if (b->s)
    b->s[0] = 0;
}

typedef struct T {
  const pw_host_plugin *pl;
  pw_host *h;
  const pw_engine *eng;
  uint8_t *wasm;
  size_t wasm_len;
  buf log, act, cbs;
  uint32_t root;
} T;

static inline void observe(void *ud, const pw_event *ev)
{
  T *t = ud;

  if (ev->kind == PW_EV_LOG)
    buf_add(&t->log, "%u|%s\n", (unsigned)ev->result, ev->text);
  else if (ev->kind == PW_EV_ACTION)
    buf_add(&t->act, "%s %s\n", ev->name, ev->text);
  else if (ev->kind == PW_EV_CALLBACK && strcmp(ev->name, "malloc") != 0)
    buf_add(&t->cbs, "%s\n", ev->name + 6);   /* drop "proxy_" */
}

static inline const pw_host_plugin *plugin(void)
{
  static const pw_host_plugin *pl;
  const pw_abi *abi;
  pw_err err;

  if (pl != NULL)
    return pl;
  pl = pw_plugin_load(REF_SO, &abi, &err);
  ck_assert_msg(pl != NULL, "%s", err.msg);
  ck_assert_str_eq(pl->name, "reference");
  ck_assert_str_eq(pl->abi, "v1alpha");
  return pl;
}

static inline uint8_t *slurp(const char *name, size_t *len)
{
  char path[512];
  uint8_t *b;

  snprintf(path, sizeof path, "%s/%s.wasm", REF_WASM, name);
  ck_assert_msg((b = pw_read_file(path, len)) != NULL, "cannot read %s",
                path);
  return b;
}

static inline size_t n_engines(void)
{
  size_t n = 0;

  while (pw_engines[n] != NULL)
    n++;
  return n;
}

/* The reference host built to bind a module to the version its marker
   names (tests/any_abi.c): how guests of newer versions run. */
static inline const pw_host_plugin *any_plugin(void)
{
  static const pw_host_plugin *pl;
  const pw_abi *abi;
  pw_err err;

  if (pl == NULL)
    pl = pw_plugin_load(REF_ANY_SO, &abi, &err);
  ck_assert_msg(pl != NULL, "%s", err.msg);
  return pl;
}

/* A host of plugin pl on engine `e` running module `name` with
   `options`. */
static inline T *T_new_on(const pw_host_plugin *pl, int e, const char *name,
                          const char *options)
{
  T *t = calloc(1, sizeof *t);
  pw_host_args a;
  pw_err err = {{0}};

  t->pl = pl;
  t->eng = pw_engines[e];
  t->wasm = slurp(name, &t->wasm_len);
  memset(&a, 0, sizeof a);
  a.engine = t->eng;
  a.wasm = t->wasm;
  a.wasm_len = t->wasm_len;
  a.vm_id = "vm1";
  a.options = options;
  a.observe = observe;
  a.observe_ud = t;
  t->h = t->pl->create(&a, &err);
  ck_assert_msg(t->h != NULL, "%s: create: %s", t->eng->name, err.msg);
  return t;
}

static inline T *T_new_mod(int e, const char *name, const char *options)
{
  return T_new_on(plugin(), e, name, options);
}

static inline T *T_new(int e, const char *options)
{
  return T_new_mod(e, "guest", options);
}

static inline void T_free(T *t)
{
  t->pl->destroy(t->h);
  free(t->wasm);
  free(t->log.s);
  free(t->act.s);
  free(t->cbs.s);
  free(t);
}

/* Install program p (freed) for callback `cb` of context ctx (0: all). */
static inline void T_prog(T *t, uint32_t ctx, const char *cb, prog *p)
{
  char path[128];
  uint8_t *b;
  int len = snprintf(path, sizeof path, "t%cproxy_%s", 0, cb);
  size_t n;

  P_w(p, 0);
  n = P_bytes(p, &b);
  ck_assert_int_eq(t->pl->set_property(t->h, ctx,
                   (pw_bytes){ (uint8_t *)path, (uint32_t)len },
                   (pw_bytes){ b, (uint32_t)n }), PW_DRV_OK);
  free(b);
  free(p);
}

/* The log so far, then cleared. */
static inline char *T_log(T *t)
{
  static char last[65536];

  snprintf(last, sizeof last, "%s", t->log.s ? t->log.s : "");
  buf_clear(&t->log);
  return last;
}

static inline char *T_cbs(T *t)
{
  static char last[65536];

  snprintf(last, sizeof last, "%s", t->cbs.s ? t->cbs.s : "");
  buf_clear(&t->cbs);
  return last;
}

static inline char *T_act(T *t)
{
  static char last[65536];

  snprintf(last, sizeof last, "%s", t->act.s ? t->act.s : "");
  buf_clear(&t->act);
  return last;
}

/* Start the root "root" with vm config "vmcfg". */
static inline uint32_t T_start(T *t)
{
  uint32_t ret = 0;

  ck_assert_int_eq(t->pl->vm_start(t->h, "root", (pw_bytes){
                   (const uint8_t *)"vmcfg", 5 }, &t->root, &ret),
                   PW_DRV_OK);
  return t->root;
}

static const pw_pair REQ[] = {
  { { (const uint8_t *)":method", 7 }, { (const uint8_t *)"GET", 3 } },
  { { (const uint8_t *)":path", 5 }, { (const uint8_t *)"/x", 2 } },
  { { (const uint8_t *)":authority", 10 }, { (const uint8_t *)"h", 1 } },
};

/* Open a stream on the root and deliver REQ; returns the stream id. */
static inline uint32_t T_request(T *t, uint32_t *ret)
{
  uint32_t s = 0, r = 0;

  ck_assert_int_eq(t->pl->http_open(t->h, t->root, &s), PW_DRV_OK);
  ck_assert_int_eq(t->pl->http_headers(t->h, s, PW_DIR_REQUEST, REQ, 3, 0,
                   ret ? ret : &r), PW_DRV_OK);
  return s;
}

#define B(s) ((pw_bytes){ (const uint8_t *)(s), sizeof(s) - 1 })

/* Start (actions so far dropped), then a request whose body "b" ends it;
   returns the stream id. */
static inline uint32_t T_request_body(T *t)
{
  uint32_t s, ret = 0;

  T_start(t);
  T_act(t);
  s = T_request(t, NULL);
  ck_assert_int_eq(t->pl->http_body(t->h, s, PW_DIR_REQUEST, B("b"), 1,
                   &ret), PW_DRV_OK);
  return s;
}

/* Formatting for expectations: rotating static buffers. */
static inline char *rot(void)
{
  static char b[16][8192];
  static int i;

  return b[i++ % 16];
}

static inline char *F(const char *fmt, ...)
{
  char *b = rot();
  va_list ap;

  va_start(ap, fmt);
  vsnprintf(b, 8192, fmt, ap);
  va_end(ap);
  return b;
}

static inline char *hx(const void *p, size_t n)
{
  char *b = rot();
  const uint8_t *q = p;

  b[0] = 0;
  for (size_t i = 0; i < n && 2 * i + 2 < 8192; i++)
    sprintf(b + 2 * i, "%02x", q[i]);
  return b;
}

static inline char *hx32(uint32_t v)
{
  uint8_t b[4] = { (uint8_t)v, (uint8_t)(v >> 8), (uint8_t)(v >> 16),
                   (uint8_t)(v >> 24) };

  return hx(b, 4);
}

static inline char *hx64(uint64_t v)
{
  uint8_t b[8];

  for (int i = 0; i < 8; i++)
    b[i] = (uint8_t)(v >> (8 * i));
  return hx(b, 8);
}

/* The pairs encoding of n (key, value) C strings into b; its length. */
static inline size_t pairs_vbin(uint8_t *b, int n, va_list ap)
{
  size_t at = 4 + 8 * (size_t)n;

  for (int i = 0; i < 4; i++)
    b[i] = (uint8_t)((uint32_t)n >> (8 * i));
  for (int i = 0; i < n; i++) {
    for (int j = 0; j < 2; j++) {
      const char *s = va_arg(ap, const char *);
      uint32_t l = (uint32_t)strlen(s);
      for (int k = 0; k < 4; k++)
        b[4 + 8 * i + 4 * j + k] = (uint8_t)(l >> (8 * k));
      memcpy(b + at, s, l + 1);
      at += l + 1;
    }
  }
  return at;
}

static inline size_t pairs_bin(uint8_t *b, int n, ...)
{
  va_list ap;
  size_t len;

  va_start(ap, n);
  len = pairs_vbin(b, n, ap);
  va_end(ap);
  return len;
}

static inline char *pairs_hex(int n, ...)
{
  uint8_t b[4096];
  va_list ap;
  size_t len;

  va_start(ap, n);
  len = pairs_vbin(b, n, ap);
  va_end(ap);
  return hx(b, len);
}

/* Program data holding a pairs blob: address, length (two args). */
#define PAIRS(p, ...) pairs_at(p, __VA_ARGS__), pairs_len(__VA_ARGS__)

static inline uint32_t pairs_len(int n, ...)
{
  uint8_t b[4096];
  va_list ap;
  size_t len;

  va_start(ap, n);
  len = pairs_vbin(b, n, ap);
  va_end(ap);
  return (uint32_t)len;
}

static inline uint32_t pairs_at(prog *p, int n, ...)
{
  uint8_t b[4096];
  va_list ap;
  size_t len;

  va_start(ap, n);
  len = pairs_vbin(b, n, ap);
  va_end(ap);
  return P_data(p, b, len);
}

#define EPOCH 1577836800000000000ull
#define MS 1000000ull

#endif /* REF_HARNESS_H */
