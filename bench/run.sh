#!/usr/bin/env bash
# Benchmark: builds generated handbooks with Handbook and, when it is installed, with Hugo, side by
# side, and prints the median wall time, the median CPU time (user + system: steadier than wall time
# on a shared machine), peak memory (RSS) and the ratio of wall times. Never run by the tests.
#
#   bench/run.sh                  1,000 and 10,000 pages, 5 runs each
#   bench/run.sh 100000           one size; Hugo is skipped above HUGO_MAX_PAGES
#   RUNS=3 bench/run.sh 1000 10000 100000
#
# Settings (environment):
#   RUNS=5                 timed runs per tool and size (after one untimed warm-up run)
#   BENCH_DIR=/tmp/handbook-bench   where corpora and outputs go (corpora are reused)
#   BENCH_OUT=$BENCH_DIR   where the built sites go, for both tools; a tmpfs folder (/dev/shm/...)
#                          leaves the disk out of the figures (see README, Performance: the disk)
#   GEN_CORPUS=../shared/bench/gen-corpus.py   the corpus generator
#   HUGO=hugo              the Hugo command; HUGO= (empty) skips Hugo
#   HUGO_MAX_PAGES=10000   larger corpora are not built with Hugo (it needs ~25 GB at 100,000 pages)
#   BASELINE_JAR=path.jar  also times this Handbook jar, e.g. a build from before a change, through the
#                          launcher (HANDBOOK_JAR): the same JVM settings and a class-data archive of its own
#   THREADS=N              passed as --threads (default: all processors)
#
# Runs alternate between tools, so a change in machine load hits both alike; every build is clean
# (its output folder and Handbook's build cache are deleted, untimed, before it starts), except the
# row handbook-cached: a build of a copy of the corpus after a one-page edit, with the cache of the
# build before it (as in CI with actions/cache: no old site, the cache restored), and the row
# handbook-kept: the same rebuild into an output folder kept from the build before, with its cache
# beside it (as on a laptop). Peak RSS comes from /usr/bin/time.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
runs="${RUNS:-5}"
dir="${BENCH_DIR:-/tmp/handbook-bench}"
outdir="${BENCH_OUT:-$dir}"
gen="${GEN_CORPUS:-$here/../shared/bench/gen-corpus.py}"
hugo="${HUGO-hugo}"
hugo_max="${HUGO_MAX_PAGES:-10000}"
baseline="${BASELINE_JAR:-}"
threads=()
[ -n "${THREADS:-}" ] && threads=(--threads "$THREADS")
sizes=("$@")
[ ${#sizes[@]} -eq 0 ] && sizes=(1000 10000)

[ -x /usr/bin/time ] || { echo "bench: /usr/bin/time is needed (apt-get install time)" >&2; exit 2; }
[ -f "$gen" ] || { echo "bench: corpus generator not found at $gen (set GEN_CORPUS)" >&2; exit 2; }
if [ -n "$hugo" ] && ! command -v "$hugo" >/dev/null 2>&1; then
  echo "bench: $hugo not installed (apt-get install hugo); timing Handbook only" >&2
  hugo=""
fi
mkdir -p "$dir" "$outdir"
results="$dir/results.tsv"
: > "$results"

# The launcher builds the jar and its class-data archive when they are stale; do it before timing.
"$here/handbook" --version >/dev/null

corpus() { # corpus N FORMAT -> folder
  local n=$1 format=$2 out="$dir/$2-$1"
  if [ ! -f "$out/.bench-complete" ]; then
    rm -rf "$out"
    python3 "$gen" --pages "$n" --out "$out" --format "$format" >&2
    touch "$out/.bench-complete"
  fi
  echo "$out"
}

measure() { # measure TOOL N OUTDIR COMMAND... : one clean (KEEP=1: kept), timed build, appended to results
  local tool=$1 n=$2 out=$3 log="$dir/last-$1.log"; shift 3
  [ "${KEEP:-}" = 1 ] || rm -rf "$out" "$(dirname "$out")/.handbook-cache"
  if ! /usr/bin/time -f "%e %M %U %S" "$@" >/dev/null 2>"$log"; then
    echo "bench: $tool failed on $n pages:" >&2
    tail -5 "$log" >&2
    exit 1
  fi
  # /usr/bin/time appends "seconds max-RSS-KB user-seconds system-seconds" to the command's own stderr.
  printf '%s\t%s\t%s\n' "$tool" "$n" "$(tail -1 "$log")" | tr ' ' '\t' >> "$results"
}

echo "machine: $(nproc) processors, $(free -g | awk '/Mem:/ {print $2}') GB; load before: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "sites written to: $outdir ($(df -T "$outdir" | awk 'NR==2 {print $2}'))"
echo "java: $(java -version 2>&1 | head -1)"
[ -n "$hugo" ] && echo "hugo: $("$hugo" version | head -1)"

for n in "${sizes[@]}"; do
  plain=$(corpus "$n" plain)
  hugo_site=""
  if [ -n "$hugo" ] && [ "$n" -le "$hugo_max" ]; then hugo_site=$(corpus "$n" hugo); fi
  # The cached rebuilds edit a copy of the corpus; the cache outlives each run's output folder.
  edited="$dir/edited-$n" cache="$dir/cache-$n"
  kept="$outdir/kept-$n"
  rm -rf "$edited" "$cache" "$kept" && cp -r "$plain" "$edited"
  page="$(find "$edited/content" -name '*.md' ! -name '_index.md' | sort | sed -n 1p)"
  for r in $(seq 0 "$runs"); do
    tag=$([ "$r" = 0 ] && echo warmup || echo run)
    measure "handbook-$tag" "$n" "$outdir/out-$n" "$here/handbook" build "$plain" --out "$outdir/out-$n" "${threads[@]}"
    [ "$r" = 0 ] && "$here/handbook" build "$edited" --out "$outdir/out-cached-$n" --cache "$cache" >/dev/null 2>&1
    printf '\nEdit %s of the benchmark.\n' "$r" >> "$page"
    measure "cached-$tag" "$n" "$outdir/out-cached-$n" "$here/handbook" build "$edited" --out "$outdir/out-cached-$n" \
      --cache "$cache" "${threads[@]}"
    [ "$r" = 0 ] && "$here/handbook" build "$edited" --out "$kept/site" >/dev/null 2>&1
    KEEP=1 measure "kept-$tag" "$n" "$kept/site" "$here/handbook" build "$edited" --out "$kept/site" "${threads[@]}"
    if [ -n "$baseline" ]; then
      HANDBOOK_JAR="$baseline" measure "baseline-$tag" "$n" "$outdir/out-base-$n" "$here/handbook" build "$plain" --out "$outdir/out-base-$n" "${threads[@]}"
    fi
    if [ -n "$hugo_site" ]; then
      measure "hugo-$tag" "$n" "$outdir/hugo-public-$n" "$hugo" --quiet -s "$hugo_site" -d "$outdir/hugo-public-$n"
    fi
    echo "  $n pages: run $r of $runs done (load $(cut -d' ' -f1 /proc/loadavg))" >&2
  done
done
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"

python3 - "$results" <<'EOF'
import sys, statistics, collections
rows = collections.defaultdict(list)
for line in open(sys.argv[1]):
    tool, n, secs, kb, user, system = line.split()
    if tool.endswith("-run"):
        rows[(tool[:-4], int(n))].append((float(secs), int(kb), float(user) + float(system), float(system)))
sizes = sorted({n for _, n in rows})
tools = [t for t in ("handbook", "baseline", "hugo", "cached", "kept") if any((t, n) in rows for n in sizes)]
def cell(t, n):
    r = rows.get((t, n))
    if not r: return "-", None
    med = statistics.median(x[0] for x in r)
    rss = max(x[1] for x in r) / 1024
    cpu = statistics.median(x[2] for x in r)
    system = statistics.median(x[3] for x in r)
    walls = f"{min(x[0] for x in r):.2f}-{max(x[0] for x in r):.2f}"
    return f"{med:.2f} s ({walls}), {cpu:.1f} s (system {system:.1f} s), {rss:.0f} MB", med
# System time is shown on its own: on a disk that makes creating files costly it moves most.
head = "| pages | " + " | ".join(f"{t}: median wall (min-max), median CPU (of it system), peak RSS" for t in tools)
extra = []
if "hugo" in tools: extra.append("handbook / hugo")
if "baseline" in tools: extra.append("handbook / baseline")
if "hugo" in tools and "cached" in tools: extra.append("cached / hugo")
if "hugo" in tools and "kept" in tools: extra.append("kept / hugo")
print()
print(head + "".join(f" | {e}" for e in extra) + " |")
print("|---" * (1 + len(tools) + len(extra)) + "|")
base10k = None
for n in sizes:
    cells = {t: cell(t, n) for t in tools}
    line = f"| {n:,} | " + " | ".join(cells[t][0] for t in tools)
    for e in extra:
        mine, other = e.split(" / ")
        a, b = cells[mine][1], cells[other][1]
        line += f" | {a / b:.2f}" if a and b else " | -"
    print(line + " |")
h = {n: cell("handbook", n)[1] for n in sizes}
if 10000 in h and 100000 in h and h[10000] and h[100000]:
    print(f"\n100,000 / 10,000 pages (handbook): {h[100000] / h[10000]:.1f}x the time")
EOF
