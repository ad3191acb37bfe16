#!/usr/bin/env bash
# Fills a PostgreSQL database with the reproducible agency-size data set (#9): 300,000 debtors,
# 1,000,000 claims and 200,000 cases over three years at --scale 1, through the application's
# own Flyway migrations. Arguments go to the generator, e.g.
#   scripts/generate-data.sh --url jdbc:postgresql://127.0.0.1:5432/complaints_bench --replace
# (--user/--password default to complaints; --scale, --seed and --day fix what is made).
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -DskipTests install -pl bench -am
classpath=$(mktemp)
trap 'rm -f "$classpath"' EXIT
mvn -B -q dependency:build-classpath -pl bench -Dmdep.outputFile="$classpath" -Dmdep.includeScope=runtime
java -Xmx2g -cp "bench/target/classes:$(cat "$classpath")" se.inkasso.complaints.bench.DataGenerator "$@"
