#!/usr/bin/env bash
# The performance benchmark (#9), on this machine with PostgreSQL on 127.0.0.1:5432:
#   1. fills the database complaints_bench with the agency-size data set (fixed seed; set
#      BENCH_KEEP_DATA=1 to reuse the one already there, BENCH_SCALE to change its size),
#   2. makes the class archive the README recommends (scripts/warm-up.sh, in an H2 database in memory),
#   3. starts the application on Payara Micro against it with the README's JVM options and prints
#      startup, memory, queue, intake and deadline figures, each beside the plain way,
#   4. prints the letter rendering rates (scripts/bench-letters.sh).
# Other knobs (system properties of the benchmark): BENCH_OPTS="-Dbench.intake.seconds=30
# -Dbench.intake.warmup-seconds=20 -Dbench.intake.clients=16 -Dbench.queue.requests=300
# -Dbench.starts=3 -Dbench.port=8095"; -Dbench.parts=startup,queue,intake,deadline picks the parts
# to run (a part alone, e.g. -Dbench.parts=deadline, after a fresh data set for its first scan);
# -Dbench.profile=FILE.jfr records a flight recording of the application for the whole run.
set -euo pipefail
cd "$(dirname "$0")/.."
db_url=jdbc:postgresql://127.0.0.1:5432/complaints_bench
scripts/ensure-postgres.sh complaints_bench
echo "Building..."
mvn -B -q -DskipTests install
if [[ ${BENCH_KEEP_DATA:-0} != 1 ]]; then
    scripts/generate-data.sh --url "$db_url" --scale "${BENCH_SCALE:-1}" --replace
fi
scripts/warm-up.sh
classpath=$(mktemp)
trap 'rm -f "$classpath"' EXIT
mvn -B -q dependency:build-classpath -pl bench -Dmdep.outputFile="$classpath" -Dmdep.includeScope=runtime
echo "Machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(psql --version | head -1)"
# shellcheck disable=SC2086
java -Xmx1g -Dbench.db.url="$db_url" ${BENCH_OPTS:-} -cp "bench/target/classes:$(cat "$classpath")" \
    se.inkasso.complaints.bench.Benchmark
scripts/bench-letters.sh 10
