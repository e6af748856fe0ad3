#!/usr/bin/env bash
# The contact-export load measured against DuckDB's own read_csv on the same files, side by side
# in one process, then the whole night on the same inbox. Prints the rows of docs/performance.md.
#   bench/ingest-vs-read-csv.sh [work-dir]
set -euo pipefail
cd "$(dirname "$0")/.."
work=${1:-/tmp/canvass-bench}
jar=target/canvass-audit.jar
[ -f "$jar" ] || mvn -B -q -DskipTests package
rm -rf "$work" && mkdir -p "$work"

# About 2 million contact rows: 650 seats, one week of daily, overlapping exports.
java -jar "$jar" generate-inbox "$work/daily" --seed 1 --seats 650 --weeks 1 \
	--contacts-per-seat-week 2800 --workbooks 5 --no-faults
# The same rows as one 2-million-row export.
mkdir -p "$work/single/contact-creator"
cp -r "$work/daily/reference" "$work/daily/rulebooks" "$work/single/"
first=$(ls "$work"/daily/contact-creator/*.csv | head -1)
{ head -1 "$first"; for f in "$work"/daily/contact-creator/*.csv; do tail -n +2 "$f"; done; } \
	> "$work/single/contact-creator/cc-all.csv"

echo "one export:    $(java -jar "$jar" benchmark --inbox "$work/single" --work "$work/single-db" 2>/dev/null)"
echo "daily exports: $(java -jar "$jar" benchmark --inbox "$work/daily" --work "$work/daily-db" 2>/dev/null)"

start=$(date +%s.%N)
java -jar "$jar" run --inbox "$work/daily" --as-of 2024-06-10 --out "$work/out" \
	--warehouse "$work/night/warehouse.duckdb" 2> "$work/night.log" > /dev/null || true
end=$(date +%s.%N)
echo "whole night:   $(echo "$end - $start" | bc) s wall"
grep -E "done in" "$work/night.log" | sed 's/^.* - /  /'
