#!/usr/bin/env bash
# Runs the whole test suite: unit tests, the architecture rule, Arquillian integration tests on
# Payara Micro against PostgreSQL, the run-command smoke test and the EAR packaging test on
# Payara Server. Prepares what the tests need first (PostgreSQL and its test databases, Chromium,
# axe-core for the accessibility checks).
set -euo pipefail
cd "$(dirname "$0")"
scripts/ensure-postgres.sh
scripts/ensure-chromium.sh
scripts/ensure-axe.sh
# Payara and Arquillian leave these behind in the temporary folder
rm -rf /tmp/arquillian-payara-micro* /tmp/payaramicro-rt* 2>/dev/null || true
mvn -B clean verify "$@"
