#!/bin/sh
# The reference site in a real browser: headless chromium loads every page
# of SITE from file://, gen/tests/docs/check_dom.lua checks the DOMs it
# dumps (links and anchors resolve, ids are unique, no Markdown is left,
# every item is in the navigation, no script), then one function section
# is photographed to OUT/docs-screenshot.png.
# Usage: sh gen/tests/docs/run.sh SITE OUT   (make test-docs)
# Without chromium the test is skipped, except when CI is set.
set -eu
SITE=${1:-generated/docs}
OUT=${2:-build}
LUA=${LUA:-lua5.4}
if ! command -v chromium >/dev/null 2>&1; then
  if [ -n "${CI:-}" ]; then
    echo "test-docs: FAIL: no chromium (CI must run the browser test;" \
      "apt-get install chromium)" >&2
    exit 1
  fi
  echo "test-docs: skipped: no chromium"
  exit 0
fi
here=$(cd "$(dirname "$0")" && pwd)
site=$(cd "$SITE" && pwd)
mkdir -p "$OUT"
out=$(cd "$OUT" && pwd)
dom="$out/docs-dom"
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
rm -rf "$dom"
mkdir -p "$dom"
# Without these flags chromium waits for the network, which is closed here.
browse() {
  timeout 60 chromium --headless --no-sandbox --disable-gpu --disable-quic \
    --no-first-run --disable-background-networking \
    --disable-component-update --disable-sync --hide-scrollbars \
    --user-data-dir="$profile" "$@" 2>>"$out/docs-chromium.log"
}
: >"$out/docs-chromium.log"
for page in $(cd "$site" && ls *.html | sort); do
  if ! browse --dump-dom "file://$site/$page" >"$dom/$page"; then
    echo "test-docs: FAIL: chromium could not load $page" \
      "(see $out/docs-chromium.log)" >&2
    exit 1
  fi
done
target=$("$LUA" "$here/check_dom.lua" "$site" "$dom")
# A fragment scrolls the page, and headless screenshots of a scrolled page
# come out blank: the page goes in an iframe that scrolls instead.
frame="$out/docs-screenshot.html"
printf '%s\n' '<!DOCTYPE html><html><body style="margin:0;overflow:hidden">' \
  "<iframe src=\"file://$site/$target\" style=\"border:0;width:1280px;height:900px\"></iframe>" \
  '</body></html>' >"$frame"
rm -f "$out/docs-screenshot.png"
browse --screenshot="$out/docs-screenshot.png" --window-size=1280,900 \
  "file://$frame" >/dev/null
if [ ! -s "$out/docs-screenshot.png" ]; then
  echo "test-docs: FAIL: no screenshot" >&2
  exit 1
fi
echo "test-docs: screenshot of $target: $OUT/docs-screenshot.png"
