#!/bin/sh
# Builds the CLI jar and the benchmark jar, then measures the targets (a)-(e) of issue 16 in one
# run and prints each as a ratio of two things measured in the same minutes (see docs/performance.md):
#   (a) rules only, thread CPU, passes interleaved: E0-E4 and plain Java (with and without the
#       values the consequences pass); target E3 <= 6x plain Java with values
#   (b) 20,000 records, whole process `check --format json` (README's command, the launcher; java -jar
#       beside it) vs a Jackson parse-only process; >= 0.6x
#   (c) the bundled sample, whole process, README's command vs parse-only; <= 2.5x
#   (d) one record, cold start, README's command vs a one-record parse-only process; <= 2.5x
#       (and the launcher examples/bin/renda-check for comparison)
#   (e) 1,000,000 records at -Xmx256m: heap flat
# Extra arguments go to the benchmark Main:
#   --quick            few rounds and small inputs, to see that everything runs
#   --rules N          records of (a) (default 1000)      --rounds N   rounds of (a) (default 9, 3 warm-up)
#   --big N            records of (b) (default 20000)     --whole-rounds N  process pairs of (b), (c) (default 3)
#   --cold N           process pairs of (d) (default 5; 0 = skip)
#   --stream N         records of (e) (default 1000000; 0 = skip)
#   --jmh              also the JMH benchmarks of issue #5 (wall clock)
# RENDA_PACK_DIRS=dir1,dir2 loads those pack folders instead of the bundled packs (for (a) and (e)).
set -e
cd "$(dirname "$0")/.."
mvn -q -B -pl examples,benchmarks -am package -DskipTests
PROPS=""
if [ -n "$RENDA_PACK_DIRS" ]; then PROPS="-Drenda.packDirs=$RENDA_PACK_DIRS"; fi
exec java $PROPS -jar benchmarks/target/benchmarks.jar "$@"
