#!/usr/bin/env python3
"""Save-to-served latency of `handbook serve`, and its first build against `handbook build`.

Builds a benchmark corpus (or uses --corpus), times `handbook build` on it, starts `handbook serve`,
then edits the Markdown of one page at a time (a new sentence at the end of its body, as an author
would add one) and polls the page over HTTP until the new text is served. The time from the write
to the first response holding the text is the latency. serve then brings the search index up to
date in the background: the script polls search-index/index.js until the manifest changes (it names
its build) and reports that time too, before making the next edit. Prints each edit, then the
medians and p90s, and the machine's load (uptime), since timings on a shared machine are noisy.

    python3 bench/serve-latency.py --pages 10000 --edits 20
    python3 bench/serve-latency.py --corpus /tmp/corpus-10k --edits 20 --jar target/handbook.jar
"""
import argparse
import http.client
import os
import random
import re
import resource
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time

HERE = os.path.dirname(os.path.abspath(__file__))
# The shared generator sits beside the repository (../shared), as bench/run.sh expects; GEN_CORPUS overrides.
GEN = os.environ.get("GEN_CORPUS", os.path.join(HERE, "..", "..", "shared", "bench", "gen-corpus.py"))


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--pages", type=int, default=10000, help="pages of the generated corpus (default 10000)")
    ap.add_argument("--corpus", help="an existing handbook root (holding content/) instead of generating one")
    ap.add_argument("--jar", default=os.path.join(HERE, "..", "target", "handbook.jar"))
    ap.add_argument("--edits", type=int, default=20, help="edits measured (default 20)")
    ap.add_argument("--warmup", type=int, default=3, help="edits before measuring, while the JIT warms up (default 3)")
    ap.add_argument("--port", type=int, default=4517)
    ap.add_argument("--seed", type=int, default=6)
    ap.add_argument("--skip-build", action="store_true", help="do not time handbook build")
    ap.add_argument("--build-after", action="store_true",
                    help="time serve's first build, then handbook build, then start serve again to measure edits")
    args = ap.parse_args()

    root = args.corpus or generate(args.pages)
    pages = sorted(os.path.join(d, f) for d, _, fs in os.walk(os.path.join(root, "content"))
                   for f in fs if f.endswith(".md") and f not in ("index.md", "_index.md"))
    print(f"corpus: {root} ({len(pages)} pages besides section pages)")
    print(f"load before: {load()}")

    if not args.skip_build and not args.build_after:
        time_build(args.jar, root)
    serve, url, lines = start_serve(args.jar, root, args.port)
    if args.build_after:
        serve.send_signal(signal.SIGINT)
        serve.wait(timeout=60)
        time_build(args.jar, root)
        serve, url, lines = start_serve(args.jar, root, args.port)
    measure(args, root, pages, serve, lines)


def time_build(jar, root):
    """Runs handbook build on the corpus and prints its wall-clock and CPU time."""
    out = tempfile.mkdtemp(prefix="serve-bench-build-")
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.monotonic()
    subprocess.run(["java", "-jar", jar, "build", root, "--out", os.path.join(out, "site")],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
    print(f"handbook build: {time.monotonic() - start:.2f} s wall, {cpu:.1f} s CPU   (load {load()})")
    shutil.rmtree(out, ignore_errors=True)


def start_serve(jar, root, port):
    """Starts handbook serve, waits until it serves, prints how long its first build took."""
    start = time.monotonic()
    serve = subprocess.Popen(["java", "-jar", jar, "serve", root, "--port", str(port)],
                             stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    lines = []
    url = None
    for line in serve.stdout:
        lines.append(line)
        m = re.search(r"Serving the handbook at (\S+)", line)
        if m:
            url = m.group(1)
            break
    if url is None:
        sys.exit("serve did not start:\n" + "".join(lines))
    first = time.monotonic() - start
    cpu = cpu_seconds(serve.pid)
    built = next((l.strip() for l in lines if l.startswith("built ")), "?")
    print(f"handbook serve first build: {first:.2f} s wall, {cpu:.1f} s CPU until it serves   ({built}; load {load()})")
    threading.Thread(target=lambda: [lines.append(l) for l in serve.stdout], daemon=True).start()
    return serve, url, lines


def measure(args, root, pages, serve, lines):
    """Edits one page at a time and polls until the new text is served; prints median and p90."""
    rng = random.Random(args.seed)
    chosen = rng.sample(pages, args.warmup + args.edits)
    originals = {p: open(p, encoding="utf-8").read() for p in chosen}
    conn = http.client.HTTPConnection("127.0.0.1", args.port, timeout=30)
    times = []
    settles = []
    try:
        for i, page in enumerate(chosen):
            rel = os.path.relpath(page, os.path.join(root, "content"))
            path = "/" + rel[:-3] + "/"
            marker = f"Serve benchmark edit {i} {rng.getrandbits(32):08x}."
            text = originals[page].rstrip("\n") + "\n\n" + marker + "\n"
            manifest = get(conn, "/search-index/index.js")
            indexed_before = sum(1 for l in lines if l.startswith("search index:"))
            t0 = time.monotonic()
            with open(page, "w", encoding="utf-8") as f:  # the save
                f.write(text)
            while marker not in get(conn, path):
                if time.monotonic() - t0 > 60:
                    sys.exit(f"edit {i}: {path} never showed the new text")
                time.sleep(0.002)
            ms = (time.monotonic() - t0) * 1000
            while get(conn, "/search-index/index.js") == manifest:  # the index names its build
                if time.monotonic() - t0 > 120:
                    sys.exit(f"edit {i}: the search index never changed")
                time.sleep(0.01)
            settle = (time.monotonic() - t0) * 1000
            measured = i >= args.warmup
            if measured:
                times.append(ms)
                settles.append(settle)
            time.sleep(0.3)
            said = next((l.strip() for l in reversed(lines) if rel in l), "")
            took = re.search(r" in (\d+ ms)", said)
            indexed = [l.strip() for l in lines if l.startswith("search index:")][indexed_before:]
            index_took = re.search(r" in ([\d.]+ m?s)", indexed[-1]) if indexed else None
            print(f"  {'edit' if measured else 'warm-up'} {i:2d}  {ms:7.1f} ms  {path}"
                  f"   (serve: rebuilt in {took.group(1) if took else '?'})"
                  f"   search index served after {settle:7.1f} ms"
                  f" (made in {index_took.group(1) if index_took else '?'})")
    finally:
        for p, t in originals.items():
            with open(p, "w", encoding="utf-8") as f:
                f.write(t)
        time.sleep(1)
        serve.send_signal(signal.SIGINT)
        code = serve.wait(timeout=30)

    summary("save -> page served", times)
    summary("save -> search index served", settles)
    print(f"serve exited with {code}")


def summary(what, times):
    times = sorted(times)
    p90 = times[min(len(times) - 1, int(round(0.9 * len(times))) - 1)]
    print(f"{what}, {len(times)} edits: median {statistics.median(times):.1f} ms, p90 {p90:.1f} ms, "
          f"min {times[0]:.1f} ms, max {times[-1]:.1f} ms   (load {load()})")


def get(conn, path):
    conn.request("GET", path)
    return conn.getresponse().read().decode("utf-8", "replace")


def generate(pages):
    out = tempfile.mkdtemp(prefix=f"serve-bench-{pages}-")
    subprocess.run([sys.executable, GEN, "--pages", str(pages), "--out", out, "--format", "plain"], check=True,
                   stdout=subprocess.DEVNULL)
    return out


def cpu_seconds(pid):
    """User and system CPU time a running process has used so far."""
    fields = open(f"/proc/{pid}/stat").read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def load():
    return subprocess.run(["uptime"], capture_output=True, text=True).stdout.strip().split("load average:")[-1].strip()


if __name__ == "__main__":
    main()
