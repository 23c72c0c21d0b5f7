#!/usr/bin/env bash
# Bake benchmark: the kit's `mvn jbake:generate` against stock JBake, paired, at 13 and 200 files.
#
#   bench/bake.sh            (after `mvn package -DskipTests`; offline; about 10-20 minutes on 2 cores)
#
# The plugin loads the kit from this checkout's target/cmalt.jar (pom.xml), so ~/.m2 is used as is.
# Environment: ROUNDS (default 5), SIZES (default "13 200"), PACKAGE_ROUNDS (default ROUNDS; 0 skips
# the `mvn package -Dportfolio=DIR` measurement), LOGGED_ROUNDS (default 3: runs with JBake's log
# on, after the timed ones, for JBake's own bake time and the phases; medians are reported). Work files: target/bench/bake/; results:
# target/bench/results/bake.md (and bake-runs.tsv, one line per timed run).
#
# Variants, all on the same generated portfolio (bench/gen-portfolio.sh):
#   ours    in the kit: mvn -q -o jbake:generate@bake -Dcmalt.stage=STAGE -Dcmalt.baked=SITE
#           (the `bake` execution's inputDirectory is ${cmalt.stage}; STAGE is made once with
#           the build step `stage` (java -cp target/cmalt.jar io.github.cmaltkit.build.BuildStep stage),
#           exactly as `mvn package` stages it)
#   stock   a separate Maven project (bench/stock/pom.xml: the same plugin, jbake-core 2.7.0 and
#           Freemarker 2.3.31, no kit) on the same files with JBake headers (title=, type=page,
#           status=published, ~~~~~~), JBake's own flexmark engine, templates bench/stock/templates
#           (the kit's frame and stylesheet without the kit's model): mvn -q -o jbake:generate
#   package in the kit: mvn -q -o package -DskipTests -Dportfolio=DIR (compile check, jar, shade,
#           stage, bake, summary), reported separately
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
LOAD_START=$(load_avg)

ROUNDS=${ROUNDS:-5}
SIZES=${SIZES:-"13 200"}
PACKAGE_ROUNDS=${PACKAGE_ROUNDS:-$ROUNDS}
LOGGED_ROUNDS=${LOGGED_ROUNDS:-3}
WORK="$KIT/target/bench/bake"
MVN=(mvn -q -o -B) # + MAVEN_REPO_OPTS (bench/lib.sh)
OUT="$RESULTS/bake.md"
TSV="$RESULTS/bake-runs.tsv"

die() { echo "bench/bake.sh: $*" >&2; exit 2; }

[[ -f "$KIT/target/cmalt.jar" ]] || die "target/cmalt.jar is missing: run \`mvn package -DskipTests\` first"
jar_note="this checkout's target/cmalt.jar (commit $(git -C "$KIT" rev-parse --short HEAD)), which the plugin loads"
echo "$jar_note" >&2

rm -rf "$WORK"
mkdir -p "$WORK"
: >"$TSV"

# A logged run: prints "maven setup orientdb parse render exit baked_ms items" in ms, from the
# JBake log's timestamps (ms of the day) and the process start/end.
phases() {
  local log=$1 t0=$2 t1=$3
  awk -v t0="$t0" -v t1="$t1" '
    function ms(s,  h) { split(s, h, /[:.]/); return ((h[1] * 60 + h[2]) * 60 + h[3]) * 1000 + h[4] }
    /--- jbake-maven-plugin/ && !mojo { mojo = ms($1) }
    /Baking has started/ && !start { start = ms($1) }
    /register new extractors/ && !db { db = ms($1) }
    /Content detected:/ && !parsed { parsed = ms($1) }
    /Baking finished!/ && !fin { fin = ms($1) }
    /Baked [0-9]+ items in/ { for (i = 1; i <= NF; i++) { if ($i == "Baked") items = $(i + 1); if ($i ~ /^[0-9]+ms$/) { sub(/ms/, "", $i); baked = $i } } }
    END { printf "%d %d %d %d %d %d %d %d\n", mojo - t0, start - mojo, db - start, parsed - db, fin - parsed, t1 - fin, baked, items }' "$log"
}
ms_of_day() { date +%H:%M:%S.%3N | awk -F'[:.]' '{ print (($1 * 60 + $2) * 60 + $3) * 1000 + $4 }'; }

run_ours() { # N
  local p="$WORK/n$1"
  (cd "$KIT" && "${MVN[@]}" "${MAVEN_REPO_OPTS[@]}" jbake:generate@bake -Dcmalt.stage="$p/ours-input" -Dcmalt.baked="$p/ours-site")
}
run_stock() { # N
  local p="$WORK/n$1"
  (cd "$WORK/stock" && "${MVN[@]}" "${MAVEN_REPO_OPTS[@]}" jbake:generate -Djbake.inputDirectory="$p/stock-input" -Djbake.outputDirectory="$p/stock-site")
}
run_package() { # N
  local p="$WORK/n$1"
  (cd "$KIT" && "${MVN[@]}" "${MAVEN_REPO_OPTS[@]}" package -DskipTests -Dportfolio="$p/portfolio" -Dcmalt.stage="$p/pkg-stage" -Dcmalt.baked="$p/pkg-baked" -Dcmalt.site="$p/pkg-site")
}

# --- set-up -------------------------------------------------------------------------------------
mkdir -p "$WORK/stock"
cp "$BENCH_DIR/stock/pom.xml" "$WORK/stock/pom.xml"
for n in $SIZES; do
  p="$WORK/n$n"
  echo "set-up: $n files in $p" >&2
  "$BENCH_DIR/gen-portfolio.sh" "$n" "$p/portfolio"
  java -cp "$KIT/target/cmalt.jar" io.github.cmaltkit.build.BuildStep stage "$p/portfolio" --templates "$KIT/templates" \
    --stage "$p/ours-input" --site "$p/ours-site" --baked "$p/ours-site"
  make_stock_input "$p/portfolio" "$p/stock-input"

  # A warm-up run of each (not timed), and a check that each baked every page with its own templates.
  for v in ours stock; do
    LOG="$p/warmup-$v.log" time_ms "run_$v" "$n" >/dev/null || die "the $v bake of $n files failed (log: $p/warmup-$v.log)"
    pages=$(find "$p/$v-site" -maxdepth 1 -name '*.html' | wc -l)
    [[ $pages -eq $((n + 1)) ]] || die "$v baked $pages pages for $n files (expected $((n + 1)))"
  done
  grep -q 'class="section"' "$p/ours-site/002-core-1a.html" || die "ours: the kit's section template was not used"
  grep -q 'generator" content="JBake' "$p/stock-site/002-core-1a.html" || die "stock: the stock template was not used"
done

# --- paired rounds: ours and stock alternate which goes first --------------------------------------
declare -A times
for n in $SIZES; do
  for ((r = 1; r <= ROUNDS; r++)); do
    if ((r % 2)); then order="ours stock"; else order="stock ours"; fi
    for v in $order; do
      ms=$(LOG="$WORK/n$n/timed-$v.log" time_ms "run_$v" "$n")
      times[$n,$v]+="$ms "
      printf '%s\t%s\t%s\t%s\t%s\n' "$n" "$v" "$r" "$ms" "$(load_avg)" >>"$TSV"
      echo "n=$n round $r $v: ${ms} ms (load $(load_avg))" >&2
    done
  done
done

# LOGGED_ROUNDS runs of each after the timed rounds (warm, like them): JBake's own figures and the phases.
for n in $SIZES; do
  p="$WORK/n$n"
  for ((l = 1; l <= LOGGED_ROUNDS; l++)); do
  for v in ours stock; do
    log="$p/$v-log-$l.txt"
    t0=$(ms_of_day)
    if [[ $v == ours ]]; then
      (cd "$KIT" && mvn -o -B "${MAVEN_REPO_OPTS[@]}" jbake:generate@bake -Dcmalt.stage="$p/ours-input" -Dcmalt.baked="$p/ours-site" "${JBAKE_LOG_OPTS[@]}") >"$log" 2>&1 \
        || { tail -40 "$log" >&2; die "the logged $v bake of $n files failed (log: $log)"; }
    else
      (cd "$WORK/stock" && mvn -o -B "${MAVEN_REPO_OPTS[@]}" jbake:generate -Djbake.inputDirectory="$p/stock-input" -Djbake.outputDirectory="$p/stock-site" "${JBAKE_LOG_OPTS[@]}") >"$log" 2>&1 \
        || { tail -40 "$log" >&2; die "the logged $v bake of $n files failed (log: $log)"; }
    fi
    t1=$(ms_of_day)
    echo "$n $v $(phases "$log" "$t0" "$t1")" >>"$WORK/phases.txt"
  done
  done
done

# Maven start-up alone: `mvn -q -o validate` in the kit and in the stock project.
for ((r = 1; r <= ROUNDS; r++)); do
  ms=$(time_ms bash -c "cd '$KIT' && mvn -q -o -B ${MAVEN_REPO_OPTS[*]} validate"); times[validate,ours]+="$ms "
  ms=$(time_ms bash -c "cd '$WORK/stock' && mvn -q -o -B ${MAVEN_REPO_OPTS[*]} validate"); times[validate,stock]+="$ms "
done

# The full staged path, reported separately.
if ((PACKAGE_ROUNDS > 0)); then
  for n in $SIZES; do
    for ((r = 1; r <= PACKAGE_ROUNDS; r++)); do
      ms=$(LOG="$WORK/n$n/timed-package.log" time_ms run_package "$n")
      times[$n,package]+="$ms "
      printf '%s\t%s\t%s\t%s\t%s\n' "$n" package "$r" "$ms" "$(load_avg)" >>"$TSV"
      echo "n=$n round $r package: ${ms} ms (load $(load_avg))" >&2
    done
  done
fi

# --- report -----------------------------------------------------------------------------------------
paired_ratio() { # N: median of the per-round ratios ours/stock
  awk -F'\t' -v n="$1" '$1 == n && $2 == "ours" { o[$3] = $4 } $1 == n && $2 == "stock" { s[$3] = $4 }
    END { for (r in o) if (r in s) printf "%.3f\n", o[r] / s[r] }' "$TSV" | sort -n |
    awk '{ a[NR] = $1 } END { if (NR == 0) { print "-"; exit } printf "%.2f\n", (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }'
}
{
  echo "### Bake: ours vs stock JBake ($(date -u '+%Y-%m-%d %H:%M UTC'))"
  echo
  echo "Machine: $(machine_line). Load average (1, 5, 15 min) at the start: $LOAD_START; at the end: $(load_avg). Rounds: $ROUNDS (paired, alternating order)."
  echo "Kit jar: $jar_note."
  echo
  echo "| files | variant | median s | min s | max s | ratio ours/stock (medians) | paired ratio (median of rounds) |"
  echo "| ---: | --- | ---: | ---: | ---: | ---: | ---: |"
  for n in $SIZES; do
    read -r om omin omax <<<"$(stats "${times[$n,ours]}")"
    read -r sm smin smax <<<"$(stats "${times[$n,stock]}")"
    ratio=$(awk -v a="$om" -v b="$sm" 'BEGIN { printf "%.2f", a / b }')
    echo "| $n | ours \`jbake:generate@bake\` | $(secs "$om") | $(secs "$omin") | $(secs "$omax") | **${ratio}×** | $(paired_ratio "$n")× |"
    echo "| $n | stock JBake | $(secs "$sm") | $(secs "$smin") | $(secs "$smax") | | |"
    if [[ -n "${times[$n,package]:-}" ]]; then
      read -r pm pmin pmax <<<"$(stats "${times[$n,package]}")"
      echo "| $n | ours \`package -Dportfolio\` | $(secs "$pm") | $(secs "$pmin") | $(secs "$pmax") | | |"
    fi
  done
  read -r vm vmin vmax <<<"$(stats "${times[validate,ours]}")"
  read -r wm wmin wmax <<<"$(stats "${times[validate,stock]}")"
  echo "| - | \`mvn -q -o validate\` (kit) | $(secs "$vm") | $(secs "$vmin") | $(secs "$vmax") | | |"
  echo "| - | \`mvn -q -o validate\` (stock project) | $(secs "$wm") | $(secs "$wmin") | $(secs "$wmax") | | |"
  echo
  echo "Where the time goes (medians of $LOGGED_ROUNDS more runs of each with JBake's log on, after the timed rounds; from JBake's log timestamps; seconds):"
  echo
  echo "| files | variant | Maven to plugin | plugin + JBake set-up | OrientDB start | parse (crawl) | render + assets | exit | JBake \"Baked N items in\" (min–max) |"
  echo "| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
  for n in $SIZES; do
    for v in ours stock; do
      row="| $n | $v |"
      for col in 3 4 5 6 7 8; do
        read -r m _ _ <<<"$(stats "$(awk -v n="$n" -v v="$v" -v c="$col" '$1 == n && $2 == v { printf "%s ", $c }' "$WORK/phases.txt")")"
        row+=" $(secs "$m") |"
      done
      read -r bm bmin bmax <<<"$(stats "$(awk -v n="$n" -v v="$v" '$1 == n && $2 == v { printf "%s ", $9 }' "$WORK/phases.txt")")"
      items=$(awk -v n="$n" -v v="$v" '$1 == n && $2 == v { i = $10 } END { print i }' "$WORK/phases.txt")
      echo "$row $items items in $bm ms ($bmin–$bmax) |"
    done
  done
} >"$OUT"
cat "$OUT"
