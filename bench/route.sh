#!/usr/bin/env bash
# The README's route, followed as a candidate would on a fresh clone: each command's wall time, the
# number of lines it prints and its exit status, one table row per command. Dependencies come from
# the local Maven repository (run once online first); the clone is thrown away at the end.
# Usage: bench/route.sh [REPO]     (REPO defaults to this checkout; its committed state is cloned)
#   ROUTE_FULL=1   adds the kit's own tests (`mvn -B verify`, the README's test command) at the end
#   ROUTE_SETUP=1  only the set-up row (`mvn package` on the fresh clone), e.g. to time it several times
set -uo pipefail
repo=$(cd "${1:-$(dirname "$0")/..}" && pwd)
work=$(mktemp -d)
trap 'kill $(jobs -p) 2>/dev/null; rm -rf "$work"' EXIT
git clone -q "$repo" "$work/kit"
cd "$work/kit"
mvn_args=(-o)   # the candidate's Maven is online; offline here only so the timing has no network in it
log=$work/out

printf '| command | seconds | lines | exit |\n| --- | ---: | ---: | ---: |\n'
row() {   # row LABEL EXPECTED-EXIT COMMAND...: run it, print its row, keep its output in $log
  local label=$1 want=$2; shift 2
  local start end status
  start=$(date +%s.%N)
  "$@" >"$log" 2>&1; status=$?
  end=$(date +%s.%N)
  printf '| `%s` | %.1f | %d | %d%s |\n' "$label" "$(echo "$end - $start" | bc)" "$(wc -l <"$log")" \
    "$status" "$([ "$status" = "$want" ] || echo " (expected $want)")"
}
served() {   # served LABEL COMMAND...: time until the home page answers, then stop it (TERM: a background job of a script ignores Ctrl+C's SIGINT)
  local label=$1; shift
  local start end lines
  start=$(date +%s.%N)
  "$@" >"$log" 2>&1 &
  local pid=$!
  for _ in $(seq 1 600); do
    curl -fs -m 2 -o /dev/null "http://127.0.0.1:$port/" && break
    sleep 0.05
  done
  end=$(date +%s.%N)
  lines=$(wc -l <"$log")
  kill -TERM "$pid" 2>/dev/null; wait "$pid" 2>/dev/null
  printf '| `%s` (until the home page answers) | %.1f | %d | - |\n' "$label" "$(echo "$end - $start" | bc)" "$lines"
}

row "mvn package" 0 mvn "${mvn_args[@]}" package
[ "${ROUTE_SETUP:-}" = 1 ] && exit 0
row "./cmalt --version" 0 ./cmalt --version
row './cmalt init --pathway cmalt --candidate "Ann Example"' 0 \
  ./cmalt init --pathway cmalt --candidate "Ann Example"
port=8820 served "./cmalt preview" ./cmalt preview
row "./cmalt check --offline (sections not written)" 1 ./cmalt check --offline
row "./cmalt plan" 0 ./cmalt plan
row "mvn jbake:generate" 0 mvn "${mvn_args[@]}" jbake:generate
port=8820 served "mvn jbake:inline" mvn "${mvn_args[@]}" jbake:inline
row "mvn package (portfolio/ not written yet)" 0 mvn "${mvn_args[@]}" package
row "mvn verify -Psubmit (not written yet)" 1 mvn "${mvn_args[@]}" verify -Psubmit
# A finished portfolio: the sample's text, as a candidate's own.
rm -rf portfolio && cp -r sample-portfolio portfolio
row "mvn verify -Psubmit (finished portfolio)" 0 mvn "${mvn_args[@]}" verify -Psubmit
row "mvn package -Dcmalt.audience=public" 0 mvn "${mvn_args[@]}" package -Dcmalt.audience=public
if [ "${ROUTE_FULL:-}" = 1 ]; then
  row "mvn -B verify (the kit's tests)" 0 mvn "${mvn_args[@]}" -B verify
fi
changed=$(git status --porcelain --untracked-files=no)
[ -z "$changed" ] && echo "No tracked file changed." || printf 'Tracked files changed:\n%s\n' "$changed"
