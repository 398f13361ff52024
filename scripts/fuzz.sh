#!/usr/bin/env bash
# Runs every `cargo fuzz` target (fuzz/fuzz_targets) for a bounded time, starting from the
# shipped instruments and locale files and the seeds in fuzz/corpus. A crash, a panic, a timeout
# or a leak fails the run; the input that did it is left in fuzz/artifacts/<target>/.
#
#   scripts/fuzz.sh                  every target, FUZZ_SECONDS (default 30) each
#   FUZZ_SECONDS=600 scripts/fuzz.sh form csv_export
#
# FUZZ_SANITIZER: address (default) or none (more runs a second; the workspace forbids unsafe
# code, so ASan mostly watches the dependencies).
# FUZZ_TARGET_DIR: where builds and the grown corpus go (default fuzz/target); CI points it
# outside the clone so that the next run on the same machine starts warm.
set -euo pipefail
cd "$(dirname "$0")/.."

seconds="${FUZZ_SECONDS:-30}"
sanitizer="${FUZZ_SANITIZER:-address}"
if [ "$#" -gt 0 ]; then
  targets=("$@")
else
  targets=(instrument fluent form csv_export)
fi

if ! cargo fuzz --version >/dev/null 2>&1; then
  echo "installing cargo-fuzz"
  cargo install cargo-fuzz --locked
fi

# cargo-fuzz passes -Z flags (sanitizer, coverage); the stable compiler takes them when told to
# behave as a bootstrap compiler, so no nightly toolchain is needed.
export RUSTC_BOOTSTRAP=1
# The targets are linted like the workspace (clippy, warnings denied) in the same build; the
# dependencies are compiled as usual.
export RUSTC_WORKSPACE_WRAPPER="${RUSTC_WORKSPACE_WRAPPER:-$(rustup which clippy-driver)}"
export CLIPPY_ARGS="-D__CLIPPY_HACKERY__warnings__CLIPPY_HACKERY__"
target_dir="${FUZZ_TARGET_DIR:-fuzz/target}"
work="$target_dir/corpus"
logs="$target_dir/logs"
mkdir -p "$logs"

# The corpus the fuzzer grows lives under the target dir (ignored); the shipped files are copied in
# fresh each run so that a new instrument or message file is a new seed.
seed() {
  local target=$1
  shift
  mkdir -p "$work/$target"
  for file in "$@"; do
    [ -f "$file" ] || continue
    # Locale folders repeat file names (fr-CA/web.ftl, en-CA/web.ftl): keep the path in the name.
    cp "$file" "$work/$target/$(echo "$file" | tr '/' '_')"
  done
}
seed instrument surveys/*.toml crates/parite-core/tests/fixtures/*.toml fuzz/fixtures/*.toml
seed fluent locales/*/*.ftl crates/parite-i18n/tests/fixtures/*/*/*.ftl
seed form
seed csv_export

started=$(date +%s)
cargo fuzz build --target-dir "$target_dir" -s "$sanitizer"
echo "fuzz targets built in $(($(date +%s) - started)) s"

for target in "${targets[@]}"; do
  log="$logs/$target.log"
  # New inputs go to the first folder (the work corpus); fuzz/corpus/<target> is only read.
  if ! cargo fuzz run --target-dir "$target_dir" -s "$sanitizer" "$target" \
    "$work/$target" "fuzz/corpus/$target" -- \
    -max_total_time="$seconds" -timeout=10 -print_final_stats=1 >"$log" 2>&1; then
    tail -n 60 "$log" >&2
    echo "fuzz target $target failed; the input is in fuzz/artifacts/$target/ (full log: $log)" >&2
    echo "replay: RUSTC_BOOTSTRAP=1 cargo fuzz run --target-dir $target_dir $target <input>" >&2
    exit 1
  fi
  runs=$(grep -oE 'stat::number_of_executed_units: *[0-9]+' "$log" | grep -oE '[0-9]+$' || echo "?")
  coverage=$(grep -oE 'cov: [0-9]+' "$log" | tail -n 1 || true)
  echo "fuzz $target: ${runs} inputs in ${seconds} s, no failure (${coverage:-cov: ?})"
done
