#!/usr/bin/env bash
# Makes the class archive that cuts the CPU of a start by 10-30% (#9, docs/PERFORMANCE.md): Payara
# Micro's launcher in a fixed root directory (a class archive needs the same class path at every
# start), then one start of the WAR with --warmup, which deploys it and exits; the JVM writes
# every class it loaded to the archive (Java's application class-data sharing). run.sh and the
# benchmark use the archive when it is there; operations run this once per WAR and Java version,
# e.g. when building the image. Nothing breaks when the archive is stale: Java then loads the
# changed classes as usual (and ignores the archive altogether for another launcher or Java).
#
# Keeps an archive newer than the WAR and Payara Micro unless called with --again.
# Environment: JAVA_OPTS as for run.sh; WAR, MICRO, ROOT and ARCHIVE (default web/target/...).
# The warm-up deploys against the database configured as for a real start (COMPLAINTS_DB_URL and
# the others, README.md); without one, an H2 database in memory, so no files are written.
set -euo pipefail
cd "$(dirname "$0")/.."
war=$(realpath "${WAR:-web/target/complaints.war}")
micro=$(realpath "${MICRO:-web/target/payara-micro.jar}")
root=$(realpath -m "${ROOT:-web/target/payara-root}")
archive=$(realpath -m "${ARCHIVE:-web/target/complaints.jsa}")
for file in "$war" "$micro"; do
    [[ -f $file ]] || { echo "$file is missing: build first (mvn -DskipTests package)" >&2; exit 1; }
done
if [[ -z ${COMPLAINTS_DB_URL:-} ]]; then
    export COMPLAINTS_DB_URL="jdbc:h2:mem:warm-up;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1"
fi
if [[ ${1:-} != --again && -f $archive && $archive -nt $war && $archive -nt $micro && -d $root.clean ]]; then
    echo "Class archive $archive is newer than the WAR and Payara Micro: kept (--again makes it afresh)"
    exit 0
fi
echo "Warming up: $war on $micro (root $root, archive $archive; takes a minute or two)..."
rm -rf "$root" "$root.clean" "$archive"
java -jar "$micro" --rootdir "$root" --outputlauncher > /dev/null
# Payara Micro keeps what was deployed in its root directory and would deploy it again beside
# --deploy at the next start: every start (run.sh, the benchmark) begins from a copy of this
# untouched one (cp -a: the same files and times, which the archive checks its launcher by)
cp -a "$root" "$root.clean"
log=$(mktemp)
trap 'rm -f "$log"; rm -rf "$root"; cp -a "$root.clean" "$root"' EXIT
# shellcheck disable=SC2086
if ! java ${JAVA_OPTS:--Xms256m -Xmx512m -XX:MaxMetaspaceSize=256m -XX:+UseSerialGC} \
        -XX:ArchiveClassesAtExit="$archive" -Xlog:cds=off -Xlog:cds+dynamic=off \
        -jar "$root/launch-micro.jar" --deploy "$war" --contextroot / --nocluster --warmup > "$log" 2>&1 \
        || ! grep -q "successfully deployed" "$log" || [[ ! -s $archive ]]; then
    cat "$log" >&2
    echo "The warm-up failed (its log is above); no class archive made." >&2
    rm -f "$archive"
    exit 1
fi
echo "Class archive: $archive ($(du -m "$archive" | cut -f1) MiB); start with"
echo "  rm -rf $root && cp -a $root.clean $root"
echo "  java \$JAVA_OPTS -XX:SharedArchiveFile=$archive -jar $root/launch-micro.jar --deploy $war ..."
