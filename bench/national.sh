#!/usr/bin/env bash
# The national-scale benchmark of issue 7: for each size, a generated campaign (650 seats, 650
# candidates, 7 weeks of overlapping daily exports, 300 sign-in workbooks, Organise sign-ins),
# then, side by side in the same run:
#   - DuckDB's own read_csv of the contact exports (the floor) and our load of the same files
#     (the hidden `benchmark` command, one JVM, two fresh databases);
#   - the full nightly run from an empty warehouse: wall time, CPU time and peak RSS
#     (/usr/bin/time -v);
#   - the incremental night: that warehouse plus one new 300,000-row export, JVM start included,
#     with the inbox as a server leaves it (last night's files archived), then with every old
#     file still in it;
#   - evidence packs per second: `evidence-pack --all` for the last week, JVM start included.
# Prints one Markdown table, one row per size; docs/performance.md holds the figures.
#
#   bench/national.sh [work-dir] [sizes...]        sizes default to 1M 5M 10M distinct contacts
#
# Settings (environment): those of bench/common.sh; BENCH_SEATS, BENCH_WORKBOOKS and
# BENCH_NEXT_ROWS shrink the campaign for the smoke test; BENCH_TIME is GNU time (default /usr/bin/time): when
# it is missing (or BENCH_TIME is empty), CPU time and peak RSS are "n/a".
set -euo pipefail
cd "$(dirname "$0")/.."
work=${1:-/tmp/canvass-national}
shift || true
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(1M 5M 10M)
seats=${BENCH_SEATS:-650}
workbooks=${BENCH_WORKBOOKS:-300}
next_rows=${BENCH_NEXT_ROWS:-300000}
weeks=7
first_monday=2024-06-03
as_of=2024-07-21          # the campaign's last day, a Sunday
next_day=2024-07-22       # the night after: the incremental export's day
last_week=2024-W29
source bench/common.sh
timer=${BENCH_TIME-/usr/bin/time}
[ -n "$timer" ] && [ -x "$timer" ] || timer=

now_ms() {
	echo $(( $(date +%s%N) / 1000000 ))
}

# Runs a command, leaving its wall time in ms in $wall_ms, its peak RSS in GiB in $rss and its
# CPU time (user and system) in s in $cpu (both n/a without GNU time); its output goes to the
# log file given first.
measured() {
	local log=$1
	shift
	local start
	start=$(now_ms)
	if [ -n "$timer" ]; then
		"$timer" -v -o "$log.time" "$@" > "$log" 2>&1 || status=$?
		rss=$(awk -F': ' '/Maximum resident set size/ { printf "%.2f", $2 / 1048576 }' "$log.time")
		cpu=$(awk -F': ' '/(User|System) time/ { s += $2 } END { printf "%.1f", s }' "$log.time")
	else
		"$@" > "$log" 2>&1 || status=$?
		rss=n/a
		cpu=n/a
	fi
	wall_ms=$(( $(now_ms) - start ))
}

# A run of the nightly job finishes with exit 0, or 3 when it rejected rows.
night() {
	local log=$1
	shift
	status=0
	measured "$log" java "${java_opts[@]}" -jar "$jar" run "$@"
	if [ "$status" -ne 0 ] && [ "$status" -ne 3 ]; then
		echo "the night failed with exit $status: see $log" >&2
		exit 1
	fi
}

contacts_of() {
	local size=${1^^}
	case "$size" in
		*M) awk -v n="${size%M}" 'BEGIN { printf "%d", n * 1000000 }' ;;
		*K) awk -v n="${size%K}" 'BEGIN { printf "%d", n * 1000 }' ;;
		*) echo "$size" ;;
	esac
}

seconds() {
	awk -v ms="$1" 'BEGIN { printf "%.1f", ms / 1000 }'
}

rm -rf "$work" && mkdir -p "$work"
print_setup
echo
echo "| contacts | distinct contacts | contact rows | \`read_csv\` (s) | ingest (s) | ingest / \`read_csv\` |" \
	"full night wall (s) | full night CPU (s) | full night peak RSS (GiB) | incremental night wall (s) |" \
	"incremental night, old files kept (s) | evidence packs/s | full night cost / linear |"
echo "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"

base_ms=
base_contacts=
for size in "${sizes[@]}"; do
	contacts=$(contacts_of "$size")
	per_seat_week=$(( (contacts + seats * weeks - 1) / (seats * weeks) ))
	dir="$work/$size"
	mkdir -p "$dir"
	cli generate-inbox "$dir/inbox" --seed 1 --seats "$seats" --weeks "$weeks" \
		--contacts-per-seat-week "$per_seat_week" --workbooks "$workbooks" --first-monday "$first_monday" \
		--no-faults --next-export "$dir/next" --next-export-rows "$next_rows" > "$dir/generate.log"
	distinct=$(sed -n 's/.*distinctContacts=\([0-9]*\).*/\1/p' "$dir/generate.log")

	# The floor and our load, side by side in one JVM.
	measure_ingest "$dir/inbox" "$dir/benchmark"

	# The full night, from an empty warehouse.
	night "$dir/full.log" --inbox "$dir/inbox" --as-of "$as_of" --out "$dir/out-full" \
		--warehouse "$dir/warehouse.duckdb"
	full_ms=$wall_ms
	full_rss=$rss
	full_cpu=$cpu

	# The night after, on yesterday's warehouse, with one new export. On a server
	# (canvass.inbox.archive=true) last night's files have been moved out of the inbox; where
	# they are kept, each is read again to hash it and skipped.
	cp "$dir/warehouse.duckdb" "$dir/kept.duckdb"
	mkdir -p "$dir/archived"/{reference,rulebooks,contact-creator,organise,attendance,declarations}
	cp "$dir"/next/*.csv "$dir/archived/contact-creator/"
	night "$dir/incremental.log" --inbox "$dir/archived" --as-of "$next_day" --out "$dir/out-next" \
		--warehouse "$dir/warehouse.duckdb"
	incremental_ms=$wall_ms
	cp "$dir"/next/*.csv "$dir/inbox/contact-creator/"
	night "$dir/incremental-kept.log" --inbox "$dir/inbox" --as-of "$next_day" --out "$dir/out-kept" \
		--warehouse "$dir/kept.duckdb"
	kept_ms=$wall_ms
	rm -f "$dir/kept.duckdb"

	status=0
	measured "$dir/packs.log" java "${java_opts[@]}" -jar "$jar" evidence-pack --all --week "$last_week" \
		--out "$dir/packs" --warehouse "$dir/warehouse.duckdb"
	[ "$status" -eq 0 ] || { echo "evidence-pack failed: see $dir/packs.log" >&2; exit 1; }
	packs=$(find "$dir/packs" -name '*.pdf' | wc -l)
	packs_per_s=$(awk -v n="$packs" -v ms="$wall_ms" 'BEGIN { printf "%.1f", n * 1000 / ms }')

	if [ -z "$base_ms" ]; then
		base_ms=$full_ms
		base_contacts=$distinct
	fi
	growth=$(awk -v t="$full_ms" -v t0="$base_ms" -v n="$distinct" -v n0="$base_contacts" \
		'BEGIN { printf "%.2f", (t / t0) / (n / n0) }')
	printf "| %s | %d | %d | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |\n" "$size" "$distinct" "$rows" \
		"$floor_s" "$ingest_s" "$ratio" "$(seconds "$full_ms")" "$full_cpu" "$full_rss" \
		"$(seconds "$incremental_ms")" "$(seconds "$kept_ms")" "$packs_per_s" "$growth"
done
