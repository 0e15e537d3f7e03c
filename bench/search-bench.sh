#!/usr/bin/env bash
# Search benchmark (not a test): generates the 10,000-page corpus, builds it with Handbook, then
# measures the search box in headless Chromium from file://: bytes loaded by the first query of a
# fresh page, and keystroke-to-results latency after it. Prints the figures.
#
#   bench/search-bench.sh [PAGES] [WORK_DIR]      defaults: 10000 /tmp/handbook-search-bench
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
PAGES="${1:-10000}"
WORK="${2:-/tmp/handbook-search-bench}"
GEN="${GEN_CORPUS:-../shared/bench/gen-corpus.py}"
[ -f "$GEN" ] || { echo "search-bench: corpus generator not found at $GEN (set GEN_CORPUS)" >&2; exit 2; }
mkdir -p "$WORK"

if [ ! -d "$WORK/corpus-$PAGES/content" ]; then
  python3 "$GEN" --pages "$PAGES" --out "$WORK/corpus-$PAGES" --format plain
fi
[ -f target/handbook.jar ] || mvn -q -B -f core.pom.xml package -DskipTests
mvn -q -B -f core.pom.xml test-compile dependency:build-classpath -Dmdep.outputFile="$WORK/classpath.txt" >/dev/null

echo "load: $(uptime)"
java -jar target/handbook.jar build "$WORK/corpus-$PAGES" --out "$WORK/site-$PAGES" --force --timings
echo "index: $(du -sh "$WORK/site-$PAGES/search-index" | cut -f1) in $(find "$WORK/site-$PAGES/search-index" -type f | wc -l) files"
echo
java -cp "$(cat "$WORK/classpath.txt")" bench/SearchBench.java "$WORK/site-$PAGES" "${BENCH_PAGE:-index.html}"
echo "load: $(uptime)"
