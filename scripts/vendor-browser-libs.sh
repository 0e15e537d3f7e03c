#!/usr/bin/env bash
# Vendors the browser libraries of the default theme from npm, unchanged, with their licences:
#   scripts/vendor-browser-libs.sh
# - highlight.js (@highlightjs/cdn-assets, BSD-3-Clause): highlight.min.js (36 common languages)
#   and the extra grammars listed in EXTRA below, into themes/default/static/assets/vendor/highlight/
# - mermaid (MIT): dist/mermaid.min.js into .../vendor/mermaid/, with NOTICES.txt: the licence of
#   every package its bundle contains (read from an npm install of the same version).
# Change a version here, run it, look at a page with code and one with a diagram, update the
# versions in src/dist/THIRD-PARTY.txt, and commit the result. Needs node and npm.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
HLJS=11.12.0
MERMAID=12.3.0
# Grammars beyond the common bundle; code.js lists the same names (and their aliases).
EXTRA="apache awk cmake dart dockerfile dos elixir erlang groovy haskell http latex nginx nix powershell properties protobuf scala"
vendor="$here/themes/default/static/assets/vendor"
tmp="$(mktemp -d "${TMPDIR:-/tmp}/handbook-vendor.XXXXXX")"
trap 'rm -rf "$tmp"' EXIT
cd "$tmp"

npm pack --silent "@highlightjs/cdn-assets@$HLJS" >/dev/null
mkdir hl && tar xzf highlightjs-cdn-assets-$HLJS.tgz -C hl
rm -rf "$vendor/highlight" && mkdir -p "$vendor/highlight/languages"
cp hl/package/highlight.min.js hl/package/LICENSE "$vendor/highlight/"
for lang in $EXTRA; do cp "hl/package/languages/$lang.min.js" "$vendor/highlight/languages/"; done

npm pack --silent "mermaid@$MERMAID" >/dev/null
mkdir mm && tar xzf mermaid-$MERMAID.tgz -C mm
rm -rf "$vendor/mermaid" && mkdir -p "$vendor/mermaid"
cp mm/package/dist/mermaid.min.js mm/package/LICENSE "$vendor/mermaid/"

# The packages mermaid's bundle is built from, each with its licence file as published.
mkdir inst && cd inst
npm init -y >/dev/null
npm install --silent --ignore-scripts --no-audit --no-fund "mermaid@$MERMAID" >/dev/null
{
  echo "mermaid.min.js is mermaid $MERMAID as published on npm. It bundles the packages below; each"
  echo "is listed with the licence it declares, followed by its licence file as published. Versions"
  echo "are those npm installs for mermaid $MERMAID; the bundle may hold earlier patch versions."
  echo "elkjs is offered under EPL-2.0 (or GPL-3.0-or-later); its source is at"
  echo "https://github.com/kieler/elkjs, and Eclipse ELK's at https://github.com/eclipse/elk."
  echo
  npm ls --all --omit=dev --parseable 2>/dev/null | tail -n +2 | sort -u | while read -r dir; do
    name="$(node -p "require('$dir/package.json').name")"
    case "$name" in @types/*) continue ;; esac
    version="$(node -p "require('$dir/package.json').version")"
    licence="$(node -p "const j = require('$dir/package.json'); typeof j.license === 'string' ? j.license : JSON.stringify(j.license || j.licenses || 'see its licence file')")"
    echo "================================================================================"
    echo "$name $version ($licence)"
    echo "================================================================================"
    file="$(find "$dir" -maxdepth 1 -iname 'licen[cs]e*' -o -maxdepth 1 -iname 'copying*' | sort | head -1)"
    if [ -n "$file" ]; then cat "$file"; else echo "(the package has no licence file; its package.json declares $licence)"; fi
    echo
  done
} > "$vendor/mermaid/NOTICES.txt"
echo "vendored highlight.js $HLJS and mermaid $MERMAID into $vendor"
