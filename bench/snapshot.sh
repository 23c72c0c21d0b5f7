#!/usr/bin/env bash
# Everything the kit makes from its test portfolios, written to one folder, so that two versions of the
# kit can be compared byte for byte (`diff -r BEFORE AFTER`): a refactoring must leave it unchanged.
#   - per baked portfolio and audience (workspace, public): the site, its PDF and the site's zip, as
#     `mvn package -DskipTests -Dportfolio=DIR [-Dcmalt.audience=public]` writes them;
#   - per portfolio (baked ones, the corpus and every check fixture): `check --offline` in text, JSON,
#     SARIF and github formats, and `plan` (text) on a fixed day, each with its exit code.
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
for d in "$corpus"/*/ src/test/resources/check-fixtures/*/; do
  [[ -f $d/portfolio.yml || -d $d/content ]] && checked+=("${d%/}")
done

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

for p in "${checked[@]}"; do
  dest=$out/check/$(name "$p")
  mkdir -p "$dest"
  (
    cd "$p"
    for f in text json sarif github; do
      rc=0
      java -jar "$jar" check . --offline --no-color --format "$f" >"$dest/check.$f" 2>&1 || rc=$?
      echo "exit $rc" >>"$dest/check.$f"
    done
    rc=0
    java -jar "$jar" plan . --today 2026-03-02 >"$dest/plan.txt" 2>&1 || rc=$?
    echo "exit $rc" >>"$dest/plan.txt"
  )
done
echo "checked ${#checked[@]} portfolios; wrote $out"
