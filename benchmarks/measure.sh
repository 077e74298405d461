#!/usr/bin/env bash
# The figures JMH does not take, each measured RUNS times (default 3) in fresh processes:
#   - the full ICD-10-CM build through `codebook build` (wall time, peak RSS);
#   - validation of every code of the ICD-10-CM order file through one `codebook validate -` (wall, peak RSS);
#   - encounter checks through one `codebook check -` over ENCOUNTERS (default 1,000,000) generated encounters of five
#     diagnoses (wall, peak RSS);
#   - the heap an open index retains, against a HashMap<String, String> of the order file (HeapFootprint).
# Runs on data/releases (or the folder CODEBOOK_SOURCES names); needs GNU time (/usr/bin/time) and the jars of
# `mvn -DskipTests package`.
#   benchmarks/measure.sh [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-3}"
sources="$(cd "${CODEBOOK_SOURCES:-data/releases}" && pwd)"
work=benchmarks/target/measure
mkdir -p "$work"
# The order file as published: plain in a folder of release files, or taken out of its zip with the JDK's jar tool.
order="$sources/icd10cm/2021/icd10cm-order-Jan-2021.txt"
if [ ! -f "$order" ]; then
  (cd "$work" && jar xf "$sources"/icd10cm/2021/*tabular-order*.zip icd10cm-order-Jan-2021.txt)
  order="$work/icd10cm-order-Jan-2021.txt"
fi
timed() { /usr/bin/time -f "wall %e s, peak RSS %M KB, user %U s, sys %S s" "$@"; }

echo "== machine: $(nproc) cores, $(lscpu | sed -n 's/^Model name: *//p'), load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "== java: $(java -version 2>&1 | head -1)"

echo "== build of ICD-10-CM: ./codebook build --source $sources/icd10cm --out $work/index --quiet"
for _ in $(seq "$runs"); do
  timed ./codebook build --source "$sources/icd10cm" --out "$work/index" --quiet 2>&1 >/dev/null
done

# The order file's codes as it lists them, one per line: 95,358 for FY2021.
cut -c7-13 "$order" | tr -d ' ' > "$work/order-codes.txt"
echo "== validation of $(wc -l < "$work/order-codes.txt") codes: ./codebook validate --index $work/index - < order-codes.txt"
for _ in $(seq "$runs"); do
  timed ./codebook validate --index "$work/index" - < "$work/order-codes.txt" 2>&1 >"$work/validated.jsonl"
done
echo "   answers: $(wc -l < "$work/validated.jsonl") lines, $(grep -c '"valid":true' "$work/validated.jsonl") valid"

# ENCOUNTERS encounters of five billable ICD-10-CM codes drawn with a fixed seed, dated 2020-12-01 (ICD-10-CM 2021
# and HCPCS 2020 both in effect), every fourth with a service line; on the index of all releases.
encounters="${ENCOUNTERS:-1000000}"
if [ ! -f "$work/full-index/codebook.json" ]; then
  ./codebook build --source "$sources" --out "$work/full-index" --quiet >/dev/null
fi
awk -v n="$encounters" 'BEGIN { srand(13) } substr($0, 15, 1) == "1" { code = substr($0, 7, 7); gsub(/ /, "", code);
    codes[count++] = (length(code) > 3 ? substr(code, 1, 3) "." substr(code, 4) : code) }
  END { for (i = 0; i < n; i++) {
      line = "{\"id\":\"" i "\",\"date\":\"2020-12-01\",\"diagnoses\":["
      for (d = 0; d < 5; d++) line = line (d ? "," : "") "\"" codes[int(rand() * count)] "\""
      line = line "]" (i % 4 == 0 ? ",\"services\":[{\"code\":\"E0130\",\"modifiers\":[\"RR\"]}]" : "") "}"
      print line } }' "$order" > "$work/encounters.jsonl"
echo "== checks of $(wc -l < "$work/encounters.jsonl") encounters: ./codebook check --index $work/full-index - < encounters.jsonl"
for _ in $(seq "$runs"); do
  timed ./codebook check --index "$work/full-index" - < "$work/encounters.jsonl" 2>&1 >"$work/checked.jsonl"
done
echo "   answers: $(wc -l < "$work/checked.jsonl") lines, $(grep -c '"clean":true' "$work/checked.jsonl") clean"

echo "== retained heap: java -XX:+UseSerialGC -cp benchmarks/target/benchmarks.jar dev.codebook.benchmarks.HeapFootprint"
for _ in $(seq "$runs"); do
  java -XX:+UseSerialGC -cp benchmarks/target/benchmarks.jar dev.codebook.benchmarks.HeapFootprint 2>/dev/null
done
