#!/usr/bin/env bash
# Everything the kit makes from its test portfolios, written to one folder, so that two versions of the
# kit can be compared byte for byte (`diff -r BEFORE AFTER`): a refactoring must leave it unchanged.
#   - per baked portfolio and audience (workspace, public): the site, its PDF and the site's zip, as
#     `mvn package -DskipTests -Dportfolio=DIR [-Dcmalt.audience=public]` writes them;
#   - per portfolio (baked ones and the corpus): `check --offline` in text, JSON, SARIF and github
#     formats, and `plan` (text) on a fixed day, each with its exit code; per check fixture, text and JSON.
# Run from a checkout whose `mvn package` has run (it uses target/cmalt.jar and rebuilds target/site).
# Usage: bench/snapshot.sh OUT
set -euo pipefail
out=${1:?usage: bench/snapshot.sh OUT}
cd "$(dirname "$0")/.."
kit=$PWD
mkdir -p "$out"
out=$(cd "$out" && pwd)
jar=$kit/target/cmalt.jar
[[ -f $jar ]] || { echo "no $jar: run mvn package first" >&2; exit 2; }
corpus=$kit/../shared/corpus

baked=(sample-portfolio src/test/resources/portfolios/senior-partial src/test/resources/portfolios/cmalt-draft)
checked=("${baked[@]}")
for d in "$corpus"/*/; do checked+=("${d%/}"); done
fixtures=()
while IFS= read -r f; do fixtures+=("$(dirname "$f")"); done < <(find src/test/resources/check-fixtures -name portfolio.yml | sort)

name() { local n=${1#"$kit"/}; n=${n#../shared/}; echo "${n//\//_}"; }

for p in "${baked[@]}"; do
  for audience in workspace public; do
    dest=$out/bake/$(name "$p")/$audience
    mkdir -p "$dest"
    extra=()
    [[ $audience == public ]] && extra=(-Dcmalt.audience=public)
    rm -rf target/site target/portfolio-site.zip
    mvn -o -q -B package -DskipTests -Dportfolio="$kit/$p" "${extra[@]}" >"$dest/mvn.log" 2>&1 || echo "exit $?" >>"$dest/mvn.log"
    [[ -d target/site ]] && cp -r target/site "$dest/site"
    [[ -f target/portfolio-site.zip ]] && cp target/portfolio-site.zip "$dest/"
    echo "baked $p ($audience)"
  done
done

snap_check() {   # snap_check PORTFOLIO FORMAT...
  local p=$1; shift
  local dest=$out/check/$(name "$p")
  mkdir -p "$dest"
  (
    cd "$p"
    for f in "$@"; do
      rc=0
      java -jar "$jar" check . --offline --no-color --format "$f" >"$dest/check.$f" 2>&1 || rc=$?
      echo "exit $rc" >>"$dest/check.$f"
    done
  )
}
snap_plan() {   # snap_plan PORTFOLIO
  local dest=$out/check/$(name "$1") rc=0
  (cd "$1" && java -jar "$jar" plan . --today 2026-03-02) >"$dest/plan.txt" 2>&1 || rc=$?
  echo "exit $rc" >>"$dest/plan.txt"
}
for p in "${checked[@]}"; do snap_check "$p" text json sarif github; snap_plan "$p"; done
# The fixtures are many: two formats each (the other two render the same findings), no plan.
for p in "${fixtures[@]}"; do snap_check "$p" text json; done
echo "checked ${#checked[@]} portfolios in four formats, ${#fixtures[@]} fixtures in two; wrote $out"
