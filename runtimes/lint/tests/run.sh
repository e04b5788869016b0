#!/bin/sh
# Tests of `pwabi lint` (runtimes/lint): run.sh [BUILD], from the
# repository root.  Every rule on its module (tests/<rule>.wat, text and
# JSON), the clean module of each version, a module importing and
# exporting everything of each registry version (made here from
# generated/<v>/*_abi.def), exit statuses, and hosts.def against the
# spec's WASI list.  TAP-like output; exits 1 when a check failed.
set -u
B=${1:-build}
PW=$B/pwabi
W=$B/wasm/runtimes/lint/tests
n=0 fails=0
ok() { n=$((n + 1)); echo "ok $n - $1"; }
no() {
  n=$((n + 1)); fails=$((fails + 1)); echo "not ok $n - $1: $2"
  sed 's/^/#   /' "$OUT" | head -20
}
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
OUT=$TMP/out

# lint RC FILE ARGS...: pwabi lint, stdout and stderr in $OUT; true when
# it exits RC.
lint() {
  wrc=$1; f=$2; shift 2
  "$PW" lint "$@" "$f" >"$OUT" 2>&1
  got=$?
  [ "$got" -eq "$wrc" ] || { why="exit $got, not $wrc"; return 1; }
}

# expect NAME RC FINDINGS: the module's text output has exactly the
# findings "severity id[ [host]] subject" (one per line, sorted), its
# JSON the same ids, and it exits RC.
expect() {
  name=$1; rc=$2; want=$3
  why=""
  if ! lint "$rc" "$W/$name.wasm"; then no "$name: text" "$why"; return; fi
  printf '%s\n' "$want" | sed '/^$/d' | sort >"$TMP/want"
  sed -n 's/^\(error\|warning\) \([^:]*\): .*/\1 \2/p' "$OUT" | sort \
    >"$TMP/got"
  if cmp -s "$TMP/want" "$TMP/got"; then ok "$name: text"
  else no "$name: text" "findings differ: $(diff "$TMP/want" "$TMP/got" |
    grep '^[<>]' | tr '\n' ' ')"; fi
  json "$name" "$rc"
}

# The JSON findings' ids and severities equal the text ones.
json() {
  lint "$2" "$W/$1.wasm" --format json || { no "$1: json" "$why"; return; }
  sed -n 's/.*"id": "\([^"]*\)", "severity": "\([^"]*\)".*/\2 \1/p' "$OUT" |
    sort >"$TMP/jgot"
  awk '{ print $1, $2 }' "$TMP/got" | sort >"$TMP/tgot"
  if cmp -s "$TMP/jgot" "$TMP/tgot" && grep -q '"errors": ' "$OUT"; then
    ok "$1: json"
  else no "$1: json" "ids differ from the text output"; fi
}

[ -x "$PW" ] || { echo "not ok - $PW is missing"; exit 1; }

R="warning host-marker [envoy] (no marker)
warning host-marker [kong] (no marker)"
expect clean_v0_1_0 0 ""
expect clean_v0_2_0 0 ""
expect clean_v0_2_1 0 ""
expect clean_vnext 0 "warning host-marker [envoy] proxy_abi_version_0_x_x
warning host-marker [kong] proxy_abi_version_0_x_x"
expect clean_v1alpha 0 "warning no-marker (no marker)
$R"
expect no_marker 0 "warning no-marker (no marker)
$R"
expect unknown_marker 1 "error unknown-marker proxy_abi_version_vnext
$R"
expect two_markers 1 "error two-markers proxy_abi_version_0_1_0"
expect no_allocator 1 "error no-allocator (allocator)"
expect unknown_import 1 "error unknown-import env.proxy_frobnicate"
expect import_other_version 1 \
  "error import-other-version env.proxy_continue_request"
expect import_signature 1 "error import-signature env.proxy_log"
expect import_twice 1 "error import-signature env.proxy_get_property
error import-twice env.proxy_get_property"
expect wasi_unserved 1 "error wasi-unserved wasi_snapshot_preview1.path_open"
expect callback_arity 1 "error callback-arity proxy_on_request_headers
error callback-arity proxy_on_response_headers"
expect export_other_version 1 "error export-other-version proxy_on_start"
expect misnamed_export 1 "error misnamed-export on_downstream_connection_close"
expect unknown_export 0 "warning unknown-export proxy_on_frobnicate"
expect host_marker 0 "warning host-marker [envoy] proxy_abi_version_0_x_x
warning host-marker [kong] proxy_abi_version_0_x_x"
expect host_import 0 "warning host-import [kong] env.proxy_get_header_map_size"
expect host_import_signature 0 \
  "warning host-import-signature [kong] env.proxy_get_log_level"
expect host_required_export 0 \
  "warning host-required-export [kong] proxy_on_configure"

# Why-lines name what matters.
lint 1 "$W/callback_arity.wasm"
grep -q "(v0_2_0's); v0_1_0 has (i32, i32) -> i32" "$OUT" &&
  ok "callback-arity names the other version" ||
  no "callback-arity names the other version" "why-line"
lint 1 "$W/misnamed_export.wasm"
grep -q "the callback is proxy_on_downstream_connection_close" "$OUT" &&
  ok "misnamed-export names the callback" ||
  no "misnamed-export names the callback" "why-line"

# Hostile names: no control byte reaches the output; quotes are escaped.
expect hostile_names 1 'error unknown-import env?.proxy_?[31mx"
warning unknown-export proxy_on_?[31m?"'
lint 1 "$W/hostile_names.wasm" --format json
if ! LC_ALL=C grep -q "$(printf '[\001-\037]')" "$OUT" &&
   grep -q '"subject": "proxy_on_?\[31m?\\""' "$OUT"; then
  ok "hostile names: clean JSON"
else no "hostile names: clean JSON" "control bytes or a bare quote"; fi

# Every rule of --rules has a test module here.
"$PW" lint --rules >"$OUT" 2>&1
for id in $(awk '{ print $1 }' "$OUT"); do
  f=$(echo "$id" | tr - _)
  [ -e "runtimes/lint/tests/$f.wat" ] && ok "rule $id has a module" ||
    no "rule $id has a module" "no runtimes/lint/tests/$f.wat"
done

# Unreadable modules and usage: exit 2.
printf 'not wasm' >"$TMP/bad.wasm"
printf '\0asm\1\0\0\0\2\377' >"$TMP/cut.wasm"
for f in "$TMP/bad.wasm" "$TMP/cut.wasm" "$TMP/missing.wasm"; do
  lint 2 "$f" && ok "unreadable $(basename "$f"): exit 2" ||
    no "unreadable $(basename "$f"): exit 2" "$why"
done
lint 2 "$W/clean_v0_2_1.wasm" --format xml && ok "bad format: exit 2" ||
  no "bad format: exit 2" "$why"

# A module with everything of each registry version (and malloc, which
# the seed does not name but hosts need): no error.
wat() {  # wat DEF: the WAT importing and exporting all of DEF
  awk -F'[(), ]+' '
    function t(s,  r, i, c) {
      for (i = 1; i <= length(s); i++) {
        c = substr(s, i, 1); r = r " " (c == "I" ? "i64" : "i32") }
      return r }
    function fn(sig,  p, r, s) {
      split(sig, p, ":"); s = ""
      if (p[1] != "") s = s " (param" t(p[1]) ")"
      if (p[2] != "") s = s " (result" t(p[2]) ")"
      return s }
    function body(sig,  p) {
      split(sig, p, ":")
      if (p[2] == "") return ""
      return p[2] == "I" ? " (i64.const 0)" : " (i32.const 0)" }
    function ex(name, sig) {
      return "(func (export \"" name "\")" fn(sig) body(sig) ")" }
    BEGIN { print "(module" }
    /^PW_HOSTFN\(/ {
      gsub(/"/, "")
      print "(import \"" $3 "\" \"" $2 "\" (func" fn($4) "))" }
    /^PW_GUESTFN\(malloc,/ { m = 1 }
    /^PW_GUESTFN\(/ { gsub(/"/, ""); e[++ne] = ex($2, $3) }
    END { print "(memory (export \"memory\") 1)"
          if (!m) print ex("malloc", "i:i")
          for (i = 1; i <= ne; i++) print e[i]; print ")" }' "$1"
}
sed -n 's/^PW_VERSION(\([^,]*\), \([^,]*\),.*/\1 \2/p' generated/versions.def |
while read -r v p; do
  wat "generated/$v/${p}_abi.def" >"$TMP/$v.wat"
  wat2wasm "$TMP/$v.wat" -o "$TMP/$v.wasm" >"$OUT" 2>&1 &&
    lint 0 "$TMP/$v.wasm" && ! grep -q '^error ' "$OUT" &&
    grep -q "checked as $v" "$OUT" && ok "everything of $v: no error" ||
    no "everything of $v: no error" "${why:-}"
done

# hosts.def serves every WASI function a spec names.
LUA=${LUA:-lua5.4}
$LUA -e 'package.path = "gen/?.lua;" .. package.path
  local load = require("pwabi.load")
  for _, v in ipairs(load.versions("spec")) do
    local a = load.load("spec", v)
    for _, f in ipairs(a.wasi and a.wasi.functions or {}) do print(f.name) end
  end' 2>"$OUT" | sort -u >"$TMP/wasi"
[ -s "$TMP/wasi" ] && ok "the spec names WASI functions" ||
  no "the spec names WASI functions" "none read"
while read -r f; do
  grep -q "PW_LINT_SERVED(\"wasi\", \"$f\")" runtimes/lint/hosts.def &&
    ok "hosts.def serves $f" || no "hosts.def serves $f" "missing"
done <"$TMP/wasi"

echo "1..$n"
[ "$fails" -eq 0 ]
