#!/bin/sh
# Tests of `pwabi` (runtimes/cli): run.sh [BUILD], from the repository root.
# Needs $BUILD/pwabi, $BUILD/hosts/reference.so and the test modules in
# $BUILD/wasm/runtimes/cli/tests.  Prints one TAP-like line per check and
# exits 1 when any failed.
set -u
B=${1:-build}
PW=$B/pwabi
W=$B/wasm/runtimes/cli/tests
T=runtimes/cli/tests
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
OUT=$TMP/out
ERR=$TMP/err
n=0
fails=0

pass() { n=$((n + 1)); echo "ok $n - $1"; }
fail() {
  n=$((n + 1)); fails=$((fails + 1)); echo "not ok $n - $1"
  shift
  for l in "$@"; do echo "#   $l"; done
  echo "#   --- stdout"; sed 's/^/#   /' "$OUT" | head -40
  echo "#   --- stderr"; sed 's/^/#   /' "$ERR" | head -10
}

# pw RC ARGS...: run pwabi, stdout in $OUT and stderr in $ERR; true when
# it exits RC.  The test modules have no version marker: `run` assumes
# the seed's version ($ABI; empty: no --abi).
ABI=v1alpha
pw() {
  want=$1; shift
  if [ "$1" = run ] && [ -n "$ABI" ]; then
    shift
    set -- run --abi "$ABI" "$@"
  fi
  "$PW" "$@" >"$OUT" 2>"$ERR"
  got=$?
  [ "$got" -eq "$want" ] || { why="exit $got, not $want"; return 1; }
}

# has FILE STRING: a line contains STRING (fixed).
has() { grep -F -q -- "$2" "$1" || { why="no '$2' in $1"; return 1; }; }
hasnt() { ! grep -F -q -- "$2" "$1" || { why="'$2' in $1"; return 1; }; }
# line FILE ERE: a whole line matches.
line() { grep -E -x -q -- "$2" "$1" || { why="no line ~ /$2/"; return 1; }; }
# count FILE STRING N: exactly N lines start with STRING.
count() {
  c=$(awk -v s="$2" 'index($0, s) == 1 { k++ } END { print k + 0 }' "$1")
  [ "$c" -eq "$3" ] || { why="$c lines start with '$2', not $3"; return 1; }
}
# in_order FILE STRING...: lines containing each STRING, in this order.
in_order() {
  f=$1; shift
  printf '%s\n' "$@" >"$TMP/pats"
  why=$(awk 'NR == FNR { p[++np] = $0; next }
             k < np && index($0, p[k + 1]) { k++ }
             END { if (k < np) print "not in order: " p[k + 1] }' \
        "$TMP/pats" "$f")
  [ -z "$why" ]
}

# follows FILE A B: the line after the first line starting with A starts
# with B.
follows() {
  awk -v a="$2" -v b="$3" 'f { ok = index($0, b) == 1; exit }
       index($0, a) == 1 { f = 1 } END { exit !ok }' "$1" ||
  { why="'$3' does not follow '$2'"; return 1; }
}

check() {  # check NAME COMMAND...: pass when the command list is true
  name=$1; shift
  why=""
  if "$@"; then pass "$name"; else fail "$name" "$why"; fi
}

for f in "$PW" "$B/hosts/reference.so" "$W/filter.wasm"; do
  if [ ! -e "$f" ]; then
    echo "not ok - $f is missing: nothing can be run"
    exit 1
  fi
done

ENGINES=$("$PW" engines | awk '{ print $1 }')

# --- the default scenario, on every engine -------------------------------
PATH_ARGS='key=":path", value=@0x40/@0x44=>"/") = ok'
default_ok() {
  pw 0 run --engine "$1" "$W/filter.wasm" && in_order "$OUT" \
    '> proxy_on_start(' \
    '  < proxy_set_tick_period_milliseconds(period_millis=250) = ok' \
    '> proxy_on_configure(' \
    '  < proxy_log(level=info, message="configured") = ok' \
    '> proxy_on_request_headers(' \
    "  < proxy_get_header_map_value(headers_type=request_headers, $PATH_ARGS" \
    '    > malloc(1) = 4096' \
    '  < proxy_log(level=info, message="hi") = ok' \
    '> proxy_on_request_body(' \
    '> proxy_on_response_headers(' \
    '> proxy_on_response_body(' \
    '> proxy_on_done(' \
    '> proxy_on_tick(' \
    '  < proxy_log(level=info, message="tick") = ok' \
    '== state' &&
  line "$OUT" '> proxy_on_start\([0-9]+, 0\) = 1' &&
  line "$OUT" '> proxy_on_configure\([0-9]+, 0\) = 1' &&
  line "$OUT" '> proxy_on_request_headers\([0-9]+, 3\) = 0' &&
  line "$OUT" '> proxy_on_request_body\([0-9]+, 5, 1\) = 0' &&
  line "$OUT" '> proxy_on_response_headers\([0-9]+, 1\) = 0' &&
  line "$OUT" '> proxy_on_response_body\([0-9]+, 5, 1\) = 0' &&
  line "$OUT" '> proxy_on_done\([0-9]+\) = 1' &&
  line "$OUT" '> proxy_on_log\([0-9]+\)' &&
  line "$OUT" '> proxy_on_delete\([0-9]+\)' &&
  line "$OUT" '> proxy_on_tick\([0-9]+\)' &&
  count "$OUT" '> proxy_on_tick(' 1 &&
  has "$OUT" 'log info: hi' &&
  cp "$OUT" "$TMP/default.$1"
}
first=""
for e in $ENGINES; do
  check "default scenario on $e" default_ok "$e"
  first=${first:-$e}
done
for e in $ENGINES; do
  [ "$e" = "$first" ] && continue
  check "same transcript on $first and $e" \
    cmp -s "$TMP/default.$first" "$TMP/default.$e"
done
check "no --engine: the default engine, same transcript" \
  eval 'pw 0 run "$W/filter.wasm" && cmp -s "$OUT" "$TMP/default.$first"'

check "the embedded default scenario is default.lua" eval '
  pw 0 run --scenario runtimes/cli/default.lua "$W/filter.wasm" &&
  cmp -s "$OUT" "$TMP/default.$first"'
check "--options reach the host (close_order=log_done_delete)" eval '
  pw 0 run --options close_order=log_done_delete "$W/filter.wasm" &&
  follows "$OUT" "> proxy_on_response_body(" "> proxy_on_log(" &&
  follows "$OUT" "> proxy_on_log(" "> proxy_on_done(" &&
  pw 0 run "$W/filter.wasm" &&
  follows "$OUT" "> proxy_on_response_body(" "> proxy_on_done("'
check "--vm-id reaches the host" eval '
  pw 0 run --vm-id my_vm_42 "$W/filter.wasm" &&
  in_order "$OUT" "== state" "my_vm_42"'

check "the state: the host dump, then each context's maps and buffers" eval '
  pw 0 run "$W/filter.wasm" && in_order "$OUT" "== state" \
    "== context 1 at end" "== context 2 at close" \
    "map request_headers: 3 pairs" "  \":path\": \"/\"" \
    "map response_headers: 1 pairs" \
    "buffer http_request_body: 5 bytes, flags 1" "  \"hello\"" &&
  count "$OUT" "== context " 2'
check "a module that exports nothing: nothing called is said, exit 0" eval '
  pw 0 run "$W/empty.wasm" && has "$OUT" "== nothing called:" &&
  has "$ERR" "empty.wasm: nothing was called"'

# --- scenario files ------------------------------------------------------
check "custom scenario drives its own sequence" eval '
  pw 0 run --scenario "$T/custom.lua" "$W/filter.wasm" &&
  has "$OUT" "custom: headers 2" && has "$OUT" "custom: done" &&
  has "$OUT" "value=@0x40/@0x44=>\"/custom\") = ok" &&
  count "$OUT" "> proxy_on_tick(" 2 &&
  in_order "$OUT" "custom: headers 2" "> proxy_on_tick(" "custom: done"'
check "the rest of the API: callouts, queues, metrics, shared data, L4" eval '
  pw 0 run --scenario "$T/api.lua" "$W/api.wasm" &&
  has "$OUT" "api: all expects held" &&
  in_order "$OUT" "> proxy_on_request_headers(" "  < proxy_http_call(" \
    "> proxy_on_http_call_response(" "> proxy_on_queue_ready(" \
    "data=@0xd4/@0xd8=>\"item\") = ok" "> proxy_on_new_connection(" &&
  line "$OUT" "> proxy_on_downstream_connection_close\([0-9]+, 2\)"'
check "a failed expect exits 1 with file:line, state still dumped" eval '
  pw 1 run --scenario "$T/expect_fail.lua" "$W/filter.wasm" &&
  has "$ERR" "expect_fail.lua:3: expect failed: one is not two" &&
  hasnt "$OUT" "not reached" && has "$OUT" "== state"'
check "a Lua error exits 2 with file:line" eval '
  pw 2 run --scenario "$T/lua_error.lua" "$W/filter.wasm" &&
  has "$ERR" "lua_error.lua:3:"'
check "driver misuse is a scenario error (2)" eval '
  pw 2 run --scenario "$T/misuse.lua" "$W/filter.wasm" &&
  has "$ERR" "misuse.lua:2: close:"'
check "a scenario that does not compile exits 2" eval '
  printf "vm_start(\n" >"$TMP/syntax.lua" &&
  pw 2 run --scenario "$TMP/syntax.lua" "$W/filter.wasm" &&
  has "$ERR" "syntax.lua:" && hasnt "$OUT" "proxy_on_start"'
check "a missing scenario file exits 2" eval '
  pw 2 run --scenario "$TMP/none.lua" "$W/filter.wasm" &&
  has "$ERR" "none.lua"'
check "binary-safe header values" eval '
  pw 0 run --scenario "$T/binary.lua" "$W/binary.wasm" &&
  has "$OUT" "binary: round trip ok" &&
  has "$OUT" "< proxy_log(level=info, message=\"a\\x00b\\xff\") = ok"'

# --- exit 1: the guest's fault -------------------------------------------
for e in $ENGINES; do
  check "trap on $e: exit 1 naming the export" eval '
    pw 1 run --engine "$e" "$W/trap.wasm" &&
    line "$OUT" "> proxy_on_request_headers\([0-9]+, 3\) = trap" &&
    has "$OUT" "  ! trap in proxy_on_request_headers: unreachable" &&
    has "$ERR" "proxy_on_request_headers" &&
    hasnt "$OUT" "proxy_on_request_body"'
done
check "an invalid callback result: exit 1" eval '
  pw 1 run "$W/badresult.wasm" &&
  line "$OUT" "> proxy_on_request_headers\([0-9]+, 3\) = 7 \(invalid\)" &&
  has "$ERR" "request_headers: abi"'

# --- exit 2: usage and load errors ---------------------------------------
printf 'not wasm at all' >"$TMP/text.wasm"
printf '\000asm\001\000\000\000\001\005\001' >"$TMP/short.wasm"
check "malformed wasm (text): exit 2" eval '
  pw 2 run "$TMP/text.wasm" && has "$ERR" "pwabi: $TMP/text.wasm: "'
check "malformed wasm (truncated): exit 2" eval '
  pw 2 run "$TMP/short.wasm" && has "$ERR" "pwabi: $TMP/short.wasm: "'
check "missing import: exit 2 naming module.name" eval '
  pw 2 run "$W/missing.wasm" && has "$ERR" "env.proxy_no_such_call"'
check "signature mismatch: exit 2 naming module.name" eval '
  pw 2 run "$W/badsig.wasm" && has "$ERR" "env.proxy_log" &&
  has "$ERR" "signature"'
check "missing module file: exit 2" eval '
  pw 2 run "$TMP/nope.wasm" && has "$ERR" "nope.wasm"'
check "unknown flag: exit 2" eval '
  pw 2 run --bogus "$W/filter.wasm" && has "$ERR" "unknown flag" &&
  has "$ERR" "--bogus"'
check "flag without value: exit 2" eval '
  pw 2 run "$W/filter.wasm" --engine && has "$ERR" "--engine needs a value"'
check "flags after the module; --engine=NAME" eval '
  pw 0 run "$W/filter.wasm" --engine="$first" &&
  cmp -s "$OUT" "$TMP/default.$first"'
check "two modules: exit 2" eval '
  pw 2 run "$W/filter.wasm" "$W/trap.wasm" && has "$ERR" "unexpected"'
check "unknown engine: exit 2" eval '
  pw 2 run --engine nosuch "$W/filter.wasm" && has "$ERR" "nosuch"'
check "no module: exit 2" eval 'pw 2 run'
check "unknown command: exit 2" eval 'pw 2 frobnicate'
check "host plugin not loadable: exit 2" eval '
  pw 2 run --host "$TMP/none.so" "$W/filter.wasm" && has "$ERR" "none.so"'
check "PWABI_HOST is the default host" eval '
  PWABI_HOST=$TMP/env.so pw 2 run "$W/filter.wasm" && has "$ERR" "env.so"'
check "a shared object without pwabi_host: exit 2" eval '
  libc=$(ldd "$PW" | awk "/libc\\.so/ { print \$3 }") &&
  pw 2 run --host "$libc" "$W/filter.wasm" && has "$ERR" "pwabi_host"'
cat >"$TMP/future.c" <<'EOF'
#include "host.h"
static pw_host *create(const pw_host_args *a, pw_err *e)
{ (void)a; (void)e; return NULL; }
static const pw_host_plugin p = { "future", "v9", "", create };
const pw_host_plugin *pwabi_host(void) { return &p; }
EOF
check "a host of an unknown ABI version: exit 2" eval '
  ${CC:-cc} -shared -fPIC -Iruntimes/core -Igenerated \
    "$TMP/future.c" -o "$TMP/future.so" &&
  pw 2 run --host "$TMP/future.so" "$W/filter.wasm" &&
  has "$ERR" "host ABI '"'"'v9'"'"' is not one this pwabi knows"'
# A host of our own, without a VM: its events print as one line each, and
# what it does not implement is a scenario error.
cat >"$TMP/tiny.c" <<'EOF'
#include <stdlib.h>
#include "host.h"
struct pw_host { pw_observer observe; void *ud; };
static pw_host *create(const pw_host_args *a, pw_err *e)
{
  pw_host *h = calloc(1, sizeof *h);
  (void)e;
  h->observe = a->observe;
  h->ud = a->observe_ud;
  return h;
}
static void destroy(pw_host *h) { free(h); }
static int vm_start(pw_host *h, const char *id, pw_bytes c, uint32_t *root,
                    uint32_t *ret)
{
  pw_event ev = {0};
  (void)id; (void)c;
  ev.kind = PW_EV_LOG;
  ev.name = "proxy_log";
  ev.text = "two\nlines";
  ev.has_result = 1;
  ev.result = 3;
  h->observe(h->ud, &ev);
  *root = 7;
  *ret = 1;
  return PW_DRV_OK;
}
static void dump(pw_host *h, FILE *f) { (void)h; fputs("tiny state\n", f); }
static pw_host_plugin p = { "tiny", "v1alpha", "" };
const pw_host_plugin *pwabi_host(void)
{
  p.create = create; p.destroy = destroy; p.vm_start = vm_start;
  p.dump = dump;
  return &p;
}
EOF
printf 'local r = vm_start()\nexpect(r == 7, "root")\n' >"$TMP/tiny.lua"
printf 'vm_start()\nconfigure(7)\n' >"$TMP/tiny2.lua"
check "another host: one line per event; a missing op is exit 2" eval '
  ${CC:-cc} -shared -fPIC -Iruntimes/core -Igenerated \
    "$TMP/tiny.c" -o "$TMP/tiny.so" &&
  pw 0 run --host "$TMP/tiny.so" --scenario "$TMP/tiny.lua" \
    "$W/filter.wasm" &&
  line "$OUT" "log warn: two\\\\x0alines" &&
  has "$OUT" "== nothing called: the module exports none" &&
  in_order "$OUT" "log warn:" "== state" "tiny state" &&
  pw 2 run --host "$TMP/tiny.so" --scenario "$TMP/tiny2.lua" \
    "$W/filter.wasm" &&
  has "$ERR" "tiny2.lua:2: configure: the host does not implement it"'
# --- versions: the marker, --abi, hosts of one version --------------------
# noabi RC ARGS...: pw without the tests' --abi.
noabi() { ABI=; pw "$@"; r=$?; ABI=v1alpha; return $r; }
check "the marker chooses the version, printed first" eval '
  noabi 0 run "$W/marked.wasm" &&
  [ "$(head -1 "$OUT")" = "= abi: v0_2_1 (marker proxy_abi_version_0_2_1)" ] &&
  has "$OUT" "> proxy_on_request_headers(2, 3, 0) = 0" &&
  pw 0 run "$W/marked.wasm" && has "$OUT" "= abi: v0_2_1 (marker"'
check "no marker and no --abi: exit 2, no exports like one" eval '
  noabi 2 run "$W/filter.wasm" &&
  has "$ERR" "no ABI version marker among its exports (named like one: none)" &&
  has "$ERR" "--abi NAME says which version to assume (" &&
  [ ! -s "$OUT" ]'
check "no marker: the exports named like one are named" eval '
  noabi 2 run "$W/lookalike.wasm" &&
  has "$ERR" "(named like one: proxy_abi_version_0_2_1 (not a function), proxy_abi_version_9_9_9)"'
check "--abi NAME: the version of an unmarked module" eval '
  pw 0 run "$W/filter.wasm" &&
  [ "$(head -1 "$OUT")" = "= abi: v1alpha (--abi)" ] &&
  noabi 2 run --abi nosuch "$W/filter.wasm" &&
  has "$ERR" "--abi: no version '"'"'nosuch'"'"'"'
check "a host of one version refuses a module of another" eval '
  noabi 2 run --host "$TMP/tiny.so" "$W/marked.wasm" &&
  has "$ERR" "ABI v0_2_1, but host '"'"'tiny'"'"' serves v1alpha"'
# --- a C guest of every version: the default scenario, no ABI error -------
# any_guest.lua writes it from the version's .def; clang builds it against
# the version's guest header.
VERSIONS=$(sed -n 's/^PW_VERSIONS := //p' generated/versions.mk)
for v in $VERSIONS; do
  def=$(ls generated/$v/*_abi.def)
  lua5.4 "$T/any_guest.lua" "$def" > "$TMP/$v.c" &&
  clang --target=wasm32-unknown-unknown -nostdlib -Wl,--no-entry -O1 \
    -Wall -Wextra -Werror -Wno-unused-parameter -Igenerated/$v \
    "$TMP/$v.c" -o "$TMP/$v.wasm"
  for e in $ENGINES; do
    check "a C guest of $v on $e: the default scenario runs clean" eval '
      pw 0 run --engine '"$e"' --abi '"$v"' "$TMP/'"$v"'.wasm" &&
      has "$OUT" "= abi: '"$v"'" && has "$OUT" "log info: configured" &&
      has "$OUT" "request_headers(2, 3" && hasnt "$OUT" "(invalid)" &&
      hasnt "$OUT" "! trap" && [ ! -s "$ERR" ]'
  done
done
# --- budgets: a guest that never returns is stopped ----------------------
for e in $ENGINES; do
  check "a looping guest on $e: exit 1, a timeout trap" eval '
    pw 1 run --engine '"$e"' --timeout-ms 200 "$W/loop.wasm" &&
    has "$OUT" "! trap in proxy_on_configure: timeout: the call ran past its budget of 200 ms of CPU time" &&
    has "$OUT" "== state"'
done
check "the default budget stops it too; --timeout-ms is checked" eval '
  pw 1 run "$W/loop.wasm" && has "$OUT" "budget of 1000 ms" &&
  pw 2 run --timeout-ms -5 "$W/loop.wasm" &&
  has "$ERR" "--timeout-ms: not a number of milliseconds"'
check "run --help documents the budget" eval '
  pw 0 run --help && has "$OUT" "--timeout-ms MS      CPU milliseconds per guest call"'
# --- start-up: _initialize runs first, host calls restricted --------------
check "a restricted call in _initialize: exit 1, as a start trap" eval '
  pw 1 run "$W/startup.wasm" &&
  has "$OUT" "> _initialize() = trap" &&
  has "$OUT" "restricted_callback: proxy_get_property during start-up" &&
  has "$ERR" "trap in _initialize: restricted_callback: proxy_get_property during start-up"'

# --- a run that did little is not a clean run of nothing -----------------
check "no allocator, no callback: two warnings, exit still 0" eval '
  pw 0 run "$W/nothing.wasm" &&
  has "$ERR" "pwabi: warning: $W/nothing.wasm: nothing was called: the module exports none of the callbacks the scenario fired" &&
  has "$ERR" "pwabi: warning: $W/nothing.wasm exports no allocator (malloc, proxy_on_memory_allocate)" &&
  pw 0 run "$W/filter.wasm" && [ ! -s "$ERR" ]'
check "unknown host option: exit 2" eval '
  pw 2 run --options no_such_option=1 "$W/filter.wasm"'

check "a refused host call names the argument the glue refused" eval '
  pw 0 run "$W/rejected.wasm" &&
  has "$OUT" "< proxy_log(level=9?, message=\"\\x00\") = bad_argument (rejected proxy_log.level)" &&
  has "$OUT" "= invalid_memory_access (rejected proxy_log.message)" &&
  has "$OUT" "buf={\"a\": \"b\"} <malformed pairs: trailing bytes>"'

# --- the cheap commands --------------------------------------------------
check "--help: usage on stdout, exit 0" eval '
  pw 0 --help && has "$OUT" "usage: pwabi run" &&
  pw 0 run --help && has "$OUT" "--scenario" &&
  has "$OUT" "--options of host"'
check "engines lists wasm2c and interp" eval '
  pw 0 engines && has "$OUT" "wasm2c" && has "$OUT" "interp"'
check "version" eval 'pw 0 version && has "$OUT" "pwabi " &&
  has "$OUT" "v1alpha"'

echo "1..$n"
[ "$fails" -eq 0 ] || { echo "$fails of $n failed"; exit 1; }
