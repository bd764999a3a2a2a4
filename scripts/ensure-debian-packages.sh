#!/usr/bin/env bash
# Installs Debian packages the tests need when their program is missing.
# Usage: ensure-debian-packages.sh PROGRAM=PACKAGE[,PACKAGE…] …
#   e.g. ensure-debian-packages.sh /usr/bin/chromium=chromium,fonts-dejavu-core php=php-cli
set -euo pipefail

missing=()
for wanted in "$@"; do
  program=${wanted%%=*}
  packages=${wanted#*=}
  if ! command -v "$program" >/dev/null 2>&1; then
    IFS=',' read -r -a names <<<"$packages"
    missing+=("${names[@]}")
  fi
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "Installing Debian packages for the tests: ${missing[*]}"
as_root=()
if [ "$(id -u)" -ne 0 ]; then
  as_root=(sudo)
fi
export DEBIAN_FRONTEND=noninteractive
"${as_root[@]}" apt-get update -qq
"${as_root[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
