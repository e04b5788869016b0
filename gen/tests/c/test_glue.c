/*
 * Unit tests of the generated v1alpha host glue against a fake engine: a
 * plain byte array as linear memory and a scriptable allocator.  They check
 * that every pointer, length and enum is validated before the host op runs,
 * that out-params are written little-endian only on success, and that every
 * allocator failure is handled.
 */
#include <check.h>
#include <stdlib.h>
#include <string.h>

#include "args.h"
#include "engine.h"
#include "pw_v1a_host.h"

#define MEM_SIZE 65536u

enum { A_BUMP, A_ZERO, A_OOB, A_TRAP, A_GROW };

typedef struct fake {
  uint8_t *mem;
  uint64_t size;
  int alloc_mode;
  uint32_t next;          /* bump allocator */
  int alloc_calls;
  uint32_t alloc_size;
  int call_id;            /* last export called */
  uint64_t call_args[8];
  uint64_t call_result;
  int call_rc;
} fake;

typedef struct host {
  int calls;
  uint32_t level;
  char text[64];
  uint32_t text_len;
  int64_t delta;
  uint32_t headers_type;
  uint32_t grpc;
  const char *reply;      /* bytes returned through out-params */
  uint32_t reply_len;
  pw_wasm_result_t rc;
} host;

static fake F;
static host H;
static pw_env E;

/* The fake engine ---------------------------------------------------------- */

static uint8_t *f_memory(void *ctx, uint64_t *size)
{
  fake *f = ctx;

  *size = f->size;
  return f->mem;
}

static int f_alloc(void *ctx, uint32_t n, uint32_t *addr)
{
  fake *f = ctx;

  f->alloc_calls++;
  f->alloc_size = n;
  switch (f->alloc_mode) {
  case A_ZERO:
    *addr = 0;
    return PW_CALL_OK;
  case A_OOB:
    *addr = (uint32_t)f->size - 2;
    return PW_CALL_OK;
  case A_TRAP:
    return PW_CALL_TRAP;
  case A_GROW:
    /* Memory grows and moves: the glue must re-read the base. */
    f->mem = realloc(f->mem, f->size * 2);
    memset(f->mem + f->size, 0, f->size);
    *addr = (uint32_t)f->size;
    f->size *= 2;
    return PW_CALL_OK;
  }
  *addr = f->next;
  f->next += n;
  return PW_CALL_OK;
}

static int f_call(void *ctx, int id, const uint64_t *args, uint64_t *res)
{
  fake *f = ctx;
  const char *sig = pw_v1a_exports[id].sig;

  /* Like a real engine, take the arity from the export table. */
  f->call_id = id;
  for (int i = 0; sig[i] != ':'; i++)
    f->call_args[i] = args[i];
  res[0] = f->call_result;
  return f->call_rc;
}

static const pw_engine_if FAKE_IF = { f_memory, f_alloc, f_call };

/* The fake host ------------------------------------------------------------ */

static void remember(pw_bytes b)
{
  H.text_len = b.len;
  memcpy(H.text, b.ptr, b.len < sizeof H.text ? b.len : sizeof H.text);
}

static pw_wasm_result_t h_log(void *h, pw_log_level_t level,
                                  pw_bytes message)
{
  (void)h;
  H.calls++;
  H.level = level;
  remember(message);
  return H.rc;
}

static pw_wasm_result_t h_get_property(void *h, pw_bytes path,
                                           pw_out *value)
{
  (void)h;
  H.calls++;
  remember(path);
  if (pw_out_set(value, H.reply, H.reply_len))
    return PW_V1A_WASM_RESULT_INTERNAL_FAILURE;
  return H.rc;
}

static pw_wasm_result_t h_define_metric(void *h, pw_metric_type_t t,
                                            pw_bytes name,
                                            pw_metric_id_t *id)
{
  (void)h;
  (void)t;
  H.calls++;
  remember(name);
  *id = 0x01020304u;
  return H.rc;
}

static pw_wasm_result_t h_increment_metric(void *h, pw_metric_id_t id,
                                               int64_t delta)
{
  (void)h;
  (void)id;
  H.calls++;
  H.delta = delta;
  return H.rc;
}

static pw_wasm_result_t h_get_metric(void *h, pw_metric_id_t id,
                                         uint64_t *value)
{
  (void)h;
  (void)id;
  H.calls++;
  *value = 0x1122334455667788u;
  return H.rc;
}

static pw_wasm_result_t h_get_shared_data(void *h, pw_bytes key,
                                              pw_out *value, uint32_t *cas)
{
  (void)h;
  H.calls++;
  remember(key);
  *cas = 7;
  pw_out_set(value, H.reply, H.reply_len);
  return H.rc;
}

static pw_wasm_result_t h_add_header(void *h, pw_headers_type_t t,
                                         pw_bytes key, pw_bytes value)
{
  (void)h;
  (void)key;
  (void)value;
  H.calls++;
  H.headers_type = t;
  return H.rc;
}

static pw_wasm_result_t h_local_response(void *h, uint32_t code,
    pw_bytes details, pw_bytes body, pw_bytes pairs, pw_grpc_status_t g)
{
  (void)h;
  (void)code;
  (void)details;
  (void)body;
  (void)pairs;
  H.calls++;
  H.grpc = g;
  return H.rc;
}

static pw_wasm_result_t h_get_status(void *h, pw_wasm_result_t *code,
                                         pw_out *message)
{
  (void)h;
  H.calls++;
  *code = PW_V1A_WASM_RESULT_BROKEN_CONNECTION;
  pw_out_set(message, "reset", 5);
  return H.rc;
}

static pw_wasm_result_t h_buffer_status(void *h, pw_buffer_type_t t,
    uint32_t *len, pw_buffer_flags_t *flags)
{
  (void)h;
  (void)t;
  H.calls++;
  *len = 99;
  *flags = PW_V1A_BUFFER_FLAGS_END_OF_STREAM;
  return H.rc;
}

static const pw_host_ops OPS = {
  .proxy_log = h_log,
  .proxy_get_property = h_get_property,
  .proxy_define_metric = h_define_metric,
  .proxy_increment_metric = h_increment_metric,
  .proxy_get_metric = h_get_metric,
  .proxy_get_shared_data = h_get_shared_data,
  .proxy_add_header_map_value = h_add_header,
  .proxy_send_local_response = h_local_response,
  .proxy_get_status = h_get_status,
  .proxy_get_buffer_status = h_buffer_status,
};

/* An entry called as an engine calls it, with the fake's memory. */
static uint32_t call_entry(const pw_import *im, const uint64_t *args)
{
  return pw_import_call(&E, im, args, F.mem, F.size);
}

static void setup(void)
{
  memset(&F, 0, sizeof F);
  memset(&H, 0, sizeof H);
  memset(&E, 0, sizeof E);
  F.size = MEM_SIZE;
  F.mem = calloc(1, MEM_SIZE);
  F.next = 0x8000;
  E.eng = &FAKE_IF;
  E.eng_ctx = &F;
  E.mem_ctx = &F;
  E.ops = &OPS;
  E.callers = pw_v1a_abi.callers;
  H.reply = "value";
  H.reply_len = 5;
}

static void teardown(void)
{
  free(F.mem);
}

static uint32_t load32(uint32_t at)
{
  return (uint32_t)F.mem[at] | (uint32_t)F.mem[at + 1] << 8 |
         (uint32_t)F.mem[at + 2] << 16 | (uint32_t)F.mem[at + 3] << 24;
}

/* In-parameters ------------------------------------------------------------ */

START_TEST(log_in_bounds)
{
  memcpy(F.mem + 100, "hello", 5);
  ck_assert_uint_eq(pw_v1a_proxy_log(&E, 2, 100, 5), 0);
  ck_assert_int_eq(H.calls, 1);
  ck_assert_uint_eq(H.level, 2);
  ck_assert_uint_eq(H.text_len, 5);
  ck_assert_mem_eq(H.text, "hello", 5);
}
END_TEST

START_TEST(log_past_end)
{
  ck_assert_uint_eq(pw_v1a_proxy_log(&E, 2, MEM_SIZE - 4, 5),
                    PW_V1A_WASM_RESULT_INVALID_MEMORY_ACCESS);
  ck_assert_uint_eq(pw_v1a_proxy_log(&E, 2, MEM_SIZE + 1, 0),
                    PW_V1A_WASM_RESULT_INVALID_MEMORY_ACCESS);
  ck_assert_int_eq(H.calls, 0);
}
END_TEST

START_TEST(log_wrapping)
{
  /* 0xFFFFFFF0 + 0x20 wraps to 0x10 in 32 bits: must still be rejected. */
  ck_assert_uint_eq(pw_v1a_proxy_log(&E, 2, 0xFFFFFFF0u, 0x20),
                    PW_V1A_WASM_RESULT_INVALID_MEMORY_ACCESS);
  ck_assert_uint_eq(pw_v1a_proxy_log(&E, 2, 0x10, 0xFFFFFFFFu),
                    PW_V1A_WASM_RESULT_INVALID_MEMORY_ACCESS);
  ck_assert_int_eq(H.calls, 0);
}
END_TEST

START_TEST(log_empty_at_end)
{
  ck_assert_uint_eq(pw_v1a_proxy_log(&E, 2, MEM_SIZE, 0), 0);
  ck_assert_uint_eq(pw_v1a_proxy_log(&E, 2, MEM_SIZE - 5, 5), 0);
  ck_assert_int_eq(H.calls, 2);
  ck_assert_uint_eq(H.text_len, 5);
}
END_TEST

START_TEST(log_bad_level)
{
  ck_assert_uint_eq(pw_v1a_proxy_log(&E, 6, 100, 1),
                    PW_V1A_WASM_RESULT_BAD_ARGUMENT);
  ck_assert_uint_eq(pw_v1a_proxy_log(&E, 0xFFFFFFFFu, 100, 1),
                    PW_V1A_WASM_RESULT_BAD_ARGUMENT);
  ck_assert_int_eq(H.calls, 0);
  ck_assert_uint_eq(pw_v1a_proxy_log(&E, 5, 100, 1), 0);
  ck_assert_int_eq(H.calls, 1);
}
END_TEST

START_TEST(headers_type_range)
{
  ck_assert_uint_eq(pw_v1a_proxy_add_header_map_value(&E, 9, 0, 1, 0, 1),
                    PW_V1A_WASM_RESULT_BAD_ARGUMENT);
  ck_assert_int_eq(H.calls, 0);
  ck_assert_uint_eq(pw_v1a_proxy_add_header_map_value(&E, 8, 0, 1, 0, 1), 0);
  /* v1alpha's 8 is the canonical http_call_response_trailers (7) */
  ck_assert_uint_eq(H.headers_type,
                    PW_HEADERS_TYPE_HTTP_CALL_RESPONSE_TRAILERS);
  ck_assert_uint_eq(PW_HEADERS_TYPE_HTTP_CALL_RESPONSE_TRAILERS, 7);
  ck_assert_uint_eq(pw_v1a_proxy_add_header_map_value(&E, 4, 0, 1, 0, 1), 0);
  ck_assert_uint_eq(H.headers_type,
                    PW_HEADERS_TYPE_GRPC_CREATE_INITIAL_METADATA);
}
END_TEST

START_TEST(enum_checked_before_memory)
{
  /* Both bad: the first parameter (the enum) decides the status. */
  ck_assert_uint_eq(pw_v1a_proxy_add_header_map_value(&E, 42, MEM_SIZE, 9,
                                                      0, 1),
                    PW_V1A_WASM_RESULT_BAD_ARGUMENT);
  ck_assert_int_eq(H.calls, 0);
}
END_TEST

START_TEST(grpc_status_invalid_code)
{
  /* E5: invalid_code is 0xFFFFFFFF; 17 is not a grpc_status. */
  ck_assert_uint_eq(pw_v1a_proxy_send_local_response(&E, 403, 0, 0, 0, 0, 0,
                                                     0, 0xFFFFFFFFu), 0);
  ck_assert_uint_eq(H.grpc, PW_V1A_GRPC_STATUS_INVALID_CODE);
  ck_assert_uint_eq(pw_v1a_proxy_send_local_response(&E, 403, 0, 0, 0, 0, 0,
                                                     0, 17),
                    PW_V1A_WASM_RESULT_BAD_ARGUMENT);
  ck_assert_int_eq(H.calls, 1);
}
END_TEST

START_TEST(s64_argument)
{
  ck_assert_uint_eq(pw_v1a_proxy_increment_metric(&E, 4, (uint64_t)-5), 0);
  ck_assert_int_eq(H.delta, -5);
}
END_TEST

/* Out-parameters ----------------------------------------------------------- */

START_TEST(out_u32_written_le)
{
  ck_assert_uint_eq(pw_v1a_proxy_define_metric(&E, 0, 100, 3, 200), 0);
  ck_assert_uint_eq(F.mem[200], 0x04);
  ck_assert_uint_eq(F.mem[203], 0x01);
}
END_TEST

START_TEST(out_u32_past_end)
{
  ck_assert_uint_eq(pw_v1a_proxy_define_metric(&E, 0, 100, 3, MEM_SIZE - 3),
                    PW_V1A_WASM_RESULT_INVALID_MEMORY_ACCESS);
  ck_assert_int_eq(H.calls, 0);
  ck_assert_uint_eq(pw_v1a_proxy_define_metric(&E, 3, 100, 3, 200),
                    PW_V1A_WASM_RESULT_BAD_ARGUMENT);
  ck_assert_int_eq(H.calls, 0);
}
END_TEST

START_TEST(out_u64)
{
  ck_assert_uint_eq(pw_v1a_proxy_get_metric(&E, 4, MEM_SIZE - 8), 0);
  ck_assert_uint_eq(load32(MEM_SIZE - 8), 0x55667788u);
  ck_assert_uint_eq(load32(MEM_SIZE - 4), 0x11223344u);
  ck_assert_uint_eq(pw_v1a_proxy_get_metric(&E, 4, MEM_SIZE - 7),
                    PW_V1A_WASM_RESULT_INVALID_MEMORY_ACCESS);
  ck_assert_int_eq(H.calls, 1);
}
END_TEST

START_TEST(out_not_written_on_error)
{
  memset(F.mem + 200, 0xAA, 4);
  H.rc = PW_V1A_WASM_RESULT_NOT_FOUND;
  ck_assert_uint_eq(pw_v1a_proxy_define_metric(&E, 0, 100, 3, 200),
                    PW_V1A_WASM_RESULT_NOT_FOUND);
  ck_assert_uint_eq(load32(200), 0xAAAAAAAAu);
}
END_TEST

START_TEST(out_enum_and_flags)
{
  ck_assert_uint_eq(pw_v1a_proxy_get_buffer_status(&E, 1, 300, 304), 0);
  ck_assert_uint_eq(load32(300), 99);
  ck_assert_uint_eq(load32(304), 1);
  ck_assert_uint_eq(pw_v1a_proxy_get_buffer_status(&E, 6, 300, 304),
                    PW_V1A_WASM_RESULT_BAD_ARGUMENT);
}
END_TEST

START_TEST(alignment_option)
{
  ck_assert_uint_eq(pw_v1a_proxy_define_metric(&E, 0, 100, 3, 201), 0);
  E.opts.check_alignment = 1;
  ck_assert_uint_eq(pw_v1a_proxy_define_metric(&E, 0, 100, 3, 201),
                    PW_V1A_WASM_RESULT_INVALID_MEMORY_ACCESS);
  ck_assert_int_eq(H.calls, 1);
}
END_TEST

START_TEST(trap_option)
{
  E.opts.trap_on_bad_memory = 1;
  pw_v1a_proxy_log(&E, 2, MEM_SIZE, 1);
  ck_assert_ptr_nonnull(E.trap);
  ck_assert_ptr_nonnull(strstr(E.trap, "proxy_log.message"));
  ck_assert_int_eq(H.calls, 0);
}
END_TEST

/* Bytes returned through the guest allocator -------------------------------- */

START_TEST(bytes_out)
{
  memcpy(F.mem + 100, "a\0b", 3);
  ck_assert_uint_eq(pw_v1a_proxy_get_property(&E, 100, 3, 400, 404), 0);
  ck_assert_int_eq(F.alloc_calls, 1);
  ck_assert_uint_eq(F.alloc_size, 5);
  ck_assert_uint_eq(load32(400), 0x8000);
  ck_assert_uint_eq(load32(404), 5);
  ck_assert_mem_eq(F.mem + 0x8000, "value", 5);
  ck_assert_mem_eq(H.text, "a\0b", 3);
}
END_TEST

START_TEST(bytes_out_empty)
{
  memset(F.mem + 400, 0xAA, 8);
  H.reply_len = 0;
  ck_assert_uint_eq(pw_v1a_proxy_get_property(&E, 100, 3, 400, 404), 0);
  ck_assert_int_eq(F.alloc_calls, 0);
  ck_assert_uint_eq(load32(400), 0);
  ck_assert_uint_eq(load32(404), 0);
}
END_TEST

START_TEST(bytes_out_alloc_zero)
{
  memset(F.mem + 400, 0xAA, 8);
  F.alloc_mode = A_ZERO;
  ck_assert_uint_eq(pw_v1a_proxy_get_property(&E, 100, 3, 400, 404),
                    PW_V1A_WASM_RESULT_INVALID_MEMORY_ACCESS);
  ck_assert_uint_eq(load32(400), 0xAAAAAAAAu);
  ck_assert_uint_eq(load32(404), 0xAAAAAAAAu);
}
END_TEST

START_TEST(bytes_out_alloc_oob)
{
  F.alloc_mode = A_OOB;
  ck_assert_uint_eq(pw_v1a_proxy_get_property(&E, 100, 3, 400, 404),
                    PW_V1A_WASM_RESULT_INVALID_MEMORY_ACCESS);
  ck_assert_ptr_null(E.trap);
}
END_TEST

START_TEST(bytes_out_alloc_trap)
{
  F.alloc_mode = A_TRAP;
  pw_v1a_proxy_get_property(&E, 100, 3, 400, 404);
  ck_assert_ptr_nonnull(E.trap);
  ck_assert_ptr_nonnull(strstr(E.trap, "allocator"));
}
END_TEST

START_TEST(bytes_out_memory_grows)
{
  F.alloc_mode = A_GROW;
  ck_assert_uint_eq(pw_v1a_proxy_get_status(&E, 500, 504, 508), 0);
  ck_assert_uint_eq(load32(500), PW_V1A_WASM_RESULT_BROKEN_CONNECTION);
  ck_assert_uint_eq(load32(504), MEM_SIZE);
  ck_assert_uint_eq(load32(508), 5);
  ck_assert_mem_eq(F.mem + MEM_SIZE, "reset", 5);
}
END_TEST

START_TEST(bytes_out_pointer_checked_first)
{
  /* The last out-pointer is bad: no host work, nothing written. */
  memset(F.mem + 400, 0xAA, 4);
  ck_assert_uint_eq(pw_v1a_proxy_get_shared_data(&E, 100, 3, 400, 404,
                                                 MEM_SIZE - 2),
                    PW_V1A_WASM_RESULT_INVALID_MEMORY_ACCESS);
  ck_assert_int_eq(H.calls, 0);
  ck_assert_int_eq(F.alloc_calls, 0);
  ck_assert_uint_eq(load32(400), 0xAAAAAAAAu);
  ck_assert_uint_eq(pw_v1a_proxy_get_shared_data(&E, 100, 3, 400, 404, 408),
                    0);
  ck_assert_uint_eq(load32(408), 7);
}
END_TEST

START_TEST(unimplemented_op_traps)
{
  pw_v1a_proxy_done(&E);
  ck_assert_ptr_nonnull(E.trap);
  ck_assert_ptr_nonnull(strstr(E.trap, "proxy_done"));
}
END_TEST

/* Tables and callers --------------------------------------------------------- */

START_TEST(import_table)
{
  uint64_t args[3] = { 1, 100, 2 };

  ck_assert_int_eq(PW_V1A_NIMPORTS, 38);
  ck_assert_str_eq(pw_v1a_imports[0].module, "env");
  ck_assert_str_eq(pw_v1a_imports[2].name, "proxy_log");
  ck_assert_str_eq(pw_v1a_imports[2].sig, "iii:i");
  memcpy(F.mem + 100, "hi", 2);
  ck_assert_uint_eq(call_entry(&pw_v1a_imports[2], args), 0);
  ck_assert_uint_eq(H.level, 1);
  ck_assert_mem_eq(H.text, "hi", 2);
  for (int i = 0; i < PW_V1A_NIMPORTS; i++)
    if (strcmp(pw_v1a_imports[i].name, "proxy_increment_metric") == 0)
      ck_assert_str_eq(pw_v1a_imports[i].sig, "iI:i");
}
END_TEST

static const pw_import *seen_import;
static uint32_t seen_status = 99;
static uint64_t seen_arg0;
static const char *seen_rejected;
static int refuse_all;

/* The env's hook: refuses everything when told to, else runs the entry
   and records what it did, as the vm's observer does. */
static uint32_t record_hook(pw_env *e, const pw_import *imp,
                            const uint64_t *args)
{
  if (refuse_all) {
    pw_set_trap(e, imp->name, "refused by the hook");
    return 0;
  }
  e->rejected = NULL;
  seen_import = imp;
  seen_status = imp->entry(e, args);
  seen_arg0 = args[0];
  seen_rejected = e->rejected;
  return seen_status;
}

/* Engines call an entry through the env's hook when it has one: it sees
   the import, arguments and status, failures included, and the argument
   the glue refused. */
START_TEST(hostcall_hook)
{
  uint64_t ok[3] = { 3, 100, 2 }, bad[3] = { 9, 100, 2 };

  E.hook = record_hook;
  ck_assert_uint_eq(call_entry(&pw_v1a_imports[2], ok), 0);
  ck_assert_ptr_eq(seen_import, &pw_v1a_imports[2]);
  ck_assert_uint_eq(seen_status, 0);
  ck_assert_uint_eq(seen_arg0, 3);
  ck_assert_int_eq(H.calls, 1);
  ck_assert_uint_eq(call_entry(&pw_v1a_imports[2], bad),
                    PW_V1A_WASM_RESULT_BAD_ARGUMENT);
  ck_assert_uint_eq(seen_status, PW_V1A_WASM_RESULT_BAD_ARGUMENT);
  ck_assert_uint_eq(seen_arg0, 9);
  ck_assert_str_eq(seen_rejected, "proxy_log.level");
  ck_assert_uint_eq(call_entry(&pw_v1a_imports[2], ok), 0);
  ck_assert_ptr_null(seen_rejected);
  refuse_all = 1;                          /* a refusing hook: no op runs */
  ck_assert_uint_eq(call_entry(&pw_v1a_imports[2], ok), 0);
  ck_assert_int_eq(H.calls, 2);
  ck_assert_str_eq(E.trap, "proxy_log: refused by the hook");
  refuse_all = 0;
  ck_assert_str_eq(pw_v1a_imports[2].args[0].type, "log_level");
  ck_assert_int_eq(pw_v1a_imports[2].args[1].kind, PW_ARG_BYTES);
  ck_assert_str_eq(pw_v1a_abi.version, "v1alpha");
  ck_assert_uint_eq(pw_v1a_abi.nimports, PW_V1A_NIMPORTS);
  ck_assert_ptr_eq(pw_v1a_abi.exports, pw_v1a_exports);
}
END_TEST

START_TEST(export_callers)
{
  pw_filter_headers_status_t st = 9;
  uint32_t ok = 0;

  F.call_result = 1;
  ck_assert_int_eq(pw_call_proxy_on_request_headers(&E, 2, 3, 1, &st),
                   PW_CALL_OK);
  ck_assert_int_eq(F.call_id, PW_V1A_X_PROXY_ON_REQUEST_HEADERS);
  ck_assert_uint_eq(F.call_args[1], 3);
  ck_assert_uint_eq(st, 1);
  F.call_result = 2;
  ck_assert_int_eq(pw_call_proxy_on_request_headers(&E, 2, 3, 1, &st),
                   PW_CALL_BAD_RESULT);
  ck_assert_uint_eq(st, 2);
  F.call_result = 3;
  ck_assert_int_eq(pw_call_proxy_on_request_body(&E, 2, 0, 1, &st),
                   PW_CALL_OK);
  F.call_result = 77;
  ck_assert_int_eq(pw_call_proxy_on_vm_start(&E, 1, 0, &ok), PW_CALL_OK);
  ck_assert_uint_eq(ok, 77);
  F.call_rc = PW_CALL_TRAP;
  ck_assert_int_eq(pw_call_proxy_on_tick(&E, 1), PW_CALL_TRAP);
  ck_assert_str_eq(pw_v1a_exports[PW_V1A_X_PROXY_ON_TICK].name,
                   "proxy_on_tick");
  ck_assert_int_eq(PW_V1A_NEXPORTS, 28);
}
END_TEST

START_TEST(variant_names)
{
  const pw_abi *a = &pw_v1a_abi;

  ck_assert_str_eq(pw_variant_name(a, "wasm_result", 6),
                   "invalid_memory_access");
  ck_assert_str_eq(pw_variant_name(a, "grpc_status", 0xFFFFFFFFu),
                   "invalid_code");
  ck_assert_ptr_null(pw_variant_name(a, "grpc_status", 17));
  ck_assert_str_eq(pw_variant_name(a, "headers_type", 4),
                   "grpc_create_initial_metadata");
  ck_assert_int_eq(pw_variant_value(a, "log_level", "critical"), 5);
  ck_assert_int_eq(pw_variant_value(a, "log_level", "loud"), -1);
}
END_TEST

/* Wasm values a core signature takes before its ":". */
static size_t sig_arity(const char *sig)
{
  return strcspn(sig, ":");
}

static size_t widths(const pw_arg *a, size_t n)
{
  size_t w = 0;

  for (size_t i = 0; i < n; i++)
    w += a[i].width;
  return w;
}

START_TEST(arg_tables)
{
  const pw_import *kv = NULL;
  const pw_export *hd = &pw_v1a_exports[PW_V1A_X_PROXY_ON_REQUEST_HEADERS];

  for (size_t i = 0; i < PW_V1A_NIMPORTS; i++) {
    const pw_import *im = &pw_v1a_imports[i];
    ck_assert_uint_eq(widths(im->args, im->nargs), sig_arity(im->sig));
    if (strcmp(im->name, "proxy_get_shared_data") == 0)
      kv = im;
  }
  for (size_t i = 0; i < PW_V1A_NEXPORTS; i++)
    ck_assert_uint_eq(widths(pw_v1a_exports[i].args, pw_v1a_exports[i].nargs),
                      sig_arity(pw_v1a_exports[i].sig));
  ck_assert_ptr_nonnull(kv);
  ck_assert_uint_eq(kv->nargs, 3);
  ck_assert_int_eq(kv->args[0].kind, PW_ARG_BYTES);
  ck_assert_int_eq(kv->args[1].kind, PW_ARG_OUT_BYTES);
  ck_assert_str_eq(kv->args[1].len, "value_len");
  ck_assert_int_eq(kv->args[2].kind, PW_ARG_OUT);
  ck_assert_uint_eq(kv->args[2].size, 4);
  ck_assert_int_eq(hd->result->kind, PW_ARG_ENUM);
  ck_assert_str_eq(hd->result->type, "filter_headers_status");
  ck_assert_ptr_null(pw_v1a_exports[PW_V1A_X_PROXY_ON_TICK].result);
}
END_TEST

/* The walk hands out each argument's values and stops short of an
   argument whose values are missing. */
START_TEST(arg_walk)
{
  const pw_import *kv = NULL;
  const uint64_t raw[5] = { 1, 2, 3, 4, 5 }, *v;
  pw_args_it it;

  for (size_t i = 0; i < PW_V1A_NIMPORTS; i++)
    if (strcmp(pw_v1a_imports[i].name, "proxy_get_shared_data") == 0)
      kv = &pw_v1a_imports[i];
  pw_args_begin(&it, kv->args, kv->nargs, raw, 5);
  ck_assert_ptr_eq(pw_args_next(&it, &v), &kv->args[0]);
  ck_assert_ptr_eq(v, raw);
  ck_assert_ptr_eq(pw_args_next(&it, &v), &kv->args[1]);
  ck_assert_ptr_eq(v, raw + 2);
  ck_assert_ptr_eq(pw_args_next(&it, &v), &kv->args[2]);
  ck_assert_ptr_eq(v, raw + 4);
  ck_assert_ptr_null(pw_args_next(&it, &v));
  pw_args_begin(&it, kv->args, kv->nargs, raw, 3);
  ck_assert_ptr_nonnull(pw_args_next(&it, &v));
  ck_assert_ptr_null(pw_args_next(&it, &v));   /* value needs 2, 1 left */
}
END_TEST

/* Out-values are read back bounds-checked: a pointer at the end of memory
   or past it reads as absent. */
START_TEST(arg_out_reads)
{
  uint8_t mem[16] = { 8, 0, 0, 0, 3, 0, 0, 0, 'a', 'b', 'c', 0, 7, 0, 0, 0 };
  pw_view v = { mem, sizeof mem };
  pw_arg ob = { "v", PW_ARG_OUT_BYTES, 2, 0, "char8", "v_len" };
  pw_arg o4 = { "n", PW_ARG_OUT, 1, 4, "u32", NULL };
  uint64_t raw[2] = { 0, 4 };
  pw_outval o;

  ck_assert_int_eq(pw_arg_out(v, &ob, raw, &o), 0);
  ck_assert_uint_eq(o.len, 3);
  ck_assert_mem_eq(o.bytes, "abc", 3);
  raw[0] = 12;
  ck_assert_int_eq(pw_arg_out(v, &o4, raw, &o), 0);
  ck_assert_uint_eq(o.num, 7);
  raw[0] = 13;
  ck_assert_int_eq(pw_arg_out(v, &o4, raw, &o), -1);
  raw[0] = 0xFFFFFFFFu;
  ck_assert_int_eq(pw_arg_out(v, &o4, raw, &o), -1);
  mem[4] = 0xff;                       /* length past memory */
  raw[0] = 0;
  ck_assert_int_eq(pw_arg_out(v, &ob, raw, &o), 0);
  ck_assert_ptr_null(o.bytes);
}
END_TEST

static Suite *glue_suite(void)
{
  Suite *s = suite_create("glue");
  TCase *in = tcase_create("in"), *out = tcase_create("out");
  TCase *bytes = tcase_create("bytes"), *tab = tcase_create("tables");

  tcase_add_checked_fixture(in, setup, teardown);
  tcase_add_checked_fixture(out, setup, teardown);
  tcase_add_checked_fixture(bytes, setup, teardown);
  tcase_add_checked_fixture(tab, setup, teardown);
  tcase_add_test(in, log_in_bounds);
  tcase_add_test(in, log_past_end);
  tcase_add_test(in, log_wrapping);
  tcase_add_test(in, log_empty_at_end);
  tcase_add_test(in, log_bad_level);
  tcase_add_test(in, headers_type_range);
  tcase_add_test(in, enum_checked_before_memory);
  tcase_add_test(in, grpc_status_invalid_code);
  tcase_add_test(in, s64_argument);
  tcase_add_test(out, out_u32_written_le);
  tcase_add_test(out, out_u32_past_end);
  tcase_add_test(out, out_u64);
  tcase_add_test(out, out_not_written_on_error);
  tcase_add_test(out, out_enum_and_flags);
  tcase_add_test(out, alignment_option);
  tcase_add_test(out, trap_option);
  tcase_add_test(bytes, bytes_out);
  tcase_add_test(bytes, bytes_out_empty);
  tcase_add_test(bytes, bytes_out_alloc_zero);
  tcase_add_test(bytes, bytes_out_alloc_oob);
  tcase_add_test(bytes, bytes_out_alloc_trap);
  tcase_add_test(bytes, bytes_out_memory_grows);
  tcase_add_test(bytes, bytes_out_pointer_checked_first);
  tcase_add_test(bytes, unimplemented_op_traps);
  tcase_add_test(tab, import_table);
  tcase_add_test(tab, hostcall_hook);
  tcase_add_test(tab, export_callers);
  tcase_add_test(tab, variant_names);
  tcase_add_test(tab, arg_tables);
  tcase_add_test(tab, arg_walk);
  tcase_add_test(tab, arg_out_reads);
  suite_add_tcase(s, in);
  suite_add_tcase(s, out);
  suite_add_tcase(s, bytes);
  suite_add_tcase(s, tab);
  return s;
}

int main(void)
{
  SRunner *sr = srunner_create(glue_suite());
  int failed;

  srunner_run_all(sr, CK_NORMAL);
  failed = srunner_ntests_failed(sr);
  srunner_free(sr);
  return failed ? 1 : 0;
}
