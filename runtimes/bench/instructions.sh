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
# instr N ENGINE FILTER: the instructions callgrind collected
instr() {
  valgrind --tool=callgrind --callgrind-out-file=/dev/null \
    "$BENCH" --requests "$1" "$WASM" "$HOST" "$2" "$3" 2>&1 |
    sed -n 's/.*Collected : \([0-9]*\).*/\1/p'
}
printf '%-8s %-16s %14s\n' engine filter "instr/request"
for e in interp wasm2c; do
  for f in $(cd "$WASM" && ls filter@*.wasm | sed 's/\.wasm$//'); do
    a=$(instr $N1 $e $f) b=$(instr $N2 $e $f)
    if [ -n "$a" ] && [ -n "$b" ]; then
      printf '%-8s %-16s %14d\n' $e $f $(( (b - a) / (N2 - N1) ))
    else
      printf '%-8s %-16s %14s\n' $e $f "(failed)"
    fi
  done
done
