#!/usr/bin/env bash
# Every check the project has, in the order that fails fastest: types, lint, unit and
# integration tests, then a production build and the browser tests against it.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1

# Debian's Chromium for the browser tests; php-cli for the WordPress plugin's lint and
# signature tests (lib/wordpress/webhook/plugin-format.test.ts).
bash scripts/ensure-debian-packages.sh /usr/bin/chromium=chromium,fonts-dejavu-core php=php-cli

echo "== codegen is up to date"
npx graphql-codegen --check

echo "== types"
npx tsc --noEmit

echo "== lint and format"
npx eslint . --max-warnings 0
npx prettier --check . --log-level warn

echo "== unit and integration tests"
npx vitest run

echo "== production build"
npx next build

echo "== browser tests"
npx vitest run --config vitest.browser.config.ts
