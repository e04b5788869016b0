/*
 * Reference host: named options ("k=v,k=v") for the points where real
 * hosts disagree.  The first value of each key is the default.
 */
#include <string.h>

#include "ref.h"

const char ref_options_help[] =
  "empty_map=null|count0        empty header map: ptr 0/len 0 (CH) or a\n"
  "                             4-byte count 0 (NGX, SDKs)\n"
  "bad_pairs=strict|empty       malformed guest pairs: bad_argument, or read\n"
  "                             as an empty list (CH)\n"
  "eos_flag=spec|never          get_buffer_status reports end_of_stream, or\n"
  "                             never (CH)\n"
  "cas0=unconditional|create_only  set_shared_data cas 0: always writes (CH)\n"
  "                             or only creates (NGX)\n"
  "cas_absent=create|mismatch   cas != 0 on a missing key: creates (CH) or\n"
  "                             cas_mismatch (NGX)\n"
  "close_order=done_log_delete|log_done_delete\n"
  "                             HTTP stream end: spec/NGX or Envoy order\n"
  "local_response=last|first|trap  a second send_local_response: replaces\n"
  "                             (Envoy), is ignored, or traps (NGX)\n"
  "bad_memory=status|trap       a bad guest pointer: invalid_memory_access\n"
  "                             (spec, CH) or a trap (NGX)\n"
  "alignment=any|natural        out-pointers need natural alignment (NGX)\n"
  "config_elsewhere=root|not_found  proxy_get_configuration outside on_start\n"
  "                             and the configuration callbacks: the root's\n"
  "                             plugin configuration (semantics.lua), or\n"
  "                             not_found\n"
  "log_level=info|trace|debug|warn|error|critical|off\n"
  "                             what proxy_get_log_level reports (off: 6,\n"
  "                             as Envoy can); every message is still logged\n"
  "splice=spec|envoy|kong       set_buffer_bytes ranges: any splice (spec),\n"
  "                             only prepend/append/replace-all (Envoy), or\n"
  "                             length 0 at start > 0 means the value's\n"
  "                             length (Kong)\n"
  "continue_l4=resume|envoy|kong  continue_stream(downstream/upstream):\n"
  "                             resumes, upstream is unimplemented (Envoy),\n"
  "                             or internal_failure (Kong)\n"
  "config_buffers=callback|envoy|any  buffers 6/7: only in their callbacks,\n"
  "                             6 at any time (Envoy), or both (Kong)\n"
  "restrict=cpp_host|none       host calls during start-up and in the\n"
  "                             allocator: only cpp-host's few (the others\n"
  "                             trap), or any (Kong records no limit)\n"
  "lacks=none|kong              kong: the imports Kong does not provide\n"
  "                             fail to link, the functions it has not\n"
  "                             implemented trap (ngx_wasm_module)\n";

/* Kong/ngx_wasm_module @ 3bed278 (abi-semantics.md 3.1): not exported
   (get_header_map_size, get_buffer_status), or exported with another
   signature (get_log_level takes two parameters there), so a module
   importing them fails to link... */
const char *const ref_kong_withheld[] = {
  "proxy_get_header_map_size", "proxy_get_buffer_status",
  "proxy_get_log_level", NULL
};

/* ...and exported, but a call traps as "not yet implemented". */
const char *const ref_kong_nyi[] = {
  "proxy_get_status", "proxy_done", "proxy_continue_response",
  "proxy_clear_route_cache", "proxy_close_stream",
  "proxy_resolve_shared_queue", "proxy_grpc_call", "proxy_grpc_stream",
  "proxy_grpc_send", "proxy_grpc_cancel", "proxy_grpc_close", NULL
};

typedef struct opt {
  const char *key;
  const char *values[8];     /* index = stored value */
  size_t off;
} opt;

#define OFF(f) offsetof(ref_opts, f)
static const opt OPTS[] = {
  {"empty_map", {"null", "count0"}, OFF(empty_map_count0)},
  {"bad_pairs", {"strict", "empty"}, OFF(bad_pairs_empty)},
  {"eos_flag", {"spec", "never"}, OFF(eos_never)},
  {"cas0", {"unconditional", "create_only"}, OFF(cas0_create_only)},
  {"cas_absent", {"create", "mismatch"}, OFF(cas_absent_mismatch)},
  {"close_order", {"done_log_delete", "log_done_delete"}, OFF(log_first)},
  {"local_response", {"last", "first", "trap"}, OFF(local_response)},
  {"bad_memory", {"status", "trap"}, OFF(bad_memory_trap)},
  {"alignment", {"any", "natural"}, OFF(aligned)},
  {"config_elsewhere", {"root", "not_found"}, OFF(config_not_found)},
  {"log_level", {"info", "trace", "debug", "warn", "error", "critical",
                 "off"}, OFF(log_level)},
  {"splice", {"spec", "envoy", "kong"}, OFF(splice)},
  {"continue_l4", {"resume", "envoy", "kong"}, OFF(continue_l4)},
  {"config_buffers", {"callback", "envoy", "any"}, OFF(config_buffers)},
  {"restrict", {"cpp_host", "none"}, OFF(unrestricted)},
  {"lacks", {"none", "kong"}, OFF(lacks)},
};
#define NOPTS (sizeof OPTS / sizeof OPTS[0])

static const opt *find_key(const char *k, size_t n)
{
  for (size_t i = 0; i < NOPTS; i++)
    if (strlen(OPTS[i].key) == n && memcmp(OPTS[i].key, k, n) == 0)
      return &OPTS[i];
  return NULL;
}

static int find_value(const opt *o, const char *v, size_t n)
{
  for (int i = 0; i < 8 && o->values[i]; i++)
    if (strlen(o->values[i]) == n && memcmp(o->values[i], v, n) == 0)
      return i;
  return -1;
}

static int one(ref_opts *ro, const char *s, size_t n, pw_err *err)
{
  const char *eq = memchr(s, '=', n);
  const opt *o = find_key(s, eq ? (size_t)(eq - s) : n);
  int v;

  if (o == NULL) {
    pw_errf(err, "reference: unknown option '%.*s' (see options_help)",
            (int)(eq ? eq - s : (long)n), s);
    return -1;
  }
  v = eq ? find_value(o, eq + 1, n - (size_t)(eq + 1 - s)) : -1;
  if (v < 0) {
    pw_errf(err, "reference: option %s: bad value in '%.*s'", o->key,
            (int)n, s);
    return -1;
  }
  *(int *)((char *)ro + o->off) = v;
  return 0;
}

/* Parse `s` (NULL or "" for the defaults) into o; -1 with err set. */
int ref_options(ref_opts *o, const char *s, pw_err *err)
{
  memset(o, 0, sizeof *o);
  while (s != NULL && *s) {
    size_t n = strcspn(s, ",");
    if (n > 0 && one(o, s, n, err) != 0)
      return -1;
    s += n + (s[n] == ',');
  }
  return 0;
}
