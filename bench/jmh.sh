#!/usr/bin/env bash
# Runs the JMH benchmarks of the test tree (today: RunbookCheckBenchmark, the strict check
# of a 64 KB runbook). Arguments go to JMH, e.g. bench/jmh.sh RunbookCheckBenchmark -f 1.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q -DskipTests test-compile dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile=target/test-classpath.txt
exec java -cp "target/test-classes:target/classes:$(cat target/test-classpath.txt)" org.openjdk.jmh.Main \
  "${@:-RunbookCheckBenchmark}"
