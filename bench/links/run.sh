#!/usr/bin/env bash
# Link-checker benchmark: 1000 links over 10 loopback hosts (127.0.0.2-.11), 50 ms a response.
# Times ours three ways (the verifier alone through LinkBench; `java -jar target/cmalt.jar check` and
# `./cmalt check` on a portfolio whose one section holds the links), markdown-link-check and
# linkinator (from npm, into bench/links/tools/), one run each, and prints issue 11's row: ours
# against linkinator (goal >= 1.5x, <= 8 in flight per host).
#   mvn -q package -DskipTests && bench/links/run.sh
# Environment: JAVA_OPTS= LINKS=1000 LATENCY_MS=50 PER_HOST=8 GLOBAL=80 ROUNDS=1 SKIP_NPM=1 (ours only)
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
JAR="$ROOT/target/cmalt.jar"
LINKS="${LINKS:-1000}"; LATENCY_MS="${LATENCY_MS:-50}"
PER_HOST="${PER_HOST:-8}"; GLOBAL="${GLOBAL:-80}"; ROUNDS="${ROUNDS:-1}"
MLC_VERSION=3.15.0; LINKINATOR_VERSION=7.6.1  # 8.x needs Node 22 (its undici fails on Node 20)

[ -f "$JAR" ] || { echo "no $JAR: run 'mvn -q package -DskipTests' first" >&2; exit 2; }
WORK="$(mktemp -d)"
# The benchmark's client is not in the kit's jar: compiled here against it, before any timing.
javac -d "$WORK/classes" -cp "$JAR" "$HERE/LinkBench.java"
SERVER_PID=""
cleanup() { [ -n "$SERVER_PID" ] && kill "$SERVER_PID" 2>/dev/null; rm -rf "$WORK"; }
trap cleanup EXIT

# Peak memory and wall time of a command: /usr/bin/time when there is one, else /proc polling.
measure() { # NAME LINKS_CHECKED CMD...
  local name="$1" count="$2"; shift 2
  local cpu="?"
  if [ -x /usr/bin/time ]; then
    /usr/bin/time -f "%e %M %U %S" -o "$WORK/$name.time" "$@" > "$WORK/$name.out" 2>&1 || true
    read -r secs kb usr sys < <(tail -1 "$WORK/$name.time")
    cpu=$(echo "$usr + $sys" | bc)
  else
    local start end peak=0 pid rss
    start=$(date +%s.%N)
    "$@" > "$WORK/$name.out" 2>&1 & pid=$!
    while kill -0 "$pid" 2>/dev/null; do
      rss=$(awk '/VmRSS/{print $2}' "/proc/$pid/status" 2>/dev/null || echo 0)
      for c in $(pgrep -P "$pid" 2>/dev/null); do rss=$((rss + $(awk '/VmRSS/{print $2}' "/proc/$c/status" 2>/dev/null || echo 0))); done
      [ "${rss:-0}" -gt "$peak" ] && peak=$rss
      sleep 0.05
    done
    wait "$pid" || true
    end=$(date +%s.%N); secs=$(echo "$end - $start" | bc); kb=$peak
  fi
  local stats; stats=$(curl -s "http://127.0.0.2:$PORT/__stats" | tail -1)
  curl -s "http://127.0.0.2:$PORT/__reset" > /dev/null
  printf '%-20s %7.2f s wall  %6.0f links/s  CPU %5s s  peak RSS %4d MB  server: %s\n' \
    "$name" "$secs" "$(echo "$count / $secs" | bc -l)" "$cpu" "$((kb / 1024))" "$stats"
  printf '%s %s %s %s %s\n' "$name" "$(echo "$count / $secs" | bc -l)" "$cpu" \
    "$(echo "$stats" | sed -n 's/.*max_peak_in_flight_per_host=\([0-9]*\).*/\1/p')" \
    "$(echo "$stats" | sed -n 's/.*total requests=\([0-9]*\).*/\1/p')" >> "$WORK/rows"
}

java -cp "$JAR" "$HERE/BenchServer.java" "$WORK" "$LINKS" "$LATENCY_MS" 10 > "$WORK/server.log" 2>&1 &
SERVER_PID=$!
for _ in $(seq 100); do grep -q READY "$WORK/server.log" && break; sleep 0.1; done
PORT=$(awk '/READY/{print $2}' "$WORK/server.log")
[ -n "$PORT" ] || { cat "$WORK/server.log" >&2; exit 2; }
echo "server: $LINKS HTML pages on 127.0.0.2-.11:$PORT, ${LATENCY_MS} ms each; $(nproc) CPUs, load $(cut -d' ' -f1-3 /proc/loadavg)"

measure ours $((LINKS * ROUNDS)) java ${JAVA_OPTS:-} -cp "$JAR:$WORK/classes" LinkBench --per-host "$PER_HOST" --global "$GLOBAL" --rounds "$ROUNDS" "$WORK/links.md"
sed 's/^/    /' "$WORK/ours.out"
# A run that did not check the links must not print as a (very fast) result.
grep -q "links/s" "$WORK/ours.out" || { echo "our checker did not run (is $JAR up to date? mvn -q package -DskipTests)" >&2; exit 1; }

# The command a candidate runs: a portfolio with one section file holding the same links (the check
# also reports the sections it lacks: exit 1 is expected), no link cache, the same limits.
PF="$WORK/portfolio"
mkdir -p "$PF/content"
printf 'candidate: Bench Candidate\npathway: cmalt\n' > "$PF/portfolio.yml"
{ printf -- '---\nsection: core-1a\ntitle: Evidence\n---\n\n'; grep '](http' "$WORK/links.md"; } > "$PF/content/evidence.md"
CHECK_ARGS=(check "$PF" --no-link-cache --per-host "$PER_HOST" --max-in-flight "$GLOBAL")
measure ours-java-jar-check "$LINKS" java ${JAVA_OPTS:-} -jar "$JAR" "${CHECK_ARGS[@]}"
tail -1 "$WORK/ours-java-jar-check.out" | sed 's/^/    /'
measure ours-cmalt-check "$LINKS" "$ROOT/cmalt" "${CHECK_ARGS[@]}"
tail -1 "$WORK/ours-cmalt-check.out" | sed 's/^/    /'

if [ -z "${SKIP_NPM:-}" ]; then
  TOOLS="$HERE/tools"
  mkdir -p "$TOOLS"
  have() { grep -q "\"version\": \"$2\"" "$TOOLS/node_modules/$1/package.json" 2>/dev/null; }
  if ! have linkinator "$LINKINATOR_VERSION" || ! have markdown-link-check "$MLC_VERSION"; then
    (cd "$TOOLS" && npm install --no-audit --no-fund --loglevel=error \
        "markdown-link-check@$MLC_VERSION" "linkinator@$LINKINATOR_VERSION") \
      || echo "npm install failed: markdown-link-check and linkinator not measured" >&2
  fi
  if [ -x "$TOOLS/node_modules/.bin/markdown-link-check" ]; then
    measure markdown-link-check "$LINKS" "$TOOLS/node_modules/.bin/markdown-link-check" -q "$WORK/links.md"
    grep -E 'links checked|ERROR|dead' "$WORK/markdown-link-check.out" | tail -3 | sed 's/^/    /' || true
  fi
  if [ -x "$TOOLS/node_modules/.bin/linkinator" ]; then
    measure linkinator "$LINKS" "$TOOLS/node_modules/.bin/linkinator" "$WORK/links.md" --markdown --format CSV
    echo "    $(grep -c ',200,' "$WORK/linkinator.out" || true) links with status 200"
  fi
fi

# Issue 11's row: links/s of the whole command (JVM or Node start included), ours against linkinator.
# A row whose server saw fewer requests than links did not check them all: it never counts as met.
if grep -q '^linkinator ' "$WORK/rows"; then
  read -r _ lk_rate lk_cpu lk_peak _ < <(grep '^linkinator ' "$WORK/rows")
  echo
  echo "| what | ours | linkinator | goal | verdict |"
  echo "| --- | --- | --- | --- | --- |"
  while read -r name rate cpu peak requests; do
    expected=$LINKS
    case "$name" in
      ours) what="verifier alone (LinkBench, java -cp)"; expected=$((LINKS * ROUNDS)) ;;
      ours-java-jar-check) what="java -jar target/cmalt.jar check" ;;
      ours-cmalt-check) what="./cmalt check" ;;
      *) continue ;;
    esac
    ratio=$(echo "$rate / $lk_rate" | bc -l)
    verdict=$(echo "$ratio >= 1.5 && $peak <= 8 && $requests >= $expected" | bc -l)
    printf '| web links, %s, whole command | %.0f links/s, %s CPU-s, <= %s in flight per host | %.0f links/s, %s CPU-s, %s in flight per host | >= 1.5x linkinator, <= 8 per host | %.2fx: %s |\n' \
      "$what" "$rate" "$cpu" "$peak" "$lk_rate" "$lk_cpu" "$lk_peak" "$ratio" \
      "$([ "$verdict" = 1 ] && echo met || echo 'not met')"
  done < "$WORK/rows"
  echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
fi
