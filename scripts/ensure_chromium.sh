#!/usr/bin/env bash
# Install Debian's chromium and chromium-driver for the end-to-end tests when they are missing.
# Locally, without root or apt-get, it only says so and the end-to-end tests skip with that
# reason. Under CI (CI set to anything but 0/false) a browser that cannot be installed is an
# error: the end-to-end tests would fail anyway, this says why first.
set -u
if command -v chromium >/dev/null 2>&1 && command -v chromedriver >/dev/null 2>&1; then
  exit 0
fi
case "${CI:-}" in ""|0|false|no) strict=0 ;; *) strict=1 ;; esac
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing chromium and chromium-driver for the end-to-end tests…"
  export DEBIAN_FRONTEND=noninteractive
  if apt-get update -qq >/dev/null && apt-get install -y -qq chromium chromium-driver >/dev/null; then
    exit 0
  fi
  message="Could not install chromium and chromium-driver"
else
  message="chromium/chromedriver not found and not root (cannot apt-get install them)"
fi
if [ "$strict" = "1" ]; then
  echo "$message: CI needs them for the end-to-end tests." >&2
  exit 1
fi
echo "$message: the end-to-end tests will be skipped." >&2
exit 0
