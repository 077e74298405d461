#!/usr/bin/env bash
# The main job: build an index of the official releases and answer a few lookups, validations, hierarchy questions,
# searches, type-ahead suggestions and a quiz from it.
#   ./demo.sh                 the official release files the repository keeps in data/releases
#   ./demo.sh --sample        the small hand-written sample in data/sample (a few seconds)
#   ./demo.sh FOLDER|ZIP...   those release files (CODEBOOK_SOURCES, when set, names a folder of them too)
set -euo pipefail
cd "$(dirname "$0")"

if [ "${1:-}" = "--sample" ]; then
  sources=(data/sample)
elif [ "$#" -gt 0 ]; then
  sources=("$@")
elif [ -n "${CODEBOOK_SOURCES:-}" ]; then
  sources=("$CODEBOOK_SOURCES")
else
  sources=(data/releases)
fi

if [ ! -f cli/target/codebook.jar ]; then
  echo "Building the command line tool (mvn -DskipTests package) ..." >&2
  mvn -B -q -ntp -DskipTests package
fi
index=target/index
codebook() { ./codebook "$@"; }
# Runs one demo step; a step needs the systems its index holds, so a step of a system the sources lack is left out.
step() {
  local needs=$1; shift
  if [ -n "$needs" ] && ! grep -q "\"system\" *: *\"$needs\"" "$index/codebook.json"; then
    echo; echo "== codebook $1 ... (left out: the sources hold no $needs release)"; return
  fi
  echo; echo "== codebook $*"
  codebook "$@"
}

codebook build --source "${sources[@]}" --out "$index"
step icd10cm  lookup --index "$index" E11.9
step icd10cm  validate --index "$index" E11 e11.9 T36.01A S72.001 S06.1X7D E11.91
step icd10cm  hierarchy --index "$index" E11.22
step icd10pcs lookup --index "$index" --system icd10pcs 0DTJ4ZZ
step hcpcs    validate --index "$index" --system hcpcs --on 2020-06-01 G0202 E0130
step ""       search --index "$index" --limit 3 "high blood pressure" walker "diabetis with kidney"
step ""       suggest --index "$index" --limit 5 diab
step icd10cm  quiz --index "$index" --system icd10cm --chapter 4 --questions 2 --seed 42
