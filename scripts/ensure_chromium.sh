#!/usr/bin/env bash
# Install Debian's chromium and chromium-driver for the end-to-end tests when they are missing.
# Without root or apt-get it only says so: the end-to-end tests then skip with that reason.
set -u
if command -v chromium >/dev/null 2>&1 && command -v chromedriver >/dev/null 2>&1; then
  exit 0
fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing chromium and chromium-driver for the end-to-end tests…"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null && apt-get install -y -qq chromium chromium-driver >/dev/null \
    || echo "Could not install chromium; the end-to-end tests will be skipped." >&2
else
  echo "chromium/chromedriver not found and not root: the end-to-end tests will be skipped." >&2
fi
exit 0
