# Shared helpers for the bench/ scripts (sourced, not run).
KIT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BENCH_DIR="$KIT/bench"
RESULTS="$KIT/target/bench/results"
mkdir -p "$RESULTS"

# Milliseconds since the epoch.
now_ms() { date +%s%3N; }

# Runs a command quietly (output to $LOG if set), prints its wall time in ms; fails if it fails.
time_ms() {
  local t0 t1 rc=0
  t0=$(now_ms)
  "$@" >>"${LOG:-/dev/null}" 2>&1 || rc=$?
  t1=$(now_ms)
  if [[ $rc -ne 0 ]]; then
    echo "FAILED (exit $rc): $*" >&2
    [[ -n "${LOG:-}" ]] && tail -30 "$LOG" >&2
    return $rc
  fi
  echo $((t1 - t0))
}

# stats "1 2 3": prints "median min max" (median of an even count: the mean of the middle two).
stats() {
  printf '%s\n' $1 | sort -n | awk '{a[NR]=$1} END {
    if (NR == 0) { print "- - -"; exit }
    m = (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2
    printf "%d %d %d\n", m, a[1], a[NR] }'
}

# Seconds with two decimals from milliseconds.
secs() { awk -v ms="$1" 'BEGIN { printf "%.2f", ms / 1000 }'; }

# One line describing the machine and its load now.
machine_line() {
  local mem java
  mem=$(free -h | awk '/^Mem:/ {print $2}')
  java=$(java -version 2>&1 | head -1)
  echo "nproc $(nproc), memory $mem, $java, $(mvn -v 2>/dev/null | head -1 | sed 's/\x1b\[[0-9;]*m//g')"
}
load_avg() { uptime | sed 's/.*load average: //'; }

# Logging switches that make JBake print its phases with timestamps.
# The kit's .mvn/jvm.config quiets Maven; the phases need the "--- jbake-maven-plugin" line back.
JBAKE_LOG_OPTS=(-Dorg.slf4j.simpleLogger.log.org.apache.maven.cli.event.ExecutionEventLogger=info -Dorg.slf4j.simpleLogger.log.org.jbake=info -Dorg.slf4j.simpleLogger.showDateTime=true
  -Dorg.slf4j.simpleLogger.dateTimeFormat=HH:mm:ss.SSS)

# Prints a portfolio Markdown file converted to JBake's own header format (title=, type=page,
# status=published, ~~~~~~), the body unchanged: the input of the stock JBake comparisons.
to_jbake() {
  awk 'NR == 1 && /^---$/ { fm = 1; next }
       fm && /^---$/ { fm = 0; print "type=page"; print "status=published"; print "~~~~~~"; next }
       fm { if (sub(/^title: /, "")) print "title=" $0; next }
       { print }' "$1"
}

# make_stock_input PORTFOLIO DEST: DEST becomes a stock JBake input folder (content converted, assets,
# bench/stock templates with the kit's stylesheet, bench/stock/jbake.properties).
make_stock_input() {
  local src=$1 dest=$2 f
  mkdir -p "$dest/content" "$dest/templates"
  if [[ -d "$src/assets" ]]; then cp -r "$src/assets" "$dest/assets"; else mkdir -p "$dest/assets"; fi
  cp "$BENCH_DIR/stock/jbake.properties" "$dest/jbake.properties"
  cp "$BENCH_DIR"/stock/templates/*.ftl "$dest/templates/"
  cp "$KIT/templates/_style.ftl" "$dest/templates/_style.ftl"
  for f in "$src/content"/*.md; do to_jbake "$f" >"$dest/content/$(basename "$f")"; done
}

# The kit's `mvn jbake:generate` loads the kit from this checkout's target/cmalt.jar (a system-scope
# dependency of the plugin in pom.xml), not from ~/.m2: an `mvn install` in another checkout cannot
# change the code a benchmark runs, so Maven uses the local repository as it is.
MAVEN_REPO_OPTS=()
