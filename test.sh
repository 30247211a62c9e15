#!/usr/bin/env bash
# Runs every test, unit and browser. Installs what the browser tests drive first if it is missing
# (Debian packages): Chromium and chromedriver; Firefox ESR; WebKitGTK's WebKitWebDriver and
# MiniBrowser, with Xvfb for their display.
set -euo pipefail
cd "$(dirname "$0")"

missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v chromedriver >/dev/null 2>&1 || missing+=(chromium-driver)
command -v firefox-esr >/dev/null 2>&1 || missing+=(firefox-esr)
command -v WebKitWebDriver >/dev/null 2>&1 || missing+=(webkit2gtk-driver)
command -v Xvfb >/dev/null 2>&1 || missing+=(xvfb)

sudo_cmd=""
if [ "$(id -u)" -ne 0 ]; then sudo_cmd="sudo"; fi

if [ "${#missing[@]}" -gt 0 ]; then
  echo "Installing ${missing[*]} (Debian packages)..."
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq "${missing[@]}" >/dev/null
fi

# axe-core (pinned in package.json) is injected into the page by the accessibility checks
if [ ! -f node_modules/axe-core/axe.min.js ]; then
  if ! command -v npm >/dev/null 2>&1; then
    $sudo_cmd apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq nodejs npm >/dev/null
  fi
  npm ci --no-audit --no-fund --ignore-scripts --loglevel=error
fi

exec mvn -B -ntp verify "$@"
