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
# Settings (environment): those of bench/common.sh; BENCH_SEATS and
# BENCH_CONTACTS_PER_SEAT_WEEK (defaults 650 and 440: about 2.2 million rows) shrink it for the
# smoke test.
set -euo pipefail
cd "$(dirname "$0")/.."
work=${1:-/tmp/canvass-one-export}
runs=${2:-5}
seats=${BENCH_SEATS:-650}
per_seat_week=${BENCH_CONTACTS_PER_SEAT_WEEK:-440}
source bench/common.sh

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

print_setup
echo
echo "| run | rows | \`read_csv\` (s) | ingest (s) | ingest / \`read_csv\` |"
echo "| ---: | ---: | ---: | ---: | ---: |"
ratios=()
for run in $(seq "$runs"); do
	measure_ingest "$inbox" "$work/benchmark"
	echo "| $run | $rows | $floor_s | $ingest_s | $ratio |"
	ratios+=("$ratio")
done
echo
printf '%s\n' "${ratios[@]}" | sort -n | awk '{ r[NR] = $1 } END {
	printf "Median ingest / read_csv over %d runs: %.2f\n", NR, (NR % 2) ? r[(NR + 1) / 2] : (r[NR / 2] + r[NR / 2 + 1]) / 2 }'
