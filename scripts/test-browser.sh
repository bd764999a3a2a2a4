#!/usr/bin/env bash
# Browser tests alone, against a fresh production build.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1
bash scripts/ensure-debian-packages.sh /usr/bin/chromium=chromium,fonts-dejavu-core
npx next build
npx vitest run --config vitest.browser.config.ts "$@"
