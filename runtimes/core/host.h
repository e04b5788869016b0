/*
 * The host contract: the proxy side of the ABI.
 *
 * A host implements the one ops table of every version (pw_host_ops in
 * the generated pw_host.h, called by each version's generated
 * glue when the guest calls a host function) and a driver (called by
 * `pwabi run`, `pwabi certify` and tests) that plays the proxy: it creates
 * the VM, starts it, opens streams, delivers events and upstream responses,
 * and lets the caller observe the result.
 *
 * A host is a shared object exposing one symbol,
 *
 *     const pw_host_plugin *pwabi_host(void);
 *
 * and is linked against nothing of pwabi: the runtime (vm.h) and the
 * generated glue are exported by the executable that loads it (-rdynamic),
 * as Lua C modules use the interpreter that loads them.  The reference host
 * (runtimes/hosts/reference) is built this way too.
 *
 * Versions: the caller chooses the version a module is bound with (it
 * detects the module's marker, see versions.h) and passes it in
 * pw_host_args.abi, a version the plugin serves.  A plugin that serves
 * several also exports
 *
 *     const char *pwabi_host_serves(void);
 *
 * giving registry names separated by spaces, or "*" for every version
 * (a symbol of its own, so that the struct below keeps its layout and
 * plugins built before it load as they are).  A plugin without it serves
 * its `abi` only and may ignore pw_host_args.abi: callers give it only
 * that version.
 *
 * Every driver call returns a PW_DRV_* code.  `ret` out-parameters, when
 * not NULL, receive the value the guest callback returned.
 */
#ifndef PW_HOST_H
#define PW_HOST_H

#include "vm.h"

#define PW_HOST_SYMBOL "pwabi_host"
#define PW_HOST_SERVES_SYMBOL "pwabi_host_serves"

enum {
  PW_DRV_OK = 0,
  PW_DRV_TRAP,       /* a callback trapped; the VM is now failed */
  PW_DRV_ABI,        /* the guest broke the ABI (e.g. an invalid callback
                        result); the message says where */
  PW_DRV_REJECTED,   /* on_start / on_configure returned false */
  PW_DRV_FAILED,     /* the VM failed earlier: nothing was called */
  PW_DRV_USAGE       /* driver misuse: unknown context or token, wrong
                        state; nothing was called */
};

/* Direction of an HTTP stream event or L4 data. */
enum { PW_DIR_REQUEST = 0, PW_DIR_RESPONSE = 1 };
enum { PW_DIR_DOWNSTREAM = 0, PW_DIR_UPSTREAM = 1 };

typedef struct pw_pair {
  pw_bytes key;
  pw_bytes value;
} pw_pair;

typedef struct pw_host pw_host;

typedef struct pw_host_args {
  const pw_engine *engine;
  const pw_abi *abi;       /* the version to bind the module with, one
                              the plugin serves; NULL: the plugin's own
                              default (callers older than this field) */
  const uint8_t *wasm;
  size_t wasm_len;
  const char *vm_id;       /* NULL: "" */
  const char *options;     /* host-defined choices "k=v,k=v"; NULL: the
                              host's defaults.  Unknown keys are errors. */
  pw_observer observe;     /* vm and host events; may be NULL */
  void *observe_ud;
  uint32_t budget_ms;      /* per guest call (pw_vm_args); 0: default */
} pw_host_args;

/* What send_local_response left on a stream. */
typedef struct pw_local_response {
  uint32_t code;
  pw_bytes details;
  pw_bytes body;
  pw_bytes header_pairs;   /* pairs-encoded, as the guest sent them */
  uint32_t grpc_status;
} pw_local_response;

/* An outgoing HTTP or gRPC call the guest made, for the driver to answer. */
typedef struct pw_callout {
  uint32_t token;
  uint32_t root;           /* root context the response goes to */
  int kind;                /* 'h' http call, 'g' grpc call, 's' grpc stream */
  pw_bytes upstream;       /* uri / service */
  pw_bytes service_name, method_name;
  pw_bytes header_pairs;   /* http: pairs-encoded */
  pw_bytes body;           /* http body / grpc request; stream: last sent */
  pw_bytes trailer_pairs;
  uint32_t timeout_ms;
  int closed;              /* grpc: the guest closed or cancelled it */
} pw_callout;

typedef struct pw_host_plugin {
  const char *name;        /* e.g. "reference" */
  const char *abi;         /* its ABI version, the one callers bind when
                              the module names none: a name of the
                              registry (generated/versions.def) */
  const char *options_help;

  pw_host *(*create)(const pw_host_args *a, pw_err *err);
  void (*destroy)(pw_host *h);
  /* The last error or trap text of a failed call ("" if none). */
  const char *(*error)(pw_host *h);

  /* Lifecycle of root contexts. */
  int (*vm_start)(pw_host *h, const char *root_id, pw_bytes vm_config,
                  uint32_t *root, uint32_t *ret);
  int (*validate_configuration)(pw_host *h, uint32_t root, pw_bytes config,
                                uint32_t *ret);
  int (*configure)(pw_host *h, uint32_t root, pw_bytes plugin_config,
                   uint32_t *ret);
  /* on_done, then on_delete (or pending until the guest's proxy_done). */
  int (*root_done)(pw_host *h, uint32_t root, uint32_t *ret);

  /* HTTP streams. */
  int (*http_open)(pw_host *h, uint32_t root, uint32_t *stream);
  int (*http_headers)(pw_host *h, uint32_t stream, int dir,
                      const pw_pair *p, size_t n, int eos, uint32_t *ret);
  int (*http_body)(pw_host *h, uint32_t stream, int dir, pw_bytes chunk,
                   int eos, uint32_t *ret);
  int (*http_trailers)(pw_host *h, uint32_t stream, int dir,
                       const pw_pair *p, size_t n, uint32_t *ret);
  int (*http_metadata)(pw_host *h, uint32_t stream, int dir,
                       const pw_pair *p, size_t n, uint32_t *ret);
  /* on_done / on_log / on_delete, in the host's order. */
  int (*stream_close)(pw_host *h, uint32_t stream);

  /* L4 connections. */
  int (*tcp_open)(pw_host *h, uint32_t root, uint32_t *conn, uint32_t *ret);
  int (*tcp_data)(pw_host *h, uint32_t conn, int dir, pw_bytes data,
                  int eos, uint32_t *ret);
  int (*tcp_close)(pw_host *h, uint32_t conn, int dir, uint32_t peer);

  /* Time: the wall clock, and advancing it (fires due ticks in order). */
  int (*set_time)(pw_host *h, uint64_t unix_ns);
  int (*advance)(pw_host *h, uint64_t ms);

  /* Upstreams: answer the guest's calls. */
  int (*callout)(pw_host *h, uint32_t token, pw_callout *out);
  int (*http_response)(pw_host *h, uint32_t token, const pw_pair *hdrs,
                       size_t nh, pw_bytes body, const pw_pair *trls,
                       size_t nt);
  int (*http_failure)(pw_host *h, uint32_t token);
  int (*grpc_initial_metadata)(pw_host *h, uint32_t token,
                               const pw_pair *p, size_t n);
  int (*grpc_message)(pw_host *h, uint32_t token, pw_bytes msg);
  int (*grpc_trailing_metadata)(pw_host *h, uint32_t token,
                                const pw_pair *p, size_t n);
  int (*grpc_close)(pw_host *h, uint32_t token, uint32_t status,
                    pw_bytes message);

  /* Another VM (vm_id) enqueues to a shared queue by name. */
  int (*queue_enqueue)(pw_host *h, const char *vm_id, pw_bytes name,
                       pw_bytes data);

  /* Observation. */
  int (*get_map)(pw_host *h, uint32_t ctx, uint32_t map_type, pw_out *pairs);
  int (*get_buffer)(pw_host *h, uint32_t ctx, uint32_t buffer_type,
                    pw_out *bytes, uint32_t *flags);
  int (*get_local_response)(pw_host *h, uint32_t ctx,
                            pw_local_response *out);
  int (*get_metric)(pw_host *h, pw_bytes name, uint32_t *type,
                    uint64_t *value);
  int (*get_shared_data)(pw_host *h, pw_bytes key, pw_out *value,
                         uint32_t *cas);
  int (*set_property)(pw_host *h, uint32_t ctx, pw_bytes path,
                      pw_bytes value);
  /* Everything the host holds, for people: one item per line. */
  void (*dump)(pw_host *h, FILE *out);

  /* Later additions; NULL when a host lacks them. */
  /* A host foreign function calls back: proxy_on_foreign_function(root,
     function_id, args.len), args readable as buffer 8 meanwhile. */
  int (*foreign_function)(pw_host *h, uint32_t root, uint32_t function_id,
                          pw_bytes args);
  /* Another VM of the same VM id writes shared data: key = value, with
     the CAS it read (so the write succeeds under the host's CAS rules);
     the key's CAS moves on as for a guest's write. */
  int (*shared_data_write)(pw_host *h, pw_bytes key, pw_bytes value);
} pw_host_plugin;

typedef const pw_host_plugin *(*pw_host_entry)(void);
typedef const char *(*pw_host_serves_entry)(void);

#endif /* PW_HOST_H */
