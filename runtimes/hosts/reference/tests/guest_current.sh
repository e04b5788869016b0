#!/bin/sh
# guest.wat, guest_v010.wat and guest_v021.wat must be what gen_guest.lua
# makes of the current abi.def of their version.
set -eu
d=runtimes/hosts/reference/tests
tmp=$(mktemp)
trap 'rm -f "$tmp"' EXIT
check() {
  lua5.4 "$d/gen_guest.lua" "generated/$1" > "$tmp"
  if ! cmp -s "$tmp" "$d/$2"; then
    echo "$d/$2 is stale: run lua5.4 $d/gen_guest.lua generated/$1 > $d/$2"
    exit 1
  fi
  echo "$2 is current"
}
check v1alpha/pw_v1a_abi.def guest.wat
check v0_1_0/pw_v010_abi.def guest_v010.wat
check v0_2_1/pw_v021_abi.def guest_v021.wat
