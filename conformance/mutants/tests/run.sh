#!/bin/sh
# The mutation harness's own test (conformance/mutants/README.md): a
# mutant whose find is missing is an error naming it; a trivially killed
# mutant is killed; the source tree is the same afterwards.
# Run from the top of the source tree; MUTATE_SCRATCH: the scratch dir.
set -u
LUA=${LUA:-lua5.4}
SCRATCH=${MUTATE_SCRATCH:-build/mutate}
RUN=conformance/mutants/run.lua
T=conformance/mutants/tests
fail() { echo "mutate test: FAIL: $*" >&2; exit 1; }

tree() {
  git ls-files -co --exclude-standard -z | grep -zv '^build/' |
    xargs -0 sha1sum | sha1sum
}
before=$(tree)

# 1. A missing find: exit 2, the mutant named, nothing run.
out=$($LUA $RUN --mutants $T/missing --scratch "$SCRATCH" 2>&1)
rc=$?
[ $rc -eq 2 ] || fail "missing find: exit $rc, want 2"
echo "$out" | grep -q 'test-missing-find: find occurs 0 times' ||
  fail "missing find: the error does not name the mutant: $out"

# 2. A trivially killed mutant is killed.
out=$($LUA $RUN --mutants $T/killed --jobs 1 --scratch "$SCRATCH" 2>&1)
rc=$?
[ $rc -eq 0 ] || fail "killed: exit $rc: $out"
echo "$out" | grep -q '^- killed `test-killed`' ||
  fail "killed: the mutant was not killed: $out"

# 3. The source tree is untouched.
[ "$(tree)" = "$before" ] || fail "the source tree changed"
echo "mutate test: ok (missing find, killed mutant, tree untouched)"
