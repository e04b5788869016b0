#!/bin/sh
# Tests of `pwabi certify` itself, on its own small case tree
# (tests/cases), the bad host fixtures (runtimes/hosts/reference/fixtures)
# and malformed cases and profiles made here.
#
#   sh conformance/runner/tests/run.sh BUILD_DIR     (from the repository)
#
# Each bad host must be rejected with exactly the cases it breaks named.
set -u
B=${1:-build}
PWABI=${PWABI:-$B/pwabi}
T=conformance/runner/tests
TMP=$(mktemp -d "${TMPDIR:-/tmp}/certify-test.XXXXXX")
trap 'rm -rf "$TMP"' EXIT
fails=0 n=0

ok() { n=$((n + 1)); echo "ok $n - $1"; }
not_ok() { n=$((n + 1)); fails=$((fails + 1)); echo "not ok $n - $1"; }

# certify OUT ARGS...: runs the tool on the test tree; $rc, $OUT/stdout
certify() {
  out=$1; shift
  mkdir -p "$TMP/$out"
  "$PWABI" certify --cases $T/cases --wasm-dir "$B/wasm" \
    --no-coverage-gate --timeout 10 --out "$TMP/$out" "$@" \
    > "$TMP/$out/stdout" 2> "$TMP/$out/stderr"
  rc=$?
}

# failing OUT: the ids the summary names as FAIL or XPASS, one line
failing() {
  sed -n 's/^  \(FAIL\|XPASS\) \([^:]*\):.*/\2/p' "$TMP/$1/stdout" | sort |
    tr '\n' ' '
}

# expect_run NAME WANT_RC WANT_FAILING OUT
expect_run() {
  got=$(failing "$4")
  if [ "$rc" = "$2" ] && [ "$got" = "$3" ]; then
    ok "$1"
  else
    not_ok "$1: exit $rc (want $2), failing '$got' (want '$3')"
    sed 's/^/#   /' "$TMP/$4/stdout" "$TMP/$4/stderr"
  fi
}

# expect_error NAME PATTERN OUT: exit 2 and PATTERN on stderr
expect_error() {
  if [ "$rc" = 2 ] && grep -q -- "$2" "$TMP/$3/stderr"; then
    ok "$1"
  else
    not_ok "$1: exit $rc (want 2), stderr:"
    sed 's/^/#   /' "$TMP/$3/stderr"
  fi
}

FX=$B/hosts/fixtures
for e in $("$PWABI" engines | sed 's/ .*//'); do
  certify ref-$e --engine $e --host $B/hosts/reference.so
  expect_run "$e: the reference host passes" 0 "" ref-$e
  certify log-$e --engine $e --host $FX/silent_log.so
  expect_run "$e: silent_log fails t/log_ok only" 1 "t/log_ok " log-$e
  certify cas-$e --engine $e --host $FX/ignore_cas.so
  expect_run "$e: ignore_cas fails t/cas only" 1 "t/cas " cas-$e
  certify pairs-$e --engine $e --host $FX/pairs_count.so
  expect_run "$e: pairs_count fails t/pairs only" 1 "t/pairs " pairs-$e
  certify mem-$e --engine $e --host $FX/trap_bad_memory.so
  expect_run "$e: trap_bad_memory fails t/bad_ptr only" 1 "t/bad_ptr " \
    mem-$e
done

# The real suite: a bad host is caught by the cases of its area.
mkdir -p "$TMP/suite"
"$PWABI" certify --host $FX/silent_log.so --filter 'logging/*' \
  --engine interp \
  --wasm-dir "$B/wasm" --out "$TMP/suite" > "$TMP/suite/stdout" 2>&1
if [ $? = 1 ] &&
    grep -q '^  FAIL logging/log_levels@v1alpha: .*logs: expected' \
    "$TMP/suite/stdout"; then
  ok "suite: silent_log fails logging/log_levels (each version) on its logs"
else
  not_ok "suite: silent_log is not caught by logging/log_levels"
  sed 's/^/#   /' "$TMP/suite/stdout"
fi

# The profiles stay current: no case they list passes (XPASS).  Both run
# on the reference host, with the options each profile names.
for p in envoy:$B/hosts/reference.so kong:$B/hosts/reference.so; do
  mkdir -p "$TMP/p-${p%%:*}"
  "$PWABI" certify --profile "${p%%:*}" --host "${p#*:}" --engine interp \
    --wasm-dir "$B/wasm" --out "$TMP/p-${p%%:*}" > "$TMP/p-${p%%:*}/stdout" 2>&1
  if grep -q "XPASS 0" "$TMP/p-${p%%:*}/stdout" &&
      ! grep -q "XFAIL 0," "$TMP/p-${p%%:*}/stdout"; then
    ok "profile ${p%%:*}: its xfails fail, none passes"
  else
    not_ok "profile ${p%%:*} is not current"
    sed 's/^/#   /' "$TMP/p-${p%%:*}/stdout"
  fi
done

# A host without a feature (a NULL driver call) skips the cases needing it.
mkdir -p "$TMP/l4"
"$PWABI" certify --host $FX/no_l4.so --filter 'l4/*' --engine interp \
  --wasm-dir "$B/wasm" --out "$TMP/l4" > "$TMP/l4/stdout" 2>&1
if [ $? = 0 ] && grep -q "PASS 0, FAIL 0, SKIP [1-9]" "$TMP/l4/stdout" &&
    grep -q "^ok 1 - l4/.* # SKIP tcp_open: the host does not implement it" \
      "$TMP/l4/results.tap"; then
  ok "no_l4: the L4 cases are SKIP"
else
  not_ok "no_l4: the L4 cases are not SKIP"
  sed 's/^/#   /' "$TMP/l4/stdout"
fi

# A failure names step, field, expected and observed.
if grep -q "^  FAIL t/cas: step 2 (configure): calls\[2\]: expected \
proxy_set_shared_data cas_mismatch, observed proxy_set_shared_data ok$" \
    "$TMP/cas-interp/stdout"; then
  ok "a FAIL names step, field, expected and observed"
else
  not_ok "the FAIL line of t/cas is not as expected"
fi

# Reports: all four, in the --out directory.
for f in results.tap junit.xml results.json certificate.md; do
  if [ -s "$TMP/cas-interp/$f" ]; then ok "report $f written"
  else not_ok "report $f missing"; fi
done
grep -q '^not ok [0-9]* - t/cas$' "$TMP/cas-interp/results.tap" &&
  grep -q '<failure message="step 2 (configure): calls\[2\]' \
    "$TMP/cas-interp/junit.xml" &&
  grep -q '"id": "t/cas", "result": "FAIL"' "$TMP/cas-interp/results.json" &&
  grep -q '^- \*\*FAIL\*\* `t/cas`, step 2 (configure)' \
    "$TMP/cas-interp/certificate.md" &&
  ok "every report names the failing case" ||
  not_ok "a report does not name the failing case"

# A case that never returns is its own failure; the run goes on.  Without
# a budget per call (--timeout-ms 0) the child is killed (--timeout).
mkdir -p "$TMP/hang"
"$PWABI" certify --cases $T/hang --wasm-dir "$B/wasm" --no-coverage-gate \
  --host $B/hosts/reference.so --timeout-ms 0 \
  --timeout 2 --out "$TMP/hang" > "$TMP/hang/stdout" 2>&1
if [ $? = 1 ] && grep -q '^  FAIL t/loop: step (process): .*timeout' \
    "$TMP/hang/stdout"; then
  ok "a hanging case fails on the timeout"
else
  not_ok "a hanging case is not reported as a timeout"
  sed 's/^/#   /' "$TMP/hang/stdout"
fi

# Versions: each case's module is bound to the case's abi, else its
# marker, else --abi, else the version without a marker; TAP says which.
# in_tree DIR OUT ARGS...: certify the cases under $T/DIR.
in_tree() {
  dir=$1; out=$2; shift 2
  mkdir -p "$TMP/$out"
  "$PWABI" certify --cases $T/$dir --wasm-dir "$B/wasm" \
    --no-coverage-gate --out "$TMP/$out" "$@" \
    > "$TMP/$out/stdout" 2> "$TMP/$out/stderr"
  rc=$?
}
in_tree versions v0
expect_run "versions: unmarked and undeclared is the unmarked version" 1 \
  "t/unmarked " v0
in_tree versions v1 --abi v0_2_1
expect_run "versions: --abi binds an unmarked, undeclared case" 0 "" v1
grep -q '^# abi: v0_2_1 (the case.s)$' "$TMP/v1/results.tap" &&
  grep -q '^# abi: v0_2_1 (marker proxy_abi_version_0_2_1)$' \
    "$TMP/v1/results.tap" &&
  grep -q '^# abi: v0_2_1 (--abi)$' "$TMP/v1/results.tap" &&
  grep -q '^# abi: v1alpha (no marker)$' "$TMP/v0/results.tap" &&
  ok "versions: TAP names each case's version and why" ||
  not_ok "versions: TAP does not name the versions"
grep -q '^# abi: v1alpha (no marker)$' "$TMP/ref-interp/results.tap" &&
  ok "versions: the suite's cases bind the unmarked version" ||
  not_ok "versions: the suite's cases are not bound to the seed"
in_tree versions v2 --abi nosuch
expect_error "versions: an unknown --abi is a usage error" \
  "no version 'nosuch'" v2

# With the budget per guest call, on every engine: the call traps
# (timeout) and the case fails on it, long before the child's timeout.
for e in $("$PWABI" engines | sed 's/ .*//'); do
  in_tree hang budget-$e --engine $e --timeout-ms 200 --timeout 20
  grep -q '^  FAIL t/loop: step setup 2 (configure): .*trap timeout in proxy_on_configure: the call ran past its budget of 200 ms' \
    "$TMP/budget-$e/stdout" && [ $rc = 1 ] &&
    ok "$e: a guest past its budget is a timeout trap" ||
    not_ok "$e: a guest past its budget is not a timeout trap"
done
in_tree hang budget-usage --timeout-ms 1s
expect_error "--timeout-ms takes milliseconds" \
  "--timeout-ms: not a number of milliseconds: '1s'" budget-usage

# Profiles: XFAIL passes, XPASS fails, spec-strict allows no xfail.
cat > "$TMP/xfail.lua" <<'EOF'
return { title = "t", xfail = { ["t/log_ok"] = "test: logs nothing" } }
EOF
certify xf --host $FX/silent_log.so --profile "$TMP/xfail.lua"
expect_run "an expected failure is XFAIL and passes" 0 "" xf
grep -q 'XFAIL 1' "$TMP/xf/stdout" && ok "XFAIL counted" ||
  not_ok "XFAIL not counted"
certify xp --host $B/hosts/reference.so --profile "$TMP/xfail.lua"
expect_run "an unexpected pass is XPASS and fails" 1 "t/log_ok " xp
cat > "$TMP/strict.lua" <<'EOF'
return { title = "s", strict = true, xfail = { ["t/cas"] = "no" } }
EOF
certify st --host $B/hosts/reference.so --profile "$TMP/strict.lua"
expect_error "a strict profile with an xfail is rejected" \
  'strict.lua: xfail\["t/cas"\]: a spec-strict profile allows no' st
printf 'return { xfail = { ["t/none"] = "x" } }\n' > "$TMP/unknown.lua"
certify un --host $B/hosts/reference.so --profile "$TMP/unknown.lua"
expect_error "a profile naming no case is rejected" \
  'xfail\["t/none"\]: no such case' un

# Malformed cases: file, item and problem.
bad() {   # bad NAME PATTERN CASE-SOURCE
  mkdir -p "$TMP/bad-$1/t"
  printf '%s\n' "$3" > "$TMP/bad-$1/t/x.lua"
  cp $T/cases/t/trap.wat "$TMP/bad-$1/t/x.wat"
  "$PWABI" certify --cases "$TMP/bad-$1" --out "$TMP/bad-$1" \
    --host $B/hosts/reference.so \
    > "$TMP/bad-$1/stdout" 2> "$TMP/bad-$1/stderr"
  rc=$?
  expect_error "malformed case: $1" "$2" bad-$1
}
HEAD='title = "x", kind = "spec-mandated", class = "positive",'
bad action "x.lua: steps\[1\]: unknown action 'explode'" \
  "return { $HEAD steps = { { 'explode' } } }"
bad expect "x.lua: steps\[1\]: unknown expect field 'colour'" \
  "return { $HEAD steps = { { 'configure', expect = { colour = 1 } } } }"
bad argument "x.lua: steps\[1\]: unknown argument 'bodyy' for request_body" \
  "return { $HEAD steps = { { 'request_body', bodyy = '' } } }"
bad status "x.lua: steps\[1\]: expect.calls\[1\]: unknown status 'okay'" \
  "return { $HEAD steps = { { 'configure', expect = { calls = { { 'proxy_log', 'okay' } } } } } }"
bad title "x.lua: title: missing" \
  "return { kind = 'spec-mandated', class = 'positive', steps = { { 'configure' } } }"
bad kind "x.lua: kind: missing" \
  "return { title = 'x', class = 'positive', steps = { { 'configure' } } }"
bad class "x.lua: class: missing" \
  "return { title = 'x', kind = 'spec-mandated', steps = { { 'configure' } } }"
bad why "x.lua: why: missing" \
  "return { title = 'x', kind = 'host-defined', class = 'positive', steps = { { 'configure' } } }"
bad negative "x.lua: class: negative, but every expectation is ok" \
  "return { title = 'x', kind = 'spec-mandated', class = 'negative', steps = { { 'configure', expect = { calls = { { 'proxy_log', 'ok' } } } } } }"
bad data "x.lua:1: attempt to call a nil value (global 'print')" \
  "return print('not data')"

# From anywhere: cases, profile, manifest, host and modules are found from
# where pwabi is, not from the current directory.
ABS=$(cd "$(dirname "$PWABI")" && pwd)/$(basename "$PWABI")
mkdir -p "$TMP/away" "$TMP/empty" "$TMP/bin"
(cd "$TMP/empty" && "$ABS" certify --filter 'logging/*' --engine interp \
  --out "$TMP/away" > "$TMP/away/stdout" 2> "$TMP/away/stderr")
rc=$?
expect_run "certify runs from another directory" 0 "" away
(cd / && PWABI_DATA="$TMP/empty" "$ABS" certify --filter 'logging/*' \
  > "$TMP/empty/stdout" 2> "$TMP/empty/stderr")
rc=$?
expect_error "PWABI_DATA without the data is named" \
  "is in none of: $TMP/empty; set PWABI_DATA" empty
cp "$ABS" "$TMP/bin/pwabi"
(cd / && "$TMP/bin/pwabi" certify > "$TMP/bin/stdout" 2> "$TMP/bin/stderr")
rc=$?
expect_error "no data near pwabi: every directory looked in is named" \
  "none of: $TMP/bin, $TMP, .*/, $TMP/bin/../share/pwabi;" bin

# Usage errors.
"$PWABI" certify --engine nope > /dev/null 2> "$TMP/usage.err"
rc=$?; mkdir -p "$TMP/u"; mv "$TMP/usage.err" "$TMP/u/stderr"
expect_error "an unknown engine is a usage error" \
  "unknown engine 'nope' (built in: [a-z0-9|]*)" u

# usage_error NAME PATTERN ARGS...: certify ARGS exits 2, PATTERN on
# stderr.
usage_error() {
  name=$1; pat=$2; shift 2
  mkdir -p "$TMP/ue"
  "$PWABI" certify "$@" > /dev/null 2> "$TMP/ue/stderr"
  rc=$?
  expect_error "$name" "$pat" ue
}
usage_error "an unknown profile lists the profiles" \
  "^pwabi: unknown profile 'nope' (profiles: .*spec-strict in " \
  --profile nope
usage_error "an unknown format lists the formats" \
  "^pwabi: unknown format 'xml' (formats: tap, junit, json, md)" \
  --format tap,xml
usage_error "an unloadable host lists the hosts" \
  "cannot load host plugin: .* (hosts: reference in .*/hosts)" \
  --host nope
usage_error "options the host refuses: once, before the run" \
  "^pwabi: the host could not create the VM: .*unknown option 'no_such'" \
  --options no_such=1
# The coverage gate: every version that ran, each against its manifest.
"$PWABI" certify --cases $T/multi --wasm-dir "$B/wasm" --engine interp \
  --abi v0_2_0 --out "$TMP/gate" > "$TMP/gate.out" 2>&1
if [ $? = 1 ] && grep -q -x "  result: FAIL (every case passed; the \
coverage gate alone: [0-9]* manifest items no case made cross; if the \
host cannot, the profile says so in \`uncoverable\`)" "$TMP/gate.out"; then
  ok "a run failed by the coverage gate alone says so"
else
  not_ok "a run failed by the coverage gate alone says so"
  sed 's/^/#   /' "$TMP/gate.out"
fi

# A profile's uncoverable items: excused, listed, and current.
printf 'host\tproxy_get_header_map_value\nhost\tproxy_log\n' > "$TMP/tiny.tsv"
# gate_profile OUT ENTRIES: a profile with those uncoverable entries, run
# on the multi tree, v0_2_0, against the two-item manifest.
gate_profile() {
  printf 'return { title = "t", uncoverable = { %s } }\n' "$2" \
    > "$TMP/$1.lua"
  "$PWABI" certify --cases $T/multi --wasm-dir "$B/wasm" --engine interp \
    --abi v0_2_0 --manifest "$TMP/tiny.tsv" --profile "$TMP/$1.lua" \
    --out "$TMP/$1" > "$TMP/$1.out" 2>&1
  rc=$?
}
gate_profile unc1 ''
[ $rc = 1 ] && grep -q 'not covered (1): v0_2_0 host proxy_log$' \
  "$TMP/unc1.out" && ok "uncoverable: without it, the item fails the gate" ||
  not_ok "uncoverable: a missing item does not fail the gate"
gate_profile unc2 '["host proxy_log"] = "the host has no logger"'
[ $rc = 0 ] && grep -q '1 excused by the profile' "$TMP/unc2.out" &&
  grep -q '^| `v0_2_0 host proxy_log` | excused | the host has no logger |$' \
    "$TMP/unc2/certificate.md" &&
  ok "uncoverable: an excused item passes, the certificate lists it" ||
  not_ok "uncoverable: an excused item is not excused"
gate_profile unc3 '["v0_2_0: host proxy_get_header_map_value"] = "no",
  ["host proxy_log"] = "no logger"'
want='uncoverable (1): v0_2_0 host proxy_get_header_map_value$'
[ $rc = 1 ] && grep -q "$want" "$TMP/unc3.out" &&
  ok "uncoverable: an excused item that crossed fails the run" ||
  not_ok "uncoverable: an excused item that crossed passes"
gate_profile unc4 '["host proxy_nosuch"] = "stale"'
[ $rc = 2 ] && grep -q 'uncoverable\["host proxy_nosuch"\]: no such item' \
  "$TMP/unc4.out" && ok "uncoverable: an item in no manifest is an error" ||
  not_ok "uncoverable: a stale entry is accepted"

# Profile keys: a case id marks every instance; `abi` picks the versions.
printf 'return { title = "t", abi = { "v0_1_0", "v0_2_1" },
  xfail = { ["t/hdr"] = "why" } }\n' > "$TMP/px.lua"
in_tree multi px --engine interp --profile "$TMP/px.lua"
[ $rc = 1 ] && grep -q 'PASS 0, FAIL 0, SKIP 0, XFAIL 0, XPASS 2$' \
  "$TMP/px/stdout" && grep -q 'XPASS t/hdr@v0_2_1:' "$TMP/px/stdout" &&
  ok "profile: a case id is every instance; abi lists the versions run" ||
  not_ok "profile: case id keys or abi lists are not applied"

# Several versions (FORMAT.md): a templated case runs once per version it
# declares, id <id>@<version>, each bound to its version; --abi keeps one.
in_tree multi mv --engine interp
expect_run "multi: a templated case passes in every version" 0 "" mv
[ "$(grep -c '^ok [0-9]* - t/hdr@' "$TMP/mv/results.tap")" = 5 ] &&
  grep -q '^ok [0-9]* - t/hdr@v0_1_0$' "$TMP/mv/results.tap" &&
  grep -q '^# abi: v0_1_0 (the case.s)$' "$TMP/mv/results.tap" &&
  grep -q '^# abi: v1alpha (the case.s)$' "$TMP/mv/results.tap" &&
  ok "multi: one instance per version, bound to it" ||
  not_ok "multi: not one instance per version"
grep -q '^| t | 1/1 | 1/1 | 1/1 | 1/1 | 1/1 |$' "$TMP/mv/certificate.md" &&
  grep -q '^| v0_1_0 | 1 | 0 (0%) | [0-9]* | 0 | [0-9]* | [0-9.]* |$' \
    "$TMP/mv/certificate.md" &&
  grep -q '^    v1alpha: 1 cases (PASS 1), 0 negative (0%), coverage [0-9]*' \
    "$TMP/mv/stdout" &&
  ok "multi: the certificate has version x area and coverage per version" ||
  not_ok "multi: no version x area matrix or coverage per version"
in_tree multi mv1 --engine interp --abi v0_2_0
[ $rc = 0 ] && [ "$(grep -c '^ok [0-9]* - t/' "$TMP/mv1/results.tap")" = 1 ] &&
  grep -q '^ok 1 - t/hdr@v0_2_0$' "$TMP/mv1/results.tap" &&
  ok "multi: --abi runs that version's instance only" ||
  not_ok "multi: --abi does not restrict the instances"

# The renderer's output for one version, literally.
"$PWABI" certify --render $T/multi/t/hdr.tmpl.wat --abi v0_1_0 \
  > "$TMP/render.wat" 2>&1
cat > "$TMP/render.want" <<'EOF'
  (func (export "proxy_abi_version_0_1_0"))
  (func (export "malloc") (param i32) (result i32) (i32.const 1024))
  (func (export "proxy_on_vm_start") (param i32 i32) (result i32)
    (i32.const 1))
  (func (export "proxy_on_context_create") (param i32 i32))
  (func (export "proxy_on_configure") (param i32 i32) (result i32)
    (i32.const 1))
  (func (export "proxy_on_request_headers") (param i32 i32) 
    (result i32)
    (drop (call $get (i32.const 6)
EOF
sed -n 8,17p "$TMP/render.wat" | cmp -s - "$TMP/render.want" &&
  ok "render: v0_1_0's spellings, literally" ||
  { not_ok "render: v0_1_0's spellings differ"; sed 's/^/#   /' \
    "$TMP/render.wat"; }

# {{params F}} and {{empty F.P}}: an import's type, and zeros for an
# argument only some versions have, as v1alpha and v0_2_1 spell them.
printf '%s\n' '(func $c {{params proxy_grpc_call}})' \
  '(func $i {{params proxy_increment_metric}})' \
  '(func $d {{params proxy_done}})' \
  '(call $c (i32.const 1) {{empty proxy_grpc_call.initial_metadata}})' \
  > "$TMP/params.tmpl.wat"
for v in v1alpha v0_2_1; do
  "$PWABI" certify --render "$TMP/params.tmpl.wat" --abi $v
done > "$TMP/params.wat" 2>&1
cat > "$TMP/params.want" <<'EOF'
(func $c (param i32 i32 i32 i32 i32 i32 i32 i32 i32 i32) (result i32))
(func $i (param i32 i64) (result i32))
(func $d (result i32))
(call $c (i32.const 1) )
(func $c (param i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32) (result i32))
(func $i (param i32 i64) (result i32))
(func $d (result i32))
(call $c (i32.const 1) (i32.const 0) (i32.const 0))
EOF
cmp -s "$TMP/params.wat" "$TMP/params.want" &&
  ok "render: {{params}} and {{empty}} as each version spells them" ||
  { not_ok "render: {{params}} or {{empty}} wrong"; sed 's/^/#   /' \
    "$TMP/params.wat"; }

# A placeholder for a name a version lacks: that instance fails, naming
# case, placeholder and version; the others run.
mkdir -p "$TMP/lacks/t"
FF='(func (export "{{export proxy_on_foreign_function}}") (param i32 i32 i32))'
sed "s/{{marker}}/&$FF/" \
  $T/multi/t/hdr.tmpl.wat > "$TMP/lacks/t/x.tmpl.wat"
printf 'return { title = "x", kind = "spec-mandated", class = "positive",
  abi = { "v0_1_0", "v0_2_1" }, steps = { { "configure" } } }\n' \
  > "$TMP/lacks/t/x.lua"
mkdir -p "$TMP/lacks-run"
"$PWABI" certify --cases "$TMP/lacks" --host $B/hosts/reference.so \
  --no-coverage-gate --out "$TMP/lacks-run" > "$TMP/lacks-run/stdout" 2>&1
grep -q "^  FAIL t/x@v0_1_0: .*t/x@v0_1_0: .*x.tmpl.wat: placeholder \
{{export proxy_on_foreign_function}}: v0_1_0 has none" \
  "$TMP/lacks-run/stdout" && [ "$(failing lacks-run)" = "t/x@v0_1_0 " ] &&
  ok "a placeholder a version lacks names case, placeholder and version" ||
  { not_ok "a placeholder a version lacks is not named";
    sed 's/^/#   /' "$TMP/lacks-run/stdout"; }
bad by_abi "x.lua: steps\[1\].expect.by_abi.v0_1_0: unknown expect field 'x'" \
  "return { $HEAD steps = { { 'configure', expect = { by_abi = {
     v0_1_0 = { x = 1 } } } } } }"
bad abi "x.lua: abi: no version 'v9'" \
  "return { $HEAD abi = { 'v9' }, steps = { { 'configure' } } }"

echo "1..$n"
[ $fails = 0 ]
