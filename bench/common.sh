# What the benchmark scripts share: the settings they measure with, the jar, and the hidden
# `benchmark` command's figures. Sourced from the repository's root by bench/*.sh.
#
# Settings (environment): JAVA_OPTS (default -Xmx1g -XX:+UseParallelGC),
# CANVASS_WAREHOUSE_MEMORY_LIMIT (default 2GB), CANVASS_WAREHOUSE_THREADS (default 2).
read -r -a java_opts <<< "${JAVA_OPTS:--Xmx1g -XX:+UseParallelGC}"
export CANVASS_WAREHOUSE_MEMORY_LIMIT=${CANVASS_WAREHOUSE_MEMORY_LIMIT:-2GB}
export CANVASS_WAREHOUSE_THREADS=${CANVASS_WAREHOUSE_THREADS:-2}
export CANVASS_AUDIT_PSEUDONYM_KEY=${CANVASS_AUDIT_PSEUDONYM_KEY:-benchmark-key-0123456789}
jar=target/canvass-audit.jar
[ -f "$jar" ] || mvn -B -q -DskipTests package

cli() {
	java "${java_opts[@]}" -jar "$jar" "$@"
}

# The machine and the settings, for the head of a table.
print_setup() {
	echo "Machine: $(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo)," \
		"$(awk -F': ' '/model name/ { print $2; exit }' /proc/cpuinfo), load $(cut -d' ' -f1-3 /proc/loadavg)"
	echo "Java: $(java -version 2>&1 | head -1); JAVA_OPTS ${java_opts[*]}; DuckDB memory_limit" \
		"$CANVASS_WAREHOUSE_MEMORY_LIMIT, threads $CANVASS_WAREHOUSE_THREADS; $(date -u +%F)"
}

# Runs `benchmark` on an inbox (DuckDB's read_csv of its contact exports, then our load of
# them), leaving rows, floor_s, ingest_s and ratio set; the databases go in a folder removed
# afterwards, the output beside it as <work>.log and <work>.err.
measure_ingest() {
	local inbox=$1 work=$2
	rm -rf "$work"
	cli benchmark --inbox "$inbox" --work "$work" > "$work.log" 2> "$work.err"
	read -r rows floor_s ingest_s ratio < <(sed -n \
		's/.*rows=\([0-9]*\) read_csv_s=\([0-9.]*\) ingest_s=\([0-9.]*\) ratio=\([0-9.]*\).*/\1 \2 \3 \4/p' \
		"$work.log")
	rm -rf "$work"
}
