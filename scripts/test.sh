#!/usr/bin/env bash
# Every check the project has, in the order that fails fastest: types, lint, unit and
# integration tests, then a production build and the browser tests against it.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1

bash scripts/ensure-chromium.sh

# The WordPress plugin's lint and format tests (lib/wordpress/webhook/plugin-format.test.ts).
if ! command -v php >/dev/null; then
  echo "Installing Debian's php-cli for the WordPress plugin tests…"
  as_root=()
  if [ "$(id -u)" -ne 0 ]; then as_root=(sudo); fi
  export DEBIAN_FRONTEND=noninteractive
  "${as_root[@]}" apt-get update -qq
  "${as_root[@]}" apt-get install -y -qq --no-install-recommends php-cli >/dev/null
fi

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
