#!/bin/sh
# Instructions per request, everything counted (engine, glue, host, libc),
# with valgrind's callgrind: two runs of N1 and N2 requests, so start-up
# and set-up cancel out.  Part of `make bench`; skipped without valgrind.
#
#   sh runtimes/bench/instructions.sh BENCH WASM_DIR HOST.so
set -u
BENCH=$1 WASM=$2 HOST=$3 N1=200 N2=1200
if ! command -v valgrind > /dev/null; then
  echo "instructions/request: valgrind not installed, not measured"
  exit 0
fi
# collected ARGS...: the instructions callgrind collected running the bench
collected() {
  valgrind --tool=callgrind --callgrind-out-file=/dev/null "$BENCH" "$@" \
    2>&1 | sed -n 's/.*Collected : \([0-9]*\).*/\1/p'
}
# instr N ENGINE FILTER: N requests
instr() {
  collected --requests "$1" "$WASM" "$HOST" "$2" "$3"
}
# per_unit N1 N2 A B: (B - A) / (N2 - N1), or (failed)
per_unit() {
  if [ -n "$3" ] && [ -n "$4" ]; then
    echo $(( ($4 - $3) / ($2 - $1) ))
  else
    echo "(failed)"
  fi
}
printf '%-8s %-16s %14s\n' engine filter "instr/request"
for e in interp wasm2c; do
  for f in $(cd "$WASM" && ls filter@*.wasm | sed 's/\.wasm$//'); do
    a=$(instr $N1 $e $f) b=$(instr $N2 $e $f)
    printf '%-8s %-16s %14s\n' $e $f "$(per_unit $N1 $N2 "$a" "$b")"
  done
done
# The glue/hand pair of the bench, in instructions per proxy_log call:
# exact where the times are a few ns and move with the machine.
printf '%-8s %-16s %14s\n' engine flavour "instr/call"
for e in interp wasm2c; do
  for f in glue hand; do
    a=$(collected --spin 1000 "$WASM" $e $f)
    b=$(collected --spin 11000 "$WASM" $e $f)
    printf '%-8s %-16s %14s\n' $e $f "$(per_unit 1000 11000 "$a" "$b")"
  done
done
