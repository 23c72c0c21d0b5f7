#!/usr/bin/env bash
# Live-preview latency under `mvn jbake:inline`: the time from saving one section to the re-baked page.
#
#   bench/preview.sh          (after `mvn package -DskipTests`; offline; a few minutes)
#
# Environment: EDITS (default 5), PORT (default 8820, JBake's), POLL_MS (default 25), VARIANT (ours,
# the default, or stock: the same portfolio with JBake headers and bench/stock/ templates, served by
# stock JBake's `jbake:inline` from the bench/stock/pom.xml project, for comparison).
# Work files: target/bench/preview[-stock]/; results: target/bench/results/preview[-stock].md.
#
# A copy of the sample portfolio (target/bench/preview/input, with the jbake.properties an older
# `cmalt init` wrote, src/test/resources/old-init-jbake.properties, and the kit's templates beside it as
# that file expects) is served by
#   sleep 900 | mvn -o jbake:inline@bake -Dcmalt.stage=INPUT -Dcmalt.baked=SITE -Djbake.port=PORT
# (the `bake` execution's inputDirectory is ${cmalt.stage}; stdin stays open because the plugin stops
# at end of input). Then EDITS times: append a unique marker to 03-core-1b.md, poll
# http://127.0.0.1:PORT/03-core-1b.html every POLL_MS until the marker is there, and record the time
# from the save to that answer. JBake's log (timestamps on) gives, for each edit, when the change
# was noticed ("Refreshing") and how long the re-bake took ("Baked N items in X ms").
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
LOAD_START=$(load_avg)

EDITS=${EDITS:-5}
PORT=${PORT:-8820}
POLL_MS=${POLL_MS:-25}
VARIANT=${VARIANT:-ours}
case $VARIANT in
  ours) WORK="$KIT/target/bench/preview"; OUT="$RESULTS/preview.md" ;;
  stock) WORK="$KIT/target/bench/preview-stock"; OUT="$RESULTS/preview-stock.md" ;;
  *) echo "bench/preview.sh: VARIANT must be ours or stock" >&2; exit 2 ;;
esac
PAGE="03-core-1b"
URL="http://127.0.0.1:$PORT"

die() { echo "bench/preview.sh: $*" >&2; exit 2; }

if curl -s -o /dev/null --max-time 2 "$URL/"; then
  die "something already answers on $URL (another preview?); stop it or set PORT=…"
fi

rm -rf "$WORK"
mkdir -p "$WORK"
if [[ $VARIANT == ours ]]; then
  cp -r "$KIT/sample-portfolio" "$WORK/input"
  # As the sample was measured before the kit kept its settings to itself: template.folder=../templates.
  cp "$KIT/src/test/resources/old-init-jbake.properties" "$WORK/input/jbake.properties"
  cp -r "$KIT/templates" "$WORK/templates"
else
  make_stock_input "$KIT/sample-portfolio" "$WORK/input"
  mkdir -p "$WORK/stock"
  cp "$BENCH_DIR/stock/pom.xml" "$WORK/stock/pom.xml"
fi
FILE=$(ls "$WORK/input/content/"*"-core-1b.md")
ORIGINAL="$WORK/original.md"
cp "$FILE" "$ORIGINAL"
LOGF="$WORK/inline-log.txt"

pgid=""
cleanup() {
  if [[ -n "$pgid" ]]; then
    kill -TERM -- "-$pgid" 2>/dev/null || true
    for _ in $(seq 1 50); do kill -0 -- "-$pgid" 2>/dev/null || break; sleep 0.1; done
    kill -KILL -- "-$pgid" 2>/dev/null || true
  fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# Job control on: the pipeline gets its own process group, which cleanup ends as a whole.
set -m
if [[ $VARIANT == ours ]]; then
  (sleep 900 | exec mvn -o -B "${MAVEN_REPO_OPTS[@]}" jbake:inline@bake -f "$KIT/pom.xml" -Dcmalt.stage="$WORK/input" -Dcmalt.baked="$WORK/site" \
    -Djbake.port="$PORT" "${JBAKE_LOG_OPTS[@]}") >"$LOGF" 2>&1 &
else
  (sleep 900 | exec mvn -o -B "${MAVEN_REPO_OPTS[@]}" jbake:inline -f "$WORK/stock/pom.xml" -Djbake.inputDirectory="$WORK/input" \
    -Djbake.outputDirectory="$WORK/site" -Djbake.port="$PORT" "${JBAKE_LOG_OPTS[@]}") >"$LOGF" 2>&1 &
fi
pgid=$!
set +m

t_start=$(now_ms)
until curl -sf -o /dev/null --max-time 2 "$URL/index.html"; do
  kill -0 "$pgid" 2>/dev/null || { tail -30 "$LOGF" >&2; die "mvn jbake:inline stopped (log: $LOGF)"; }
  (($(now_ms) - t_start < 600000)) || die "no answer on $URL after 600 s (log: $LOGF)"
  sleep 0.2
done
startup_ms=$(($(now_ms) - t_start))
echo "preview up after $startup_ms ms (load $(load_avg))" >&2
if [[ $VARIANT == ours ]]; then expect='class="section"'; else expect='generator" content="JBake'; fi
curl -sf "$URL/$PAGE.html" | grep -q "$expect" || die "$URL/$PAGE.html is not the $VARIANT template's page"

bakes_done() { grep -c 'Baking finished!' "$LOGF" || true; }
poll_s=$(awk -v ms="$POLL_MS" 'BEGIN { printf "%.3f", ms / 1000 }')
latencies=""
: >"$WORK/edits.txt"
for ((e = 1; e <= EDITS; e++)); do
  # Let the watcher settle: no bake running, and a little quiet time.
  before=$(bakes_done)
  sleep 2
  marker="bench-marker-$e-$(date +%s%N)"
  { cat "$ORIGINAL"; printf '\nEdited for the preview benchmark: %s.\n' "$marker"; } >"$FILE.tmp"
  saved_day=$(date +%H:%M:%S.%3N)
  t0=$(now_ms)
  cat "$FILE.tmp" >"$FILE" # rewrite in place, as most editors save
  until curl -s --max-time 5 "$URL/$PAGE.html" 2>/dev/null | grep -q "$marker"; do
    (($(now_ms) - t0 < 120000)) || die "edit $e: the marker did not appear within 120 s (log: $LOGF)"
    sleep "$poll_s"
  done
  t1=$(now_ms)
  ms=$((t1 - t0))
  latencies+="$ms "
  echo "edit $e: ${ms} ms from save to re-baked page (load $(load_avg))" >&2
  # Wait for that bake to finish before the next edit.
  for _ in $(seq 1 600); do (($(bakes_done) > before)) && break; sleep 0.1; done
  echo "$e $saved_day $ms" >>"$WORK/edits.txt"
done
rm -f "$FILE.tmp"
cp "$ORIGINAL" "$FILE"

# From the log: for each re-bake, when the change was noticed and JBake's own bake time.
awk 'function ms(s,  h) { split(s, h, /[:.]/); return ((h[1] * 60 + h[2]) * 60 + h[3]) * 1000 + h[4] }
  FNR == NR { saved[$1] = ms($2); next }
  /Refreshing/ { refresh[++nr] = ms($1) }
  nr > 0 && /Baking has started/ { start[nr] = ms($1) }
  nr > 0 && /register new extractors/ && !(nr in db) { db[nr] = ms($1) }
  nr > 0 && /Content detected:/ { det[nr] = ms($1) }
  nr > 0 && /Baking finished!/ { fin[nr] = ms($1) }
  /Baked [0-9]+ items in/ && nr > 0 { for (i = 1; i <= NF; i++) if ($i ~ /^[0-9]+ms$/) { sub(/ms/, "", $i); baked[nr] = $i } }
  END { for (e = 1; e in saved; e++) printf "%d %d %d %d %d %d\n", e, refresh[e] - saved[e], baked[e],
        db[e] - start[e], det[e] - db[e], fin[e] - det[e] }' \
  "$WORK/edits.txt" "$LOGF" >"$WORK/log-figures.txt"
noticed=$(awk '{ printf "%s ", $2 }' "$WORK/log-figures.txt")
rebake=$(awk '{ printf "%s ", $3 }' "$WORK/log-figures.txt")
dbstart=$(awk '{ printf "%s ", $4 }' "$WORK/log-figures.txt")
crawl=$(awk '{ printf "%s ", $5 }' "$WORK/log-figures.txt")
render=$(awk '{ printf "%s ", $6 }' "$WORK/log-figures.txt")
initial=$(grep -m1 -o 'Baked [0-9]* items in [0-9]*ms' "$LOGF" || echo "-")

read -r lm lmin lmax <<<"$(stats "$latencies")"
read -r nm nmin nmax <<<"$(stats "$noticed")"
read -r bm bmin bmax <<<"$(stats "$rebake")"
{
  echo "### Live preview under \`mvn jbake:inline\`, $VARIANT ($(date -u '+%Y-%m-%d %H:%M UTC'))"
  echo
  echo "Machine: $(machine_line). Load average (1, 5, 15 min) at the start: $LOAD_START; at the end: $(load_avg)."
  echo "Input: a copy of sample-portfolio ($(ls "$WORK/input/content" | wc -l) files, $(find "$WORK/input/assets" -type f | wc -l) assets); edited file: $(basename "$FILE"); $EDITS edits, page polled every $POLL_MS ms."
  echo
  echo "| measure | median s | min s | max s |"
  echo "| --- | ---: | ---: | ---: |"
  echo "| save → re-baked page served (goal ≤ 0.5 s) | **$(secs "$lm")** | $(secs "$lmin") | $(secs "$lmax") |"
  echo "| save → JBake notices (\"Refreshing\" in the log) | $(secs "$nm") | $(secs "$nmin") | $(secs "$nmax") |"
  echo "| JBake's own re-bake (\"Baked N items in\") | $(secs "$bm") | $(secs "$bmin") | $(secs "$bmax") |"
  for row in "… of it: OrientDB start (\"Baking has started\" → extractors registered)@$dbstart" \
             "… of it: crawl, parse every file@$crawl" "… of it: render every page + copy assets@$render"; do
    read -r m mn mx <<<"$(stats "${row#*@}")"
    echo "| ${row%%@*} | $(secs "$m") | $(secs "$mn") | $(secs "$mx") |"
  done
  echo
  echo "Start-up (command to first answer): $(secs "$startup_ms") s; first bake: $initial. Raw latencies (ms): $latencies"
} >"$OUT"
cat "$OUT"
