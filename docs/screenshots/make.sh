#!/bin/sh
# Screenshots of the baked site and its PDF at a phone width (375 px) and a desktop width (1280 px),
# for the README and for reviewing the layout. Needs a baked site (mvn package) and Debian's
# chromium and poppler-utils (pdftoppm). Rerun after any template change:
#   sh docs/screenshots/make.sh [SITE_DIR]
set -eu
here=$(cd "$(dirname "$0")" && pwd)
site=${1:-$here/../../target/site}
site=$(cd "$site" && pwd)
chromium=${CHROMIUM:-/usr/bin/chromium}
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT

# The first section page in reading order, whatever the portfolio calls it.
section=$(ls "$site" | grep -v '^index.html$' | grep '\.html$' | sort | head -n 1)

shot() { # name page width height
  "$chromium" --headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage --hide-scrollbars \
    --disable-background-networking --disable-component-update --no-first-run --disable-sync \
    --user-data-dir="$profile" --window-size="$3,$4" --screenshot="$here/$1.png" "file://$site/$2" >/dev/null 2>&1
  echo "$here/$1.png"
}
for w in 375 1280; do
  h=812; [ "$w" = 1280 ] && h=900
  shot "home-$w" index.html "$w" "$h"
  shot "section-$w" "$section" "$w" "$h"
  shot "progress-$w" kit/progress.html "$w" "$h"
  # The PDF's first two pages, as wide as the screen.
  pdftoppm -png -f 1 -l 2 -scale-to-x "$w" -scale-to-y -1 "$site/portfolio.pdf" "$here/pdf-$w"
  ls "$here"/pdf-"$w"-*.png
done
