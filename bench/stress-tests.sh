#!/usr/bin/env bash
# The unit test suite, N times in a row, on a loaded machine: a test that depends on wall-clock speed
# or on the order of other tests shows up here as a run that fails.
#
#   bench/stress-tests.sh                 (RUNS=10, LOAD=cpu)
#   RUNS=3 LOAD=bake bench/stress-tests.sh
#
# LOAD=cpu   2 × nproc busy loops (`yes > /dev/null`), i.e. every core wanted twice over;
# LOAD=bake  as cpu, plus a busy bake: `mvn -o -q package -DskipTests` of the sample portfolio, over and
#            over, in a copy of this checkout under target/stress/ (needs the kit's plugin dependencies
#            in ~/.m2, as any `mvn package` does);
# LOAD=bake-only  the busy bake alone, no busy loops (for a machine that other work already loads);
# LOAD=none  no extra load (a baseline).
# Each run is `mvn -o -B test -Punit` (surefire only), then .ci/test-reports, so a skipped test fails the run too.
# Logs: target/stress/run-N.log. Prints one line per run (PASS/FAIL, seconds, load average) and a summary;
# exits 1 if any run failed.
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${RUNS:-10}
LOAD=${LOAD:-cpu}
OUT=target/stress
mkdir -p "$OUT"
pids=()
stop_load() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  for p in "${pids[@]}"; do wait "$p" 2>/dev/null || true; done
}
trap stop_load EXIT

case $LOAD in
  none) ;;
  cpu | bake | bake-only)
    if [[ $LOAD != bake-only ]]; then
      for _ in $(seq $(( $(nproc) * 2 ))); do yes > /dev/null & pids+=($!); done
    fi
    if [[ $LOAD == bake* ]]; then
      rm -rf "$OUT/load-copy" && mkdir -p "$OUT/load-copy"
      git archive HEAD | tar -x -C "$OUT/load-copy"
      ( cd "$OUT/load-copy" && while true; do mvn -o -q package -DskipTests > ../bake-loop.log 2>&1 || true; done ) & pids+=($!)
    fi ;;
  *) echo "LOAD must be cpu, bake, bake-only or none" >&2; exit 2 ;;
esac
echo "stress-tests: $RUNS runs of the unit tests with LOAD=$LOAD ($(nproc) cores, load average $(cut -d' ' -f1 /proc/loadavg))"

failed=0
for i in $(seq "$RUNS"); do
  start=$SECONDS
  rm -rf target/surefire-reports
  if mvn -o -B test -Punit > "$OUT/run-$i.log" 2>&1 && .ci/test-reports surefire >> "$OUT/run-$i.log" 2>&1; then
    verdict=PASS
  else
    verdict=FAIL
    failed=$((failed + 1))
    grep -E "Tests run:.*(Fail|Err)|<<< (FAIL|ERR)|test-reports: .*(skipped|failure|error):" "$OUT/run-$i.log" | head -5 | sed 's/^/    /'
  fi
  # The kit's Maven is quiet (.mvn/maven.config): the count comes from .ci/test-reports.
  summary=$(grep -h "test-reports: surefire:" "$OUT/run-$i.log" | tail -1 | sed 's/\x1b\[[0-9;]*m//g; s/^test-reports: surefire: //' || true)
  printf 'run %2d: %s in %4ds, load %s  (%s)\n' "$i" "$verdict" $((SECONDS - start)) "$(cut -d' ' -f1 /proc/loadavg)" "$summary"
done
echo "stress-tests: $((RUNS - failed)) of $RUNS runs passed (LOAD=$LOAD)"
((failed == 0))
