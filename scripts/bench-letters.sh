#!/usr/bin/env bash
# Prints how many letters (template + PDF) are rendered per second on one thread and on all cores.
# Usage: scripts/bench-letters.sh [seconds per measurement, default 10]
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -pl notification -am -DskipTests install
mvn -B -q -pl notification test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath
exec java -Xmx512m -cp "notification/target/test-classes:notification/target/classes:$(cat notification/target/bench.classpath)" \
    se.inkasso.complaints.notification.bench.LetterBenchmark "${1:-10}"
