#!/usr/bin/env bash
# The main job: build an index and answer a few lookups, validations and hierarchy questions.
#   ./demo.sh               official release files from $CODEBOOK_SOURCES or ../shared/codebooks, else the sample
#   ./demo.sh FOLDER|ZIP... those release files
set -euo pipefail
cd "$(dirname "$0")"

if [ "$#" -gt 0 ]; then
  sources=("$@")
elif [ -n "${CODEBOOK_SOURCES:-}" ] && [ -d "$CODEBOOK_SOURCES" ]; then
  sources=("$CODEBOOK_SOURCES")
elif [ -d ../shared/codebooks ]; then
  sources=(../shared/codebooks)
else
  echo "No release files found: using the hand-written sample in data/sample." >&2
  sources=(data/sample)
fi

if [ ! -f index-builder/target/codebook.jar ]; then
  mvn -B -q -ntp -DskipTests package
fi
codebook() { java -XX:+UseSerialGC -jar index-builder/target/codebook.jar "$@"; }

codebook build --source "${sources[@]}" --out target/demo-index
echo
echo "== codebook lookup E11.9"
codebook lookup --index target/demo-index E11.9
echo
echo "== codebook validate E11 e11.9 T36.01A S72.001 S06.1X7D E11.91"
codebook validate --index target/demo-index E11 e11.9 T36.01A S72.001 S06.1X7D E11.91
echo
echo "== codebook hierarchy E11.22"
codebook hierarchy --index target/demo-index E11.22
