#!/usr/bin/env bash
# Import benchmark: `java -jar target/cmalt.jar import DRAFT --into DIR` on a 100-page Word draft
# (bench/GenDraft.java), the same through the `./cmalt` launcher, and on a 100-file Markdown folder
# (bench/gen-portfolio.sh). Goal: under 5 s.
#
#   bench/import.sh           (after `mvn package -DskipTests`; offline; under a minute)
#
# Environment: ROUNDS (default 5), PAGES (default 100). Work files: target/bench/import/;
# results: target/bench/results/import.md.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
LOAD_START=$(load_avg)

ROUNDS=${ROUNDS:-5}
PAGES=${PAGES:-100}
WORK="$KIT/target/bench/import"
OUT="$RESULTS/import.md"
JAR="$KIT/target/cmalt.jar"
[[ -f "$JAR" ]] || { echo "bench/import.sh: target/cmalt.jar is missing: run \`mvn package -DskipTests\` first" >&2; exit 2; }

rm -rf "$WORK"
mkdir -p "$WORK"
java -cp "$JAR" "$BENCH_DIR/GenDraft.java" "$PAGES" "$WORK/draft.docx"
"$BENCH_DIR/gen-portfolio.sh" "$PAGES" "$WORK/markdown" >/dev/null

# One import into a new folder, run from $WORK (the report goes to $WORK/target/); prints its time in ms.
import_once() { # DRAFT ROUND [launcher]
  if [[ -n "${3:-}" ]]; then
    (cd "$WORK" && time_ms "$KIT/cmalt" import "$1" --into "$WORK/out-cmalt-$(basename "$1")-$2")
  else
    (cd "$WORK" && time_ms java -jar "$JAR" import "$1" --into "$WORK/out-$(basename "$1")-$2")
  fi
}

row() { # LABEL DRAFT [launcher]
  local times="" t
  for i in $(seq 1 "$ROUNDS"); do
    t=$(import_once "$2" "$i" "${3:-}")
    times="$times $t"
  done
  read -r med min max <<<"$(stats "$times")"
  echo "| $1 | $(secs "$med") s | $(secs "$min")–$(secs "$max") s | $ROUNDS |"
}

{
  echo "# Import benchmark ($(date -u +%Y-%m-%dT%H:%MZ))"
  echo
  echo "$(machine_line); load at start: $LOAD_START"
  echo
  echo "| draft | median | range | rounds |"
  echo "| --- | --- | --- | --- |"
  row "Word, $PAGES pages ($(du -k "$WORK/draft.docx" | cut -f1) KB; $(unzip -l "$WORK/draft.docx" | tail -1 | awk '{print $1}') bytes unzipped)" "$WORK/draft.docx"
  row "Word, $PAGES pages, with the \`./cmalt\` launcher (quick compiler only)" "$WORK/draft.docx" launcher
  row "Markdown folder, $PAGES files" "$WORK/markdown"
  echo
  echo "Each round is a whole \`java -jar target/cmalt.jar import\` (JVM start included) into a new folder."
  grep -E "^  (words|links|images):" "$WORK/target/import-report.txt" | sed 's/^  /last report: /'
} | tee "$OUT"
