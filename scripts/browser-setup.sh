#!/usr/bin/env bash
# Installs what the browser tests (`cargo test -p parite-web --test browser`) need, when missing:
# Debian's Chromium and ChromeDriver, and the npm packages axe-core (accessibility rules) and
# vnu-jar (the Nu Html Checker) into target/browser-tools. Idempotent and quiet.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -x /usr/bin/chromedriver ] || [ ! -x /usr/bin/chromium ]; then
  echo "browser-setup: installing chromium and chromium-driver"
  export DEBIAN_FRONTEND=noninteractive
  log=$(mktemp)
  if ! { apt-get -o DPkg::Lock::Timeout=600 update -qq && apt-get -o DPkg::Lock::Timeout=600 install -y -qq chromium chromium-driver; } >"$log" 2>&1; then
    cat "$log" >&2
    exit 1
  fi
  rm -f "$log"
fi

# The tests look in the same place: PARITE_BROWSER_TOOLS, else the Cargo target folder.
tools="${PARITE_BROWSER_TOOLS:-${CARGO_TARGET_DIR:-target}/browser-tools}"
axe="$tools/node_modules/axe-core/axe.min.js"
vnu="$tools/node_modules/vnu-jar/build/dist/vnu.jar"
if [ ! -f "$axe" ] || [ ! -f "$vnu" ]; then
  echo "browser-setup: installing axe-core and vnu-jar into $tools"
  mkdir -p "$tools"
  # --ignore-scripts: vnu-jar's install script would fetch a Java runtime; the machine's is used.
  npm install --prefix "$tools" --no-audit --no-fund --no-save --ignore-scripts --loglevel=error \
    axe-core@4.14.1 vnu-jar@26.9.27 >/dev/null
fi

if ! command -v java >/dev/null; then
  echo "browser-setup: java is missing (the Nu Html Checker needs Java 11 or later)" >&2
  exit 1
fi
