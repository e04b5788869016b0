#!/bin/sh
# The README's commands, run so they cannot rot: test_readme.sh [README]
# from the repository root, after `make` (and the fixtures `make check`
# builds).
#
# A fenced block runs when its info string is `sh runnable`, optionally
# followed by `exit=N` (the status it must end with; 0 when not given):
#
#   ```sh runnable exit=1
#   build/pwabi certify --profile kong
#   ```
#
# Each block runs alone, `sh -e` from the repository root, with TMPDIR
# set to a directory removed afterwards; a runnable block writes only
# under build/ or into `mktemp` directories.  Blocks that need root, the
# network or a fresh machine (`make`, apt-get) are left unmarked.
set -u
README=${1:-README.md}
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
n=0
fails=0

# Each runnable block to $TMP/<k>.sh, its expected status to $TMP/<k>.rc,
# its first line to $TMP/<k>.line.
awk -v dir="$TMP" '
  /^```/ && on { on = 0; close(f); next }
  /^```sh runnable/ {
    k++; on = 1; f = dir "/" k ".sh"
    rc = 0
    if (match($0, /exit=[0-9]+/)) rc = substr($0, RSTART + 5, RLENGTH - 5)
    print rc > (dir "/" k ".rc"); close(dir "/" k ".rc")
    print "line " NR > (dir "/" k ".line"); close(dir "/" k ".line")
    printf "" > f
    next
  }
  on { print > f }
' "$README"

for f in "$TMP"/*.sh; do
  [ -e "$f" ] || { echo "not ok - no runnable block in $README"; exit 1; }
  k=$(basename "$f" .sh)
  want=$(cat "$TMP/$k.rc")
  where="$README $(cat "$TMP/$k.line"): $(sed -n 1p "$f")"
  mkdir -p "$TMP/t$k"
  TMPDIR="$TMP/t$k" sh -e "$f" >"$TMP/$k.out" 2>&1
  got=$?
  n=$((n + 1))
  if [ "$got" -eq "$want" ]; then
    echo "ok $n - $where"
  else
    fails=$((fails + 1))
    echo "not ok $n - $where: exit $got, not $want"
    sed 's/^/#   /' "$TMP/$k.out" | tail -15
  fi
done
echo "1..$n"
[ "$fails" -eq 0 ] || { echo "$fails of $n failed"; exit 1; }
