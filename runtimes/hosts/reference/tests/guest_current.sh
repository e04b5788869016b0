#!/bin/sh
# guest.wat must be what gen_guest.lua makes of the current abi.def.
set -eu
d=runtimes/hosts/reference/tests
tmp=$(mktemp)
trap 'rm -f "$tmp"' EXIT
lua5.4 "$d/gen_guest.lua" generated/v1alpha/pw_v1a_abi.def > "$tmp"
if ! cmp -s "$tmp" "$d/guest.wat"; then
  echo "$d/guest.wat is stale: run lua5.4 $d/gen_guest.lua > $d/guest.wat"
  exit 1
fi
echo "guest.wat is current"
