#!/usr/bin/env bash
# Redraws docs/charts/ from the demo data (the same as `serve --demo`): one chart of each kind,
# the barrier profile with its peer/professional split hidden (Carrefour Santé Sud, a small
# team) and shown (Centre Horizon).
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --quiet
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
db="sqlite://$dir/parite.db"
./target/debug/parite demo seed --database "$db" > /dev/null
chart() { # report org locale chart file
  local org=()
  [ -n "$2" ] && org=(--org "$2")
  ./target/debug/parite report --database "$db" --report "$1" "${org[@]}" --locale "$3" \
    --format png --chart "$4" --out "docs/charts/$5" > /dev/null
}
chart organization carrefour-sante-sud fr-CA barrier-profile barrier-profile.fr.png
chart organization centre-horizon en-CA barrier-profile barrier-profile-split.en.png
chart organization carrefour-sante-sud fr-CA barrier-change barrier-change.fr.png
chart organization carrefour-sante-sud fr-CA fidelity-domains fidelity-domains.fr.png
chart funder-overview "" fr-CA stage-progress stage-progress.fr.png
chart funder-overview "" en-CA barrier-heatmap barrier-heatmap.en.png
echo "docs/charts redrawn"
