#!/usr/bin/env bash
# Install the axe-core npm package (the accessibility engine the end-to-end tests inject into
# each page) into var/node/ when it is missing. var/ is git-ignored: nothing is vendored and the
# pages never load it; only the tests read var/node/node_modules/axe-core/axe.min.js.
# Without npm or the registry, it says so and the accessibility tests skip locally; under CI
# (CI set to anything but 0/false) that is an error, as for the browser (ensure_chromium.sh).
set -u
cd "$(dirname "$0")/.."
prefix="var/node"
target="$prefix/node_modules/axe-core/axe.min.js"
version="${AXE_CORE_VERSION:-4.10}"
if [ -s "$target" ]; then
  exit 0
fi
case "${CI:-}" in ""|0|false|no) strict=0 ;; *) strict=1 ;; esac
if command -v npm >/dev/null 2>&1; then
  echo "Installing axe-core@$version into $prefix for the accessibility tests…"
  mkdir -p "$prefix"
  if npm install --silent --no-audit --no-fund --no-save --prefix "$prefix" "axe-core@$version" \
    && [ -s "$target" ]; then
    exit 0
  fi
  message="npm could not install axe-core@$version into $prefix"
else
  message="npm not found (Debian: apt-get install npm)"
fi
if [ "$strict" = "1" ]; then
  echo "$message: CI needs it for the accessibility tests." >&2
  exit 1
fi
echo "$message: the accessibility tests will be skipped." >&2
exit 0
