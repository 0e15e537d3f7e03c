#!/usr/bin/env bash
# The README's screenshots, taken from the example handbook so they never go stale:
#   scripts/screenshots.sh [OUT]     writes into OUT (default docs/content/images/, which the docs
#                                    site shows too):
#     light.png, dark.png, phone.png     a role page (light) and a runbook (dark) at 1280 px, the home
#                                        page at a phone's 390 px: Chromium's own --screenshot
#     view-{org-chart,week,matrix,runbook}.png and view-*-phone.png
#                                        the generated views at 1280 and 390 px, scrolled to what
#                                        matters and with two runbook steps ticked: a small program
#                                        of the browser tests (ReadmeScreenshots), run through Maven
# Builds content/ with ./handbook into a temporary folder, then opens the pages in headless
# Chromium (Debian's; CHROMIUM=/path/to/chromium picks another; the views also need
# /usr/bin/chromedriver, as the browser tests do).
# Run it after changing the theme, look at the pictures, and commit them with the change.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="$(mkdir -p "${1:-$here/docs/content/images}" && cd "${1:-$here/docs/content/images}" && pwd)"
chromium="${CHROMIUM:-chromium}"
if ! command -v "$chromium" >/dev/null 2>&1; then
  echo "screenshots: needs Chromium: apt-get install -y chromium (or set CHROMIUM)" >&2
  exit 2
fi

tmp="$(mktemp -d "${TMPDIR:-/tmp}/handbook-shots.XXXXXX")"
trap 'rm -rf "$tmp"' EXIT
"$here/handbook" build "$here" --out "$tmp/site" --strict

# shot PAGE WIDTH HEIGHT SCHEME NAME: one viewport-sized PNG of PAGE (a path under the site).
# The theme follows the reader's prefers-color-scheme; Blink's preferredColorScheme setting
# (0 dark, 1 light) sets it, so the machine's own preference never leaks into a picture. A fresh
# profile per shot keeps an earlier one's state (say, a stored scheme) out of the next.
shot() {
  local page="$1" width="$2" height="$3" scheme="$4" name="$5" profile
  local setting=1
  [ "$scheme" = dark ] && setting=0
  profile="$(mktemp -d "$tmp/profile.XXXXXX")"
  rm -f "$out/$name"
  "$chromium" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync \
    --user-data-dir="$profile" --hide-scrollbars --virtual-time-budget=5000 \
    --blink-settings=preferredColorScheme=$setting --window-size="$width,$height" \
    --screenshot="$out/$name" "file://$tmp/site/$page" >"$tmp/chromium.log" 2>&1 || true
  if [ ! -s "$out/$name" ]; then
    echo "screenshots: Chromium wrote no $name; its output:" >&2
    cat "$tmp/chromium.log" >&2
    exit 1
  fi
  echo "screenshots: $out/$name ($page, $width x $height, $scheme)"
}

shot roles/engineering-manager/index.html 1280 800 light light.png
shot runbooks/incident-response/index.html 1280 800 dark dark.png
shot index.html 390 844 light phone.png

# The views: scrolling and ticking a runbook's steps need a driven browser, so the browser tests'
# own Selenium set-up takes these.
mvn -q -B -f "$here/core.pom.xml" test-compile dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile="$tmp/classpath" >"$tmp/maven.log" 2>&1 || { cat "$tmp/maven.log" >&2; exit 1; }
java -Dchromium.binary="$(command -v "$chromium")" \
  -cp "$here/target/test-classes:$here/target/classes:$(cat "$tmp/classpath")" \
  dev.handbook.browser.ReadmeScreenshots "$tmp/site" "$out"
