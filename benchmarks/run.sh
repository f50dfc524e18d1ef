#!/bin/sh
# Builds the CLI jar and the benchmark jar, then runs the five figures of issue #5 and prints a
# summary with ratios. Run from the repository root. Extra arguments go to the benchmark Main:
#   --quick            shorter JMH iterations
#   --cold N           cold-start runs of java -jar and of examples/bin/renda-check, interleaved
#                      (default 5; 0 = skip); --launcher PATH for another launcher
#   --stream N         records in the -Xmx256m stream run (default 1000000; 0 = skip)
# RENDA_PACK_DIRS=dir1,dir2 loads those pack folders instead of the bundled packs.
set -e
cd "$(dirname "$0")/.."
mvn -q -B -pl examples,benchmarks -am package -DskipTests
PROPS=""
if [ -n "$RENDA_PACK_DIRS" ]; then PROPS="-Drenda.packDirs=$RENDA_PACK_DIRS"; fi
exec java $PROPS -jar benchmarks/target/benchmarks.jar "$@"
