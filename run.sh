#!/usr/bin/env bash
# Starts the application at http://localhost:8080/ on Payara Micro with the embedded default
# (H2 under ./data, demo data and demo logins: see README.md). Builds first when the WAR is
# missing or older than the sources. Configuration comes from the environment (README.md).
set -euo pipefail
cd "$(dirname "$0")"

war=web/target/complaints.war
micro=web/target/payara-micro.jar
if [[ ! -f $war || ! -f $micro || -n $(find pom.xml ./*/pom.xml ./*/src -newer "$war" -print -quit) ]]; then
    echo "Building the application (first run or changed sources)..."
    mvn -B -q -DskipTests package
fi

# The class archive of scripts/warm-up.sh, when there is one for this Payara Micro: a faster start
launch=(-jar "$micro")
root=web/target/payara-root
archive=web/target/complaints.jsa
if [[ -f $archive && $archive -nt $micro && -d $root.clean ]]; then
    # from a copy of the untouched root directory: Payara Micro would deploy again what the last
    # start deployed in it
    rm -rf "$root" && cp -a "$root.clean" "$root"
    launch=(-XX:SharedArchiveFile="$archive" -jar "$root/launch-micro.jar")
fi

# Heap and metaspace sized for one agency instance; override with JAVA_OPTS
exec java ${JAVA_OPTS:--Xms256m -Xmx512m -XX:MaxMetaspaceSize=256m -XX:+UseSerialGC} \
    "${launch[@]}" --deploy "$war" --contextroot / --port "${PORT:-8080}" --nocluster
