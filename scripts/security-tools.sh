#!/usr/bin/env bash
# Dependency checks with cargo-deny (deny.toml): licences, banned crates and sources always;
# security advisories only where the RustSec database can be fetched (it lives on GitHub).
#
#   scripts/security-tools.sh
#   PARITE_REQUIRE_ADVISORIES=1 scripts/security-tools.sh   # fail when advisories cannot run
set -euo pipefail
cd "$(dirname "$0")/.."

if ! cargo deny --version >/dev/null 2>&1; then
  echo "installing cargo-deny (a few minutes, once per machine)"
  started=$(date +%s)
  # Unoptimized: it compiles in about half the time and checks this tree in seconds anyway.
  cargo install --locked --debug cargo-deny
  echo "cargo-deny installed in $(($(date +%s) - started)) s"
fi

# Duplicate versions are reported as warnings; the tree of who pulls each in is left out.
cargo deny --locked check --hide-inclusion-graph licenses bans sources

advisory_db=https://github.com/RustSec/advisory-db
if timeout 15 git ls-remote --exit-code "$advisory_db" HEAD >/dev/null 2>&1; then
  cargo deny --locked check --hide-inclusion-graph advisories
elif [ "${PARITE_REQUIRE_ADVISORIES:-0}" = "1" ]; then
  echo "the RustSec advisory database ($advisory_db) cannot be reached" >&2
  exit 1
else
  echo "advisories NOT checked: the RustSec advisory database ($advisory_db) cannot be reached" \
    "from this machine; see SECURITY.md, Dependencies"
fi
