#!/usr/bin/env bash
# The kit's own live preview (`java -jar target/cmalt.jar preview`): save → changed page served, at the
# sample's size and at 200 files, and the peer (stock JBake's `mvn jbake:inline`, bench/preview.sh
# VARIANT=stock) on the sample in the same run.
#
#   bench/live-preview.sh     (after `mvn package -DskipTests`; offline; a few minutes)
#
# Environment: EDITS (default 5), PORT (default 8840), POLL_MS (default 10), SIZES (default "sample 200"),
# PEER (default 1; 0 skips the stock JBake run). Work files: target/bench/live-preview/; results:
# target/bench/results/live-preview.md.
#
# For each size: a copy of the portfolio is served by
#   java -Dcmalt.preview.trace=true -jar target/cmalt.jar preview COPY --port PORT --stop-on-eof
# (stdin kept open by `sleep`). After the page answers and the preview's warm-up has rendered every page
# once, EDITS times: rewrite the core-1b file in place with a unique marker appended, poll the page
# every POLL_MS until the marker is served, and record the time from the end of the write to that
# answer. The preview's trace (stderr) gives its own steps: parse (crawl, crawl+list), the checker's
# whole-portfolio check the pages read ("check": the trace's "kit pages listed"), render, findings.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
LOAD_START=$(load_avg)

EDITS=${EDITS:-5}
PORT=${PORT:-8840}
POLL_MS=${POLL_MS:-10}
SIZES=${SIZES:-"sample 200"}
PEER=${PEER:-1}
WORK="$KIT/target/bench/live-preview"
OUT="$RESULTS/live-preview.md"
JAR="$KIT/target/cmalt.jar"
URL="http://127.0.0.1:$PORT"
die() { echo "bench/live-preview.sh: $*" >&2; exit 2; }
[[ -f "$JAR" ]] || die "target/cmalt.jar is missing: run \`mvn package -DskipTests\` first"
curl -s -o /dev/null --max-time 2 "$URL/" && die "something already answers on $URL; set PORT=…"

rm -rf "$WORK"
mkdir -p "$WORK"
pgid=""
cleanup() {
  if [[ -n "$pgid" ]]; then
    kill -TERM -- "-$pgid" 2>/dev/null || true
    for _ in $(seq 1 50); do kill -0 -- "-$pgid" 2>/dev/null || break; sleep 0.1; done
    kill -KILL -- "-$pgid" 2>/dev/null || true
    pgid=""
  fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM
poll_s=$(awk -v ms="$POLL_MS" 'BEGIN { printf "%.3f", ms / 1000 }')

declare -A lat startup traces files
for size in $SIZES; do
  in="$WORK/$size/portfolio"
  mkdir -p "$WORK/$size"
  if [[ $size == sample ]]; then cp -r "$KIT/sample-portfolio" "$in"; else "$BENCH_DIR/gen-portfolio.sh" "$size" "$in" >/dev/null; fi
  files[$size]=$(find "$in/content" -name '*.md' | wc -l)
  file=$(ls "$in/content/"*core-1b.md | head -1)
  page="$(basename "$file" .md).html"
  cp "$file" "$WORK/$size/original.md"
  log="$WORK/$size/preview.log"
  set -m
  (sleep 900 | exec java -Dcmalt.preview.trace=true -jar "$JAR" preview "$in" --port "$PORT" --stop-on-eof --work "$WORK/$size/work") >"$log" 2>&1 &
  pgid=$!
  set +m
  t0=$(now_ms)
  until curl -sf -o /dev/null --max-time 5 "$URL/index.html"; do
    kill -0 "$pgid" 2>/dev/null || { tail -20 "$log" >&2; die "the preview stopped (log: $log)"; }
    (($(now_ms) - t0 < 300000)) || die "no answer after 300 s (log: $log)"
    sleep 0.1
  done
  startup[$size]=$(($(now_ms) - t0))
  # Let the warm-up render every page once (it logs "trace findings" last), then a little quiet.
  for _ in $(seq 1 600); do grep -q 'trace findings' "$log" && break; sleep 0.1; done
  sleep 2
  lat[$size]=""
  for ((e = 1; e <= EDITS; e++)); do
    marker="bench-marker-$e-$(date +%s%N)"
    { cat "$WORK/$size/original.md"; printf '\nEdited for the preview benchmark: %s.\n' "$marker"; } >"$file.tmp-bench"
    mv "$file.tmp-bench" "$WORK/$size/next.md"
    t0=$(now_ms)
    cat "$WORK/$size/next.md" >"$file" # rewrite in place, as most editors save
    until curl -s --max-time 5 "$URL/$page" 2>/dev/null | grep -q "$marker"; do
      (($(now_ms) - t0 < 60000)) || die "edit $e at $size: the marker did not appear within 60 s (log: $log)"
      sleep "$poll_s"
    done
    ms=$(($(now_ms) - t0))
    lat[$size]+="$ms "
    echo "$size: edit $e: $ms ms (load $(load_avg))" >&2
    sleep 1.5
  done
  cp "$WORK/$size/original.md" "$file"
  traces[$size]=$(awk '/^Updated in/ { n++ } n > 0 && /^trace (crawl|render|findings|kit pages listed)/ { k = $2; sub(/:$/, "", k); if (k == "kit") k = "check"; v = $(NF - 1); s[k] = s[k] v " " }
    END { for (k in s) printf "%s=%s;", k, s[k] }' "$log")
  cleanup
done

if [[ $PEER == 1 && " $SIZES " == *" sample "* ]]; then
  echo "peer: stock JBake mvn jbake:inline on the sample (bench/preview.sh VARIANT=stock)" >&2
  VARIANT=stock EDITS=$EDITS bash "$BENCH_DIR/preview.sh" >/dev/null || echo "note: the stock run failed" >&2
fi

{
  echo "### Live preview: save → changed page served ($(date -u '+%Y-%m-%d %H:%M UTC'))"
  echo
  echo "Machine: $(machine_line). Load average (1, 5, 15 min) at the start: $LOAD_START; at the end: $(load_avg)."
  echo "$EDITS edits per size, page polled every $POLL_MS ms. Command: \`java -jar target/cmalt.jar preview DIR --port $PORT --stop-on-eof\`."
  echo
  echo "| what | files | goal | median s | min s | max s | start-up s |"
  echo "| --- | ---: | ---: | ---: | ---: | ---: | ---: |"
  for size in $SIZES; do
    goal="≤ 0.20"; [[ $size != sample ]] && goal="≤ 0.50"
    read -r m mn mx <<<"$(stats "${lat[$size]}")"
    echo "| ours, \`cmalt preview\` | ${files[$size]} | $goal | **$(secs "$m")** | $(secs "$mn") | $(secs "$mx") | $(secs "${startup[$size]}") |"
  done
  if [[ -f "$RESULTS/preview-stock.md" && $PEER == 1 ]]; then
    peer=$(grep -m1 'save → re-baked page served' "$RESULTS/preview-stock.md" | awk -F'|' '{ gsub(/[ *]/, "", $3); gsub(/ /, "", $4); gsub(/ /, "", $5); print $3, $4, $5 }')
    read -r pm pmn pmx <<<"$peer"
    echo "| peer, stock JBake \`mvn jbake:inline\` | 14 | | **$pm** | $pmn | $pmx | |"
  fi
  echo
  echo "The preview's own steps per edit (ms, from its trace; crawl+list includes crawl; check is the whole-portfolio check the pages and kit pages read, made once per update before the edited page is rendered; findings reuse it):"
  echo
  for size in $SIZES; do echo "- $size: ${traces[$size]}"; done
  echo
  echo "Raw latencies (ms): $(for size in $SIZES; do printf '%s: %s; ' "$size" "${lat[$size]}"; done)"
} >"$OUT"
cat "$OUT"
