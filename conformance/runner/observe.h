/*
 * The observer of a certification run, private to the runner:
 *   observe.c      event capture: one cf_ev per vm event of the step
 *   coverage.c     manifest items the events crossed
 *   observe_lua.c  the events and enum names as Lua globals
 */
#ifndef CF_OBSERVE_H
#define CF_OBSERVE_H

#include "args.h"
#include "certify.h"

enum { EV_CALL, EV_CALLBACK, EV_LOG, EV_TRAP };

#define MAX_OUT 4

/* What the host wrote through one out-argument of a host call. */
typedef struct cf_out {
  const pw_arg *arg;
  uint8_t *bytes;           /* PW_ARG_OUT_BYTES: a copy */
  uint32_t len;
  uint64_t num;             /* PW_ARG_OUT */
} cf_out;

typedef struct cf_ev {
  int kind, depth, has_result, rc;
  uint64_t result;
  char name[64];
  const char *rtype;        /* callback: enum type of its result */
  char *text;               /* log message (raw bytes) */
  size_t text_len;
  char trap[24], where[64], msg[256];
  cf_out out[MAX_OUT];
  int nout;
} cf_ev;

struct cf_obs {
  const pw_abi *abi;
  cf_ev *ev;
  size_t n, cap;
  cf_set cov;
};

/* observe.c: forget the events taken so far. */
void cf_obs_clear(cf_obs *o);

/* coverage.c */
void cf_cover_hostcall(cf_obs *o, const pw_import *im, const pw_event *e);
void cf_cover_callback(cf_obs *o, const pw_export *ex, const pw_event *e);

#endif /* CF_OBSERVE_H */
