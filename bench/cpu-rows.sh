#!/usr/bin/env bash
# CPU time per request of a few pages, with the portal pinned to one core: for comparing a change's cost on a shared
# machine, where requests per second depend on what else runs and CPU time per request does not. It starts the jar
# in target/ on a copy of a data set bench/run.sh generated (so that new migrations run on the copy), signs in as
# the data set's partner, warms each page up, then measures the pages in turn, BENCH_ROUNDS times, and prints per
# page the median CPU milliseconds per request (utime + stime of the portal's process from /proc, over the wrk run,
# divided by the requests answered) and requests per second. See docs/benchmarks.md.
#
#   bench/cpu-rows.sh DATA-SET PATH...
#   bench/cpu-rows.sh target/bench/large /partner/customers '/partner/customers?q=Logistics'
#
# Settings (environment): BENCH_CORE (1, the core the portal runs on), BENCH_WARMUP (15s per page),
# BENCH_DURATION (10s per row), BENCH_CONNECTIONS (16), BENCH_THREADS (2), BENCH_ROUNDS (3), BENCH_HEAP and
# BENCH_JAVA_OPTS as for bench/run.sh.
set -euo pipefail

cd "$(dirname "$0")/.."
DATA=$(realpath "$1")
shift
CORE=${BENCH_CORE:-1}
WARMUP=${BENCH_WARMUP:-15s}
DURATION=${BENCH_DURATION:-10s}
CONNECTIONS=${BENCH_CONNECTIONS:-16}
THREADS=${BENCH_THREADS:-2}
ROUNDS=${BENCH_ROUNDS:-3}
POSTGRES=false
APP_PID=
OUT=$(mktemp -d)
# shellcheck source=bench/lib.sh
source bench/lib.sh
JAVA_OPTS=$MEASURED_JAVA_OPTS
JAR=$(ls target/partner-portal-*.jar | grep -v plain | head -1)
trap 'stop_app; rm -rf "$OUT"' EXIT

cp -r "$DATA" "$OUT/data"
# shellcheck disable=SC1091
source "$OUT/data/accounts.env"
printf '#!/bin/sh\nexec taskset -c %s %s "$@"\n' "$CORE" "${JAVA_HOME:+$JAVA_HOME/bin/}java" >"$OUT/java"
chmod +x "$OUT/java"
JAVA=$OUT/java
database_args data
start_app "$OUT/portal.log"
log "portal on core $CORE answered after $STARTUP_MS ms"
cookies=$(sign_in "$PARTNER_EMAIL" | cut -f1)

cpu_ms() { awk -v tick="$(getconf CLK_TCK)" '{ printf "%d", ($14 + $15) * 1000 / tick }' "/proc/$APP_PID/stat"; }

for path in "$@"; do
	status=$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: $cookies" "http://127.0.0.1:$PORT$path")
	[[ $status == 200 ]] || { echo "GET $path answered $status" >&2; exit 1; }
	wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" -H "Cookie: $cookies" "$BASE$path" >/dev/null
done
log "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
results=$OUT/results
for round in $(seq "$ROUNDS"); do
	for path in "$@"; do
		before=$(cpu_ms)
		read -r _ rps _ p99 requests _ <<<"$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --timeout 10s \
			-s bench/wrk-report.lua -H "Cookie: $cookies" "$BASE$path" | grep '^RESULT')"
		after=$(cpu_ms)
		cpu=$(echo "scale=2; ($after - $before) / $((requests > 0 ? requests : 1))" | bc)
		printf '%s\t%s\t%s\t%s\t%s\n' "$path" "$round" "$cpu" "$rps" "$p99" >>"$results"
		log "round $round: $path: $cpu ms CPU per request, $rps req/s, p99 $p99 ms"
	done
done
log "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
printf '| Page | CPU ms per request (median of %s) | req/s | p99 ms |\n|---|---:|---:|---:|\n' "$ROUNDS"
for path in "$@"; do
	awk -F'\t' -v path="$path" '$1 == path' "$results" | sort -t$'\t' -k3,3n \
		| awk -F'\t' -v rounds="$ROUNDS" 'NR == int((rounds + 1) / 2) { printf "| `%s` | %s | %s | %s |\n", $1, $3, $4, $5 }'
done
