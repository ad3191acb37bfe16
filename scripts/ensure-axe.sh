#!/usr/bin/env bash
# Installs axe-core (the version pinned in tools/axe/package-lock.json) for the portal's browser
# tests, which inject it into every page and fail on serious accessibility violations.
# Idempotent: nothing happens when the pinned version is already there.
set -euo pipefail
cd "$(dirname "$0")/../tools/axe"
wanted=$(node -p "require('./package-lock.json').packages['node_modules/axe-core'].version")
have=$(node -p "try { require('./node_modules/axe-core/package.json').version } catch (e) { '' }")
if [[ "$wanted" != "$have" ]]; then
    npm ci --no-audit --no-fund
fi
test -f node_modules/axe-core/axe.min.js
