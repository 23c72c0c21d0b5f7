#!/usr/bin/env bash
# Generates a deterministic benchmark portfolio: bench/gen-portfolio.sh N OUT [SEED]
# (12 CMALT sections, then extra pages up to N files of ~400 words each). OUT must not exist or be empty.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
if [[ $# -lt 2 || $# -gt 3 ]]; then
  echo "usage: bench/gen-portfolio.sh N OUT [SEED]" >&2
  exit 2
fi
exec java "$here/GenPortfolio.java" "$@"
