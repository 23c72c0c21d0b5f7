#!/usr/bin/env bash
# One very long section: does the kit's cost grow with the text, and no faster? For each size (MB),
# a portfolio whose core-1a file holds that much generated Markdown (the other sections as
# bench/gen-portfolio.sh writes them), timed through the README's commands:
#   mvn -o -q package -DskipTests -Dportfolio=DIR      (compile is done: the bake, summary and export)
#   java -jar target/cmalt.jar check DIR --offline --format json
# and prints a row per size with seconds per MB, so that growth faster than the text shows as a
# rising last column. Each command runs ROUNDS times (median). No timing is asserted anywhere.
#   mvn -q package -DskipTests && bench/big-section.sh          (SIZES="1 2 6" ROUNDS=1)
set -euo pipefail
source "$(dirname "$0")/lib.sh"
SIZES=${SIZES:-1 2 6}
ROUNDS=${ROUNDS:-1}
work=$KIT/target/bench/big-section
rm -rf "$work"
mkdir -p "$work"
cd "$KIT"
[[ -f target/cmalt.jar ]] || { echo "no target/cmalt.jar: run mvn -q package -DskipTests first" >&2; exit 2; }
echo "# big-section: $(machine_line); load $(cut -d' ' -f1-3 /proc/loadavg)"

# A pool of generated pages to take the text from (about 3 KB each).
bench/gen-portfolio.sh 400 "$work/pool" >/dev/null

make_portfolio() {   # make_portfolio MB DIR
  local mb=$1 dir=$2 want=$(($1 * 1024 * 1024))
  cp -r "$work/pool" "$dir"
  local target
  target=$(grep -l '^section: core-1a' "$dir"/content/*.md | head -1)
  # Extra pages (no section) are dropped; their bodies, headings pushed one level down, make the long file.
  local extras=()
  while IFS= read -r f; do extras+=("$f"); done < <(grep -L '^section:' "$dir"/content/*.md)
  python3 - "$target" "$want" "${extras[@]}" <<'EOF'
import re, sys
target, want, pool = sys.argv[1], int(sys.argv[2]), sys.argv[3:]
text = open(target, encoding="utf-8").read()
bodies = []
for p in pool:
    body = re.sub(r"\A---\n.*?\n---\n", "", open(p, encoding="utf-8").read(), flags=re.S)
    bodies.append(re.sub(r"(?m)^(#+) ", r"\1# ", body))
i = 0
parts = [text]
size = len(text.encode("utf-8"))
while size < want:
    b = bodies[i % len(bodies)]
    parts.append("\n" + b)
    size += len(b.encode("utf-8")) + 1
    i += 1
open(target, "w", encoding="utf-8").write("".join(parts))
EOF
  for f in "${extras[@]}"; do rm -f "$f"; done
}

printf '| size | file | package s | package s/MB | check s | check s/MB |\n| --- | ---: | ---: | ---: | ---: | ---: |\n'
for mb in $SIZES; do
  dir=$work/p$mb
  make_portfolio "$mb" "$dir"
  bytes=$(grep -l '^section: core-1a' "$dir"/content/*.md | xargs wc -c | awk '{print $1}')
  pk=() ck=()
  for _ in $(seq "$ROUNDS"); do
    pk+=("$(LOG=$work/package-$mb.log time_ms mvn -o -q -B package -DskipTests -Dportfolio="$dir")")
    ck+=("$(time_ms java -jar target/cmalt.jar check "$dir" --offline --format json || true)")
  done
  read -r pm _ _ < <(stats "${pk[*]}")
  read -r cm _ _ < <(stats "${ck[*]}")
  awk -v mb="$mb" -v b="$bytes" -v p="$pm" -v c="$cm" 'BEGIN {
    s = b / 1048576
    printf "| %s MB | %.2f MB | %.1f | %.1f | %.1f | %.2f |\n", mb, s, p / 1000, p / 1000 / s, c / 1000, c / 1000 / s }'
done
