#!/usr/bin/env bash
# Renders a sample of every kind of letter in Swedish and English (PDF, and page 1 as PNG) from the
# built-in templates and the sample case in LetterTemplatesTest, and copies them to docs/letters/.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -pl notification -am -DskipTests install
mvn -B -q -pl notification test -Dtest=LetterTemplatesTest -Dsurefire.failIfNoSpecifiedTests=false
mkdir -p docs/letters
cp notification/target/letters/*.pdf notification/target/letters/*.png docs/letters/
echo "Samples written to docs/letters/"
