#!/usr/bin/env bash
# Every check the project has, in the order that fails fastest: types, lint, unit and
# integration tests, then a production build and the browser tests against it.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1

bash scripts/ensure-chromium.sh

echo "== codegen is up to date"
npx graphql-codegen --check

echo "== types"
npx tsc --noEmit

echo "== lint"
npx eslint . --max-warnings 0

echo "== unit and integration tests"
npx vitest run

echo "== production build"
npx next build

echo "== browser tests"
npx vitest run --config vitest.browser.config.ts
