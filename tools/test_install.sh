#!/bin/sh
# The install test: test_install.sh "MAKE ARGS..." (from the repository
# root; `make check` passes its own make and BUILD).  Installs into a
# temporary PREFIX, then, from another directory, with nothing of the
# source tree: the installed pwabi finds its data and the reference host
# with no flag and certifies it; a host built only with
# `pkg-config --cflags --libs pwabi` is certified on a few cases; a
# program built only with pkg-config links the runtime; the man page is
# what the installed `pwabi --help` says; DESTDIR and uninstall work.
set -u
MAKE_CMD=${1:-make}
SRC=$(pwd)
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
P=$TMP/prefix
n=0
fails=0

check() {  # check NAME COMMAND...: one TAP line; the log on failure
  name=$1; shift
  n=$((n + 1))
  if "$@" >"$TMP/log" 2>&1; then echo "ok $n - $name"; else
    fails=$((fails + 1)); echo "not ok $n - $name"
    sed 's/^/#   /' "$TMP/log" | tail -15
  fi
}

unset PWABI_DATA PWABI_HOST
check "make install PREFIX=<tmp>" $MAKE_CMD install PREFIX="$P"
PW=$P/bin/pwabi
mkdir -p "$TMP/away" && cd "$TMP/away" || exit 1

layout() {
  for f in bin/pwabi lib/libpwabi_rt.a lib/pwabi/hosts/reference.so \
      lib/pkgconfig/pwabi.pc lib/pkgconfig/pwabi-rt.pc \
      include/pwabi/host.h include/pwabi/engine.h include/pwabi/pw_host.h \
      share/man/man1/pwabi.1 share/pwabi/conformance/profiles/envoy.lua \
      share/pwabi/generated/docs/index.html; do
    [ -f "$P/$f" ] || { echo "missing $f"; return 1; }
  done
  for v in $("$PW" version | sed -n 's/^abi: //p'); do
    [ -f "$P/lib/libpwabi_$v.a" ] &&
      [ -f "$P/share/pwabi/generated/$v/manifest.tsv" ] ||
      { echo "missing the files of $v"; return 1; }
  done
}
check "the tree: command, libraries, hosts, headers, data, man, pc" layout

check "the installed pwabi uses the installed data" eval '
  "$PW" version | grep -F -x "data: $P/share/pwabi"'
check "the installed pwabi certifies the installed reference host" \
  "$PW" certify --out "$TMP/ref"

man_current() {
  lua5.4 "$SRC/tools/man.lua" "$PW" >"$TMP/pwabi.1" &&
  cmp "$TMP/pwabi.1" "$P/share/man/man1/pwabi.1" &&
  grep -q -e '\\-\\-no\\-coverage\\-gate' "$TMP/pwabi.1"
}
check "the man page is the installed pwabi --help" man_current

export PKG_CONFIG_PATH="$P/lib/pkgconfig"
check "a host built only through pkg-config pwabi" eval '
  ${CC:-cc} -std=c11 -Wall -Wextra -Werror -pedantic -shared -fPIC \
    "$SRC/tools/tests/tiny_host.c" $(pkg-config --cflags --libs pwabi) \
    -o "$TMP/tiny.so"'
check "... certified by the installed pwabi" eval '
  "$PW" certify --host "$TMP/tiny.so" --filter "logging/log_[bl]*" \
    --format md --out "$TMP/tiny" | grep -x "  result: PASS"'
printf '#include "versions.h"\nint main(void)\n{ return %s; }\n' \
  'pw_version_by_name(pw_versions[0].name) == NULL' >"$TMP/embed.c"
check "a program built only through pkg-config pwabi-rt" eval '
  ${CC:-cc} "$TMP/embed.c" $(pkg-config --cflags --libs pwabi-rt) \
    -o "$TMP/embed" && "$TMP/embed"'

cd "$SRC" || exit 1
check "make uninstall leaves nothing" eval '
  $MAKE_CMD uninstall PREFIX="$P" && [ -z "$(find "$P" -type f)" ]'
check "DESTDIR: staged under it, the .pc names PREFIX" eval '
  $MAKE_CMD install DESTDIR="$TMP/stage" PREFIX=/opt/pw &&
  [ -x "$TMP/stage/opt/pw/bin/pwabi" ] &&
  grep -x "prefix=/opt/pw" "$TMP/stage/opt/pw/lib/pkgconfig/pwabi.pc"'

echo "1..$n"
[ "$fails" -eq 0 ] || { echo "$fails of $n failed"; exit 1; }
