#!/usr/bin/env bash
# The contact-export benchmark of issue 2: one generated Contact Creator export of about
# 2 million rows (650 seats, 7 weeks of daily exports written out as one file), then, in one
# JVM per run, DuckDB's own read_csv of that file into a table (the floor) and our load of the
# same file into a fresh warehouse (the hidden `benchmark` command). Several runs, because one
# run on a shared machine moves by a tenth either way. Prints one Markdown table, a row per run,
# and the median ratio; docs/performance.md holds the figures.
#
#   bench/one-export.sh [work-dir] [runs]        defaults: /tmp/canvass-one-export, 5
#
# Settings (environment): JAVA_OPTS (default -Xmx1g -XX:+UseParallelGC),
# CANVASS_WAREHOUSE_MEMORY_LIMIT (default 2GB), CANVASS_WAREHOUSE_THREADS (default 2);
# BENCH_SEATS and BENCH_CONTACTS_PER_SEAT_WEEK (defaults 650 and 440: about 2.2 million rows)
# shrink it for the smoke test.
set -euo pipefail
cd "$(dirname "$0")/.."
work=${1:-/tmp/canvass-one-export}
runs=${2:-5}
seats=${BENCH_SEATS:-650}
per_seat_week=${BENCH_CONTACTS_PER_SEAT_WEEK:-440}
read -r -a java_opts <<< "${JAVA_OPTS:--Xmx1g -XX:+UseParallelGC}"
export CANVASS_WAREHOUSE_MEMORY_LIMIT=${CANVASS_WAREHOUSE_MEMORY_LIMIT:-2GB}
export CANVASS_WAREHOUSE_THREADS=${CANVASS_WAREHOUSE_THREADS:-2}
export CANVASS_AUDIT_PSEUDONYM_KEY=${CANVASS_AUDIT_PSEUDONYM_KEY:-one-export-benchmark-key-0123456789}
jar=target/canvass-audit.jar
[ -f "$jar" ] || mvn -B -q -DskipTests package

cli() {
	java "${java_opts[@]}" -jar "$jar" "$@"
}

rm -rf "$work" && mkdir -p "$work"
cli generate-inbox "$work/generated" --seed 1 --seats "$seats" --weeks 7 \
	--contacts-per-seat-week "$per_seat_week" --workbooks 1 --no-faults > "$work/generate.log"

# The benchmark inbox: the reference snapshots and rulebooks, and every daily export as one file.
inbox="$work/inbox"
mkdir -p "$inbox/contact-creator"
cp -r "$work/generated/reference" "$work/generated/rulebooks" "$inbox/"
exports=("$work"/generated/contact-creator/*.csv)
{
	head -n 1 "${exports[0]}"
	for export in "${exports[@]}"; do
		tail -n +2 "$export"
	done
} > "$inbox/contact-creator/cc-one-export.csv"

echo "Machine: $(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo)," \
	"$(awk -F': ' '/model name/ { print $2; exit }' /proc/cpuinfo), load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "Java: $(java -version 2>&1 | head -1); JAVA_OPTS ${java_opts[*]}; DuckDB memory_limit" \
	"$CANVASS_WAREHOUSE_MEMORY_LIMIT, threads $CANVASS_WAREHOUSE_THREADS; $(date -u +%F)"
echo
echo "| run | rows | \`read_csv\` (s) | ingest (s) | ingest / \`read_csv\` |"
echo "| ---: | ---: | ---: | ---: | ---: |"
ratios=()
for run in $(seq "$runs"); do
	rm -rf "$work/benchmark"
	cli benchmark --inbox "$inbox" --work "$work/benchmark" > "$work/benchmark.log" 2> "$work/benchmark.err"
	read -r rows floor_s ingest_s ratio < <(sed -n \
		's/.*rows=\([0-9]*\) read_csv_s=\([0-9.]*\) ingest_s=\([0-9.]*\) ratio=\([0-9.]*\).*/\1 \2 \3 \4/p' \
		"$work/benchmark.log")
	echo "| $run | $rows | $floor_s | $ingest_s | $ratio |"
	ratios+=("$ratio")
done
rm -rf "$work/benchmark"
echo
printf '%s\n' "${ratios[@]}" | sort -n | awk '{ r[NR] = $1 } END {
	printf "Median ingest / read_csv over %d runs: %.2f\n", NR, (NR % 2) ? r[(NR + 1) / 2] : (r[NR / 2] + r[NR / 2 + 1]) / 2 }'
