#!/usr/bin/env bash
# Install the system libraries WeasyPrint draws PDF reports with (pango, harfbuzz, fontconfig and
# a font) when `import weasyprint` fails for want of them, or warns that one is missing (the test
# suite turns warnings into errors: without libharfbuzz-subset0 every PDF test fails). Without root or apt-get it only says
# so; under CI (CI set to anything but 0/false) libraries that cannot be installed are an error,
# since the report tests would fail anyway and this says why first.
set -u
PYTHON="${1:-.venv/bin/python}"
weasyprint_loads() { "$PYTHON" -W error -c "import weasyprint" >/dev/null 2>&1; }
if weasyprint_loads; then
  exit 0
fi
case "${CI:-}" in ""|0|false|no) strict=0 ;; *) strict=1 ;; esac
packages="libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz0b libharfbuzz-subset0 fontconfig fonts-dejavu-core"
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing WeasyPrint's system libraries for PDF reports…"
  export DEBIAN_FRONTEND=noninteractive
  # shellcheck disable=SC2086
  if apt-get update -qq >/dev/null && apt-get install -y -qq $packages >/dev/null \
    && weasyprint_loads; then
    exit 0
  fi
  message="Could not install WeasyPrint's libraries ($packages)"
else
  message="WeasyPrint cannot load pango and not root (cannot apt-get install $packages)"
fi
if [ "$strict" = "1" ]; then
  echo "$message: CI needs them for the PDF report tests." >&2
  exit 1
fi
echo "$message: PDF reports and their tests will not work." >&2
exit 0
