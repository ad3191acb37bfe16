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
# The tests keep their temporary folders under each module's target/ (web/pom.xml), which
# `clean` removes; /tmp is left alone, since an application started beside the tests lives there
mvn -B clean verify "$@"
