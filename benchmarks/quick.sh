#!/usr/bin/env bash
# Quick run of the benchmarks: one fork, no warm-up, one short measurement, a subset of the parameters. It proves
# that every benchmark still compiles, finds its data and runs; its figures are not worth quoting (see BENCHMARKS.md
# for the full run). It ignores the JMH lock: the quick run is for CI, where nothing else measures, and a lock left
# by another run must not fail it. The release files are data/releases (or the folder CODEBOOK_SOURCES names).
#   benchmarks/quick.sh [JMH options or benchmark patterns]
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -f benchmarks/target/benchmarks.jar ]; then
  mvn -B -ntp -q -DskipTests package
fi
exec java -Djmh.ignoreLock=true -jar benchmarks/target/benchmarks.jar -f 1 -wi 0 -i 1 -r 300ms -foe true \
  -p input=E11,E11.99 -p query=diabetes "$@"
