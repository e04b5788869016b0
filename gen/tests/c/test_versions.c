/*
 * The glue of every version in the registry, driven by its argument tables
 * against a fake memory: each pointer, length and enum of each import is
 * refused on its own (bounds, a wrapping ptr+len, a value of no variant),
 * in the version's own status numbering and naming the refused argument;
 * wire values reach the one ops table as canonical values by name (the
 * renumbered map types); canonical statuses a version lacks come back as
 * its internal_failure; callers skip what a version does not export.
 * WASI imports (iovec lists, filled spans, arrays) answer errno under both
 * module names, and proc_exit traps.
 */
#include <check.h>
#include <stdlib.h>
#include <string.h>

#include "args.h"
#include "engine.h"
#include "pw_host.h"
#include "versions.h"

#define MEM_SIZE 65536u

static uint8_t MEM[MEM_SIZE];
static pw_env E;
static pw_host_ops OPS;
static uint32_t seen_map;        /* what the map op received */
static const char *refused;      /* what the glue refused, seen in the hook */
static pw_wasm_result_t reply;   /* what it returns */

static uint8_t *f_memory(void *ctx, uint64_t *size)
{
  (void)ctx;
  *size = MEM_SIZE;
  return MEM;
}

static uint32_t alloc_at = 0x100;  /* what the guest allocator answers */

static int f_alloc(void *ctx, uint32_t n, uint32_t *addr)
{
  (void)ctx;
  (void)n;
  *addr = alloc_at;
  return PW_CALL_OK;
}

static int f_call(void *ctx, int id, const uint64_t *args, uint64_t *res)
{
  (void)ctx;
  (void)id;
  (void)args;
  res[0] = 0;
  return PW_CALL_OK;
}

static const pw_engine_if FAKE_IF = { f_memory, f_alloc, f_call };

/* Never called: refused calls return before the op. */
static void not_called(void)
{
  ck_abort_msg("an op ran although an argument was refused");
}

static void fill_ops(void)
{
  void (*f)(void) = not_called;

  for (size_t at = 0; at + sizeof f <= sizeof OPS; at += sizeof f)
    memcpy((char *)&OPS + at, &f, sizeof f);
}

/* The env's hook (pwabi_rt.h): what the glue refused, seen as the vm's
   observer sees it. */
static uint32_t hook(pw_env *e, const pw_import *imp, const uint64_t *args)
{
  uint32_t status;

  e->rejected = NULL;
  status = imp->entry(e, args);
  refused = e->rejected;
  return status;
}

/* An entry called as an engine calls it, with the fake memory. */
static uint32_t enter(const pw_import *im, const uint64_t *raw)
{
  return pw_import_call(&E, im, raw, MEM, MEM_SIZE);
}

static void put32(uint32_t at, uint32_t v)
{
  memcpy(MEM + at, &v, 4);   /* little-endian hosts only, like the glue */
}

static void setup(void)
{
  memset(MEM, 0, sizeof MEM);
  put32(0x200, MEM_SIZE - 2);   /* iovec 0x200: 4 bytes past the end */
  put32(0x204, 4);
  put32(0x208, 0xFFFFFFF0u);    /* iovec 0x208: address + length wraps */
  put32(0x20C, 0x20);
  memset(&E, 0, sizeof E);
  E.eng = &FAKE_IF;
  E.ops = &OPS;
  E.hook = hook;
  fill_ops();
}

/* Raw values where every argument is valid. */
static size_t valid_args(const pw_import *im, uint64_t *raw)
{
  size_t n = 0;

  for (size_t i = 0; i < im->nargs; i++) {
    const pw_arg *a = &im->args[i];
    if (a->kind == PW_ARG_ENUM || a->kind == PW_ARG_FLAGS)
      raw[n] = 0;
    else
      raw[n] = a->width == 2 || a->kind == PW_ARG_OUT ? 64 : 1;
    if (a->width == 2)
      raw[n + 1] = a->kind == PW_ARG_OUT_BYTES ? 128 : 4;
    n += a->width;
  }
  return n;
}

static uint32_t status_of(const pw_version *v, const char *name)
{
  long long s = pw_variant_value(v->abi, v->abi->status_type, name);

  ck_assert_int_ge(s, 0);
  return (uint32_t)s;
}

/* WASI imports answer in errno: a refusal's word there. */
static int is_wasi(const pw_import *im)
{
  return im->status != NULL && strcmp(im->status, "wasi_errno") == 0;
}

static uint32_t errno_of(const pw_version *v, const char *name)
{
  long long s = pw_variant_value(v->abi, "wasi_errno", name);

  ck_assert_int_ge(s, 0);
  return (uint32_t)s;
}

static uint32_t refusal(const pw_version *v, const pw_import *im,
                        const char *status)
{
  if (!is_wasi(im))
    return status_of(v, status);
  return errno_of(v, strcmp(status, "bad_argument") == 0 ? "inval"
                                                         : "fault");
}

/* Refuse argument i of im with raw values `bad`; check the answer. */
static void refuse(const pw_version *v, const pw_import *im, size_t i,
                   const uint64_t *bad, const char *status)
{
  uint64_t raw[32];
  char item[160];
  size_t at = 0;

  valid_args(im, raw);
  for (size_t k = 0; k < i; k++)
    at += im->args[k].width;
  memcpy(raw + at, bad, im->args[i].width * sizeof *raw);
  snprintf(item, sizeof item, "%s.%s", im->name, im->args[i].name);
  refused = NULL;
  ck_assert_msg(enter(im, raw) == refusal(v, im, status), "%s %s: %s",
                v->name, item, status);
  ck_assert_ptr_nonnull(refused);
  if (im->args[i].kind != PW_ARG_OUT_BYTES || bad[0] != 64)
    ck_assert_str_eq(refused, item);
}

static void refuse_each(const pw_version *v, const pw_import *im, size_t i)
{
  static const uint64_t past[2] = { MEM_SIZE - 2, 4 };
  static const uint64_t wrap[2] = { 0xFFFFFFF0u, 0x20 };
  static const uint64_t out_past[2] = { 64, MEM_SIZE - 2 };
  static const uint64_t no_variant[1] = { 0xFFFFu };
  static const uint64_t bad_bit[1] = { 0x80000000u };
  static const uint64_t count_wraps[2] = { 0x10, 0x20000000u };
  static const uint64_t piece_out[2] = { 0x200, 1 };
  static const uint64_t piece_wraps[2] = { 0x208, 1 };
  static const uint64_t array_past[1] = { MEM_SIZE + 1 };
  const pw_arg *a = &im->args[i];

  switch (a->kind) {
  case PW_ARG_IOVECS:   /* the list, 8*count, then each piece */
    refuse(v, im, i, past, "invalid_memory_access");
    refuse(v, im, i, wrap, "invalid_memory_access");
    refuse(v, im, i, count_wraps, "invalid_memory_access");
    refuse(v, im, i, piece_out, "invalid_memory_access");
    refuse(v, im, i, piece_wraps, "invalid_memory_access");
    break;
  case PW_ARG_FILL:
    refuse(v, im, i, past, "invalid_memory_access");
    refuse(v, im, i, wrap, "invalid_memory_access");
    break;
  case PW_ARG_ARRAY: refuse(v, im, i, array_past, "invalid_memory_access");
    break;
  case PW_ARG_BYTES: case PW_ARG_PAIRS: case PW_ARG_PATH:
    refuse(v, im, i, past, "invalid_memory_access");
    refuse(v, im, i, wrap, "invalid_memory_access");
    break;
  case PW_ARG_OUT: case PW_ARG_OUT_BYTES:
    refuse(v, im, i, past, "invalid_memory_access");
    if (a->kind == PW_ARG_OUT_BYTES)
      refuse(v, im, i, out_past, "invalid_memory_access");
    break;
  case PW_ARG_ENUM: refuse(v, im, i, no_variant, "bad_argument"); break;
  case PW_ARG_FLAGS: refuse(v, im, i, bad_bit, "bad_argument"); break;
  default: break;
  }
}

START_TEST(every_argument_is_refused_alone)
{
  size_t checked = 0;

  for (const pw_version *v = pw_versions; v->name != NULL; v++)
    for (size_t k = 0; k < v->abi->nimports; k++)
      for (size_t i = 0; i < v->abi->imports[k].nargs; i++) {
        refuse_each(v, &v->abi->imports[k], i);
        checked++;
      }
  ck_assert_uint_gt(checked, 80);   /* v1alpha alone has 86 */
}
END_TEST

static pw_wasm_result_t map_size(void *host, pw_headers_type_t t,
                                 uint32_t *len)
{
  (void)host;
  seen_map = t;
  *len = 3;
  return reply;
}

static const pw_import *find_in(const pw_abi *abi, const char *module,
                                const char *name)
{
  for (size_t k = 0; k < abi->nimports; k++)
    if (strcmp(abi->imports[k].name, name) == 0
        && (module == NULL || strcmp(abi->imports[k].module, module) == 0))
      return &abi->imports[k];
  return NULL;
}

static const pw_import *find(const pw_abi *abi, const char *name)
{
  return find_in(abi, NULL, name);
}

/* Every version's map type named `name` reaches the op as `canon`. */
static void map_reaches(const char *name, uint32_t canon)
{
  for (const pw_version *v = pw_versions; v->name != NULL; v++) {
    const pw_import *im = find(v->abi, "proxy_get_header_map_size");
    long long wire = pw_variant_value(v->abi, "headers_type", name);
    uint64_t raw[2] = { 0, 64 };
    if (im == NULL || wire < 0)
      continue;
    raw[0] = (uint64_t)wire;
    seen_map = UINT32_MAX;
    reply = PW_WASM_RESULT_OK;
    ck_assert_uint_eq(enter(im, raw), status_of(v, "ok"));
    ck_assert_msg(seen_map == canon, "%s: %s arrives as %u, not %u",
                  v->name, name, seen_map, canon);
    ck_assert_uint_eq(MEM[64], 3);
  }
}

START_TEST(wire_values_arrive_canonical)
{
  OPS.proxy_get_header_map_size = map_size;
  map_reaches("request_headers", PW_HEADERS_TYPE_REQUEST_HEADERS);
  map_reaches("response_trailers", PW_HEADERS_TYPE_RESPONSE_TRAILERS);
  map_reaches("http_call_response_headers",
              PW_HEADERS_TYPE_HTTP_CALL_RESPONSE_HEADERS);
  map_reaches("http_call_response_trailers",
              PW_HEADERS_TYPE_HTTP_CALL_RESPONSE_TRAILERS);
  map_reaches("grpc_receive_initial_metadata",
              PW_HEADERS_TYPE_GRPC_RECEIVE_INITIAL_METADATA);
}
END_TEST

/* A canonical status the version has comes back in its numbering; one it
   lacks becomes its internal_failure. */
START_TEST(statuses_go_back_by_name)
{
  OPS.proxy_get_header_map_size = map_size;
  for (const pw_version *v = pw_versions; v->name != NULL; v++) {
    const pw_import *im = find(v->abi, "proxy_get_header_map_size");
    uint64_t raw[2] = { 0, 64 };
    if (im == NULL)
      continue;
    for (size_t i = 0; i < v->abi->nvariants; i++) {
      const pw_variant *x = &v->abi->variants[i];
      if (strcmp(x->type, v->abi->status_type) != 0)
        continue;
      reply = x->value;   /* statuses keep their numbers in every version */
      ck_assert_uint_eq(enter(im, raw), x->value);
    }
    reply = UINT32_C(0x7fff);
    ck_assert_uint_eq(enter(im, raw), status_of(v, "internal_failure"));
  }
}
END_TEST

static pw_wasm_result_t no_value(void *host, pw_headers_type_t t,
                                 pw_bytes key, pw_out *value)
{
  (void)host;
  (void)t;
  (void)key;
  (void)value;
  return PW_WASM_RESULT_NOT_FOUND;
}

static pw_wasm_result_t some_value(void *host, pw_headers_type_t t,
                                   pw_bytes key, pw_out *value)
{
  (void)host;
  (void)t;
  (void)key;
  return pw_out_set(value, "v", 1) ? PW_WASM_RESULT_INTERNAL_FAILURE
                                   : PW_WASM_RESULT_OK;
}

/* The guest allocator answering 0 or a range past memory: every version
   sees invalid_memory_access and nothing is written. */
START_TEST(allocator_failure_by_version)
{
  static const uint32_t bad[] = { 0, MEM_SIZE, 0xFFFFFFFFu };

  OPS.proxy_get_header_map_value = some_value;
  for (const pw_version *v = pw_versions; v->name != NULL; v++) {
    const pw_import *im = find(v->abi, "proxy_get_header_map_value");
    for (size_t k = 0; k < sizeof bad / sizeof bad[0]; k++) {
      uint64_t raw[5] = { 0, 16, 1, 64, 68 };
      alloc_at = bad[k];
      memset(MEM + 64, 0xAA, 8);
      ck_assert_uint_eq(enter(im, raw),
                        status_of(v, "invalid_memory_access"));
      ck_assert_uint_eq(MEM[64], 0xAA);
    }
    alloc_at = 0x100;
    ck_assert_uint_eq(enter(im, (uint64_t[5]){ 0, 16, 1, 64, 68 }),
                      status_of(v, "ok"));
    ck_assert_uint_eq(MEM[0x100], 'v');
  }
}
END_TEST

/* A missing header: 0.1.0's guests see ok and an empty value (its
   not_found_ok), every other version not_found. */
START_TEST(missing_header_by_version)
{
  OPS.proxy_get_header_map_value = no_value;
  for (const pw_version *v = pw_versions; v->name != NULL; v++) {
    const pw_import *im = find(v->abi, "proxy_get_header_map_value");
    uint64_t raw[5] = { 0, 16, 1, 64, 68 };
    int old = strcmp(v->name, "v0_1_0") == 0;
    memset(MEM + 64, 0xAA, 8);
    ck_assert_uint_eq(enter(im, raw),
                      status_of(v, old ? "ok" : "not_found"));
    ck_assert_uint_eq(MEM[64], old ? 0 : 0xAA);
    ck_assert_uint_eq(MEM[68], old ? 0 : 0xAA);
  }
}
END_TEST

/* A callback a version does not export is missing, not a crash. */
START_TEST(callers_know_their_version)
{
  for (const pw_version *v = pw_versions; v->name != NULL; v++) {
    E.callers = v->abi->callers;
    ck_assert_ptr_nonnull(E.callers);
    ck_assert_int_eq(pw_call_proxy_on_tick(&E, 1), PW_CALL_OK);
  }
  E.callers = NULL;
  ck_assert_int_eq(pw_call_proxy_on_tick(&E, 1), PW_CALL_MISSING);
}
END_TEST

static char written[32];
static uint32_t exited = UINT32_MAX;

static pw_wasi_errno_t fd_write(void *host, uint32_t fd, pw_iovecs iovs,
                                uint32_t *nwritten)
{
  size_t at = 0;

  (void)host;
  (void)fd;
  for (uint32_t i = 0; i < iovs.count; i++) {
    pw_bytes b = pw_iovec(&iovs, i);
    ck_assert_uint_le(at + b.len, sizeof written - 1);
    memcpy(written + at, b.ptr, b.len);
    at += b.len;
  }
  written[at] = '\0';
  *nwritten = (uint32_t)at;
  return (pw_wasi_errno_t)reply;
}

static void proc_exit(void *host, uint32_t rval)
{
  (void)host;
  exited = rval;
}

/* Every WASI import is served under wasi_snapshot_preview1 and
   wasi_unstable, answers errno, and reads its pieces in order; a host
   value of no errno becomes nosys. */
START_TEST(wasi_under_both_names)
{
  size_t served = 0;

  OPS.wasi_fd_write = fd_write;
  memcpy(MEM + 0x400, "abc", 3);
  memcpy(MEM + 0x410, "de", 2);
  put32(0x300, 0x400);
  put32(0x304, 3);
  put32(0x308, 0x410);
  put32(0x30C, 2);
  for (const pw_version *v = pw_versions; v->name != NULL; v++)
    for (size_t k = 0; k < v->abi->nimports; k++) {
      const pw_import *im = &v->abi->imports[k];
      uint64_t raw[4] = { 1, 0x300, 2, 0x500 };
      if (strcmp(im->module, "wasi_unstable") != 0)
        continue;
      served++;
      ck_assert_ptr_nonnull(find_in(v->abi, "wasi_snapshot_preview1",
                                    im->name));
      if (strcmp(im->name, "fd_write") != 0)
        continue;
      ck_assert_str_eq(im->status, "wasi_errno");
      reply = PW_WASI_ERRNO_SUCCESS;
      ck_assert_uint_eq(enter(im, raw), errno_of(v, "success"));
      ck_assert_str_eq(written, "abcde");
      ck_assert_uint_eq(MEM[0x500], 5);
      reply = UINT32_C(0x7fff);
      ck_assert_uint_eq(enter(im, raw), errno_of(v, "nosys"));
    }
  ck_assert_uint_eq(served, 4 * 15);   /* four versions with WASI */
}
END_TEST

/* proc_exit returns nothing: the op runs, then the call traps naming the
   status. */
START_TEST(proc_exit_traps)
{
  OPS.wasi_proc_exit = proc_exit;
  for (const pw_version *v = pw_versions; v->name != NULL; v++) {
    const pw_import *im = find(v->abi, "proc_exit");
    uint64_t raw[1] = { 7 };
    if (im == NULL)
      continue;
    ck_assert_ptr_null(im->status);
    ck_assert_str_eq(im->sig, "i:");
    E.trap = NULL;
    enter(im, raw);
    ck_assert_uint_eq(exited, 7);
    ck_assert_ptr_nonnull(E.trap);
    ck_assert_str_eq(E.trap, "proc_exit: does not return (rval=7)");
  }
}
END_TEST

int main(void)
{
  Suite *s = suite_create("versions");
  TCase *tc = tcase_create("glue");
  SRunner *sr;
  int failed;

  tcase_add_checked_fixture(tc, setup, NULL);
  tcase_add_test(tc, every_argument_is_refused_alone);
  tcase_add_test(tc, wire_values_arrive_canonical);
  tcase_add_test(tc, statuses_go_back_by_name);
  tcase_add_test(tc, callers_know_their_version);
  tcase_add_test(tc, missing_header_by_version);
  tcase_add_test(tc, allocator_failure_by_version);
  tcase_add_test(tc, wasi_under_both_names);
  tcase_add_test(tc, proc_exit_traps);
  suite_add_tcase(s, tc);
  sr = srunner_create(s);
  srunner_run_all(sr, CK_NORMAL);
  failed = srunner_ntests_failed(sr);
  srunner_free(sr);
  return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
