#!/usr/bin/env bash
# Installs what docintel needs from Debian: Tesseract with the programme's languages,
# the fonts the sample generator draws with, Chromium for the browser tests, and what
# tesserocr is built with. Idempotent: installs only what is missing.
set -euo pipefail
packages=(
  tesseract-ocr
  tesseract-ocr-chi-sim tesseract-ocr-eng tesseract-ocr-rus tesseract-ocr-kaz
  tesseract-ocr-uzb tesseract-ocr-uzb-cyrl tesseract-ocr-kir tesseract-ocr-tgk
  tesseract-ocr-mon tesseract-ocr-urd tesseract-ocr-uig tesseract-ocr-osd
  fonts-wqy-zenhei fonts-dejavu-core fonts-dejavu-extra
  chromium  # the web page's browser tests (Playwright drives it; its own browser download cannot work here)
  # tesserocr is built against this Tesseract, so the engine kept loaded in each
  # worker and the tesseract command are one Tesseract and read a page alike
  libtesseract-dev libleptonica-dev pkg-config g++ python3-dev
)
# A bare Debian python3 has no venv/pip module: bring them when missing.
if ! python3 -c "import venv, ensurepip" >/dev/null 2>&1; then
  packages+=(python3-venv python3-pip)
fi
missing=()
for pkg in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "system packages: all present"
  exit 0
fi
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
echo "installing: ${missing[*]}"
$SUDO apt-get update -q
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q --no-install-recommends "${missing[@]}"
