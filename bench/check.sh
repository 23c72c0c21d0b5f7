#!/usr/bin/env bash
# Checker benchmark: `java -jar target/cmalt.jar check DIR --offline --format json` alone, at 13 and
# 200 files, and the JVM start cost (`java -jar target/cmalt.jar --help`).
#
#   bench/check.sh            (after `mvn package -DskipTests`; offline; about a minute)
#
# Environment: ROUNDS (default 5), SIZES (default "13 200"). Work files: target/bench/check/;
# results: target/bench/results/check.md. Exit 0 also when the checker is not available yet (a build
# whose `check` is the stub that exits 2): the results then say so instead of giving times.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
LOAD_START=$(load_avg)

ROUNDS=${ROUNDS:-5}
SIZES=${SIZES:-"13 200"}
WORK="$KIT/target/bench/check"
OUT="$RESULTS/check.md"
JAR="${CMALT_JAR:-$KIT/target/cmalt.jar}" # CMALT_JAR: another build of the jar

die() { echo "bench/check.sh: $*" >&2; exit 2; }
[[ -f "$JAR" ]] || die "target/cmalt.jar is missing: run \`mvn package -DskipTests\` first"

rm -rf "$WORK"
mkdir -p "$WORK"
for n in $SIZES; do "$BENCH_DIR/gen-portfolio.sh" "$n" "$WORK/n$n"; done

# Runs the checker once; prints its exit status. 0 (no errors) and 1 (findings) both mean it ran.
check_once() { # N
  local rc=0
  java -jar "$JAR" check "$WORK/n$1" --offline --format json >"$WORK/n$1.json" 2>"$WORK/n$1.err" || rc=$?
  echo "$rc"
}

available=yes
for n in $SIZES; do
  rc=$(check_once "$n")
  if [[ $rc -ne 0 && $rc -ne 1 ]]; then
    available="no: \`check\` exited $rc at $n files: $(head -c 300 "$WORK/n$n.err" | tr '\n' ' ')"
    break
  fi
  # JSON output should at least parse as one JSON value; note it if not (the format is the checker's).
  if command -v python3 >/dev/null && ! python3 -m json.tool "$WORK/n$n.json" >/dev/null 2>&1; then
    echo "note: the checker's output at $n files is not valid JSON" >&2
  fi
done

# The `cmalt` launcher (class-data archive target/cmalt.jsa + the quick compiler), when this checkout has it.
LAUNCHER="$KIT/cmalt"
launcher=no
[[ -x "$LAUNCHER" && -f "$KIT/target/cmalt.jsa" && -z "${CMALT_JAR:-}" ]] && launcher=yes
launch_once() { # N
  local rc=0
  "$LAUNCHER" check "$WORK/n$1" --offline --format json >"$WORK/n$1.launcher.json" 2>"$WORK/n$1.launcher.err" || rc=$?
  echo "$rc"
}

declare -A times
for ((r = 1; r <= ROUNDS; r++)); do
  ms=$(time_ms java -jar "$JAR" --help); times[help]+="$ms "
  if [[ $launcher == yes ]]; then ms=$(time_ms "$LAUNCHER" --help); times[lhelp]+="$ms "; fi
  if [[ $available == yes ]]; then
    for n in $SIZES; do
      t0=$(now_ms)
      rc=$(check_once "$n")
      ms=$(($(now_ms) - t0))
      [[ $rc -eq 0 || $rc -eq 1 ]] || die "check exited $rc at $n files in round $r: $(cat "$WORK/n$n.err")"
      times[$n]+="$ms "
      echo "round $r, $n files: ${ms} ms (exit $rc, load $(load_avg))" >&2
      if [[ $launcher == yes ]]; then
        t0=$(now_ms)
        rc=$(launch_once "$n")
        ms=$(($(now_ms) - t0))
        [[ $rc -eq 0 || $rc -eq 1 ]] || die "./cmalt check exited $rc at $n files in round $r: $(cat "$WORK/n$n.launcher.err")"
        cmp -s "$WORK/n$n.json" "$WORK/n$n.launcher.json" || die "./cmalt check gave other output than java -jar at $n files"
        times[L$n]+="$ms "
        echo "round $r, $n files, launcher: ${ms} ms (load $(load_avg))" >&2
      fi
    done
  fi
done

read -r hm hmin hmax <<<"$(stats "${times[help]}")"
{
  echo "### Checker, offline ($(date -u '+%Y-%m-%d %H:%M UTC'))"
  echo
  echo "Machine: $(machine_line). Load average (1, 5, 15 min) at the start: $LOAD_START; at the end: $(load_avg). Rounds: $ROUNDS."
  echo "Jar: ${JAR#"$KIT"/}, sha256 $(sha256sum "$JAR" | cut -c1-12)…, built $(date -r "$JAR" -u '+%Y-%m-%d %H:%M UTC'), commit $(git -C "$KIT" rev-parse --short HEAD)."
  echo
  echo "| measure | median s | min s | max s | beyond JVM start (median) |"
  echo "| --- | ---: | ---: | ---: | ---: |"
  echo "| \`java -jar target/cmalt.jar --help\` (JVM start) | $(secs "$hm") | $(secs "$hmin") | $(secs "$hmax") | |"
  if [[ $available == yes ]]; then
    for n in $SIZES; do
      read -r m mn mx <<<"$(stats "${times[$n]}")"
      findings=$(grep -o '"severity"' "$WORK/n$n.json" | wc -l || true)
      echo "| \`check\` $n files \`--offline --format json\` ($findings findings) | $(secs "$m") | $(secs "$mn") | $(secs "$mx") | $(secs $((m - hm))) |"
    done
    if [[ $launcher == yes ]]; then
      read -r lm lmn lmx <<<"$(stats "${times[lhelp]}")"
      echo "| \`./cmalt --help\` (launcher: class-data archive, quick compiler) | $(secs "$lm") | $(secs "$lmn") | $(secs "$lmx") | |"
      for n in $SIZES; do
        read -r m mn mx <<<"$(stats "${times[L$n]}")"
        echo "| \`./cmalt check\` $n files \`--offline --format json\` | $(secs "$m") | $(secs "$mn") | $(secs "$mx") | $(secs $((m - hm))) |"
      done
      echo
      echo "Beyond JVM start is measured against \`java -jar target/cmalt.jar --help\` in both cases (goal at 200 files: ≤ 0.5 s)."
    fi
  else
    echo
    echo "Checker not available in this build ($available). Times for \`check\` will be taken after the checker is merged."
  fi
} >"$OUT"
cat "$OUT"
