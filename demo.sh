#!/usr/bin/env bash
# The main job: build an index and answer a few lookups, validations, hierarchy questions, searches and a quiz.
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
echo
echo "== codebook lookup --system icd10pcs 0DTJ4ZZ (explained axis by axis)"
codebook lookup --index target/demo-index --system icd10pcs 0DTJ4ZZ
echo
echo "== codebook validate --system hcpcs --on 2020-06-01 G0202 E0130"
codebook validate --index target/demo-index --system hcpcs --on 2020-06-01 G0202 E0130
echo
echo "== codebook search --limit 3 'high blood pressure' walker 'diabetis with kidney'"
codebook search --index target/demo-index --limit 3 "high blood pressure" walker "diabetis with kidney"
echo
echo "== codebook suggest --limit 5 diab"
codebook suggest --index target/demo-index --limit 5 diab
echo
echo "== codebook quiz --chapter 4 --count 2 --seed 42"
codebook quiz --index target/demo-index --system icd10cm --chapter 4 --count 2 --seed 42
