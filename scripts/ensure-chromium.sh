#!/usr/bin/env bash
# Browser tests drive Debian's Chromium; install it when this machine does not have it yet.
set -euo pipefail

if [ -x /usr/bin/chromium ]; then
  exit 0
fi

echo "Installing Debian's chromium for the browser tests…"
as_root=()
if [ "$(id -u)" -ne 0 ]; then
  as_root=(sudo)
fi
export DEBIAN_FRONTEND=noninteractive
"${as_root[@]}" apt-get update -qq
"${as_root[@]}" apt-get install -y -qq --no-install-recommends chromium fonts-dejavu-core >/dev/null
/usr/bin/chromium --version
