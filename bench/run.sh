#!/usr/bin/env bash
# The portal's benchmark: builds the jar, generates a small and a large data set, starts the portal on each and
# drives its pages with wrk on loopback, then prints (and writes to target/bench/results.md) requests per second
# and p50/p99 latency per page and connection count, each page's ratio to the static-asset ceiling and the large
# data set's ratio to the small one; start-up time, resident memory, and the CSV export of the activity log with
# a 256 MB heap. See docs/benchmarks.md.
#
#   bench/run.sh [--postgres]
#
# Settings (environment): BENCH_DURATION (10s per row), BENCH_WARMUP (3s per page), BENCH_CONNECTIONS ("16 64"),
# BENCH_THREADS (2), BENCH_SMALL (1000 customers), BENCH_LARGE (100000), BENCH_ACCEPTORS (50 signed-in customers
# accepting), BENCH_JAVA_OPTS (JVM options of the measured portal; none by default), BENCH_SKIP_BUILD=1 to reuse
# target/*.jar, BENCH_SKIP_EXPORT=1 to leave out the CSV export.
set -euo pipefail

cd "$(dirname "$0")/.."
ROOT=$PWD
OUT=$ROOT/target/bench
DURATION=${BENCH_DURATION:-10s}
WARMUP=${BENCH_WARMUP:-3s}
CONNECTIONS=${BENCH_CONNECTIONS:-16 64}
THREADS=${BENCH_THREADS:-2}
SMALL=${BENCH_SMALL:-1000}
LARGE=${BENCH_LARGE:-100000}
ACCEPTORS=${BENCH_ACCEPTORS:-50}
JAVA_OPTS=${BENCH_JAVA_OPTS:-}
POSTGRES=false
[[ ${1:-} == --postgres ]] && POSTGRES=true
# The embedded default and the H2 data sets must not pick up a database from the environment.
unset PORTAL_DB_URL PORTAL_DB_USER PORTAL_DB_PASSWORD
JAVA=${JAVA_HOME:+$JAVA_HOME/bin/}java
PG_HOST=${BENCH_PG_HOST:-127.0.0.1}
PG_DATABASES=()
APP_PID=
# shellcheck source=bench/lib.sh
source bench/lib.sh

cleanup() {
	stop_app
	if $POSTGRES; then
		for db in "${PG_DATABASES[@]}"; do dropdb -h "$PG_HOST" -U postgres --if-exists "$db" || true; done
	fi
}
trap cleanup EXIT

command -v wrk >/dev/null || { log "installing wrk"; apt-get install -y wrk >/dev/null; }
command -v curl >/dev/null || { echo "curl is needed" >&2; exit 1; }

if [[ ${BENCH_SKIP_BUILD:-} != 1 ]]; then
	log "building the jar"
	./mvnw -B -ntp -q -DskipTests package
fi
JAR=$(ls "$ROOT"/target/partner-portal-*.jar | grep -v plain | head -1)
mkdir -p "$OUT"

# generate NAME CUSTOMERS: a fresh data set; sets GENERATED_SECONDS.
generate() {
	local name=$1 customers=$2 started profile=generate
	rm -rf "${OUT:?}/$name"
	mkdir -p "$OUT/$name"
	if $POSTGRES; then
		dropdb -h "$PG_HOST" -U postgres --if-exists "portal_bench_$name"
		createdb -h "$PG_HOST" -U postgres "portal_bench_$name"
		PG_DATABASES+=("portal_bench_$name")
		profile=postgres,generate
	fi
	started=$(now_ms)
	# A large page cache for the load only; the measured portal runs with H2's default.
	database_args "$name" ";CACHE_SIZE=262144"
	# shellcheck disable=SC2086
	"$JAVA" -jar "$JAR" $APP_ARGS --spring.profiles.active=$profile \
		--portal.generate.customers="$customers" --portal.generate.pending-customers="$ACCEPTORS" \
		--portal.generate.output="$OUT/$name" >"$OUT/$name/generate.log" 2>&1 \
		|| { tail -40 "$OUT/$name/generate.log" >&2; exit 1; }
	grep -o 'Generated in .*' "$OUT/$name/generate.log" | tail -1 >&2
	GENERATED_SECONDS=$(echo "scale=1; ($(now_ms) - $started) / 1000" | bc)
}

# check PATH COOKIES: the page must answer 200 to the signed-in persona, or the row would measure something else.
check() {
	local status
	status=$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: $2" "$BASE$1")
	[[ $status == 200 ]] || { echo "GET $1 answered $status, not 200" >&2; exit 1; }
}

# measure CONNECTIONS COOKIES PATH [SCRIPT ARGS...]: one wrk run; prints "req/s p50 p99 requests errors".
measure() {
	local connections=$1 cookies=$2 path=$3 script=${4:-bench/wrk-report.lua} result
	shift 4 || shift $#
	result=$(WRK_THREADS=$THREADS wrk -t"$THREADS" -c"$connections" -d"$DURATION" --timeout 10s -s "$script" \
		-H "Cookie: $cookies" "$BASE$path" -- "$@" | grep '^RESULT')
	read -r _ rps p50 p99 requests status socket out <<<"$result"
	echo "$rps $p50 $p99 $requests $((status + socket + out))"
}

warm_up() { wrk -t"$THREADS" -c16 -d"$WARMUP" -H "Cookie: $1" "$BASE$2" >/dev/null; }

# The measured pages: key, persona, path, description.
pages() {
	cat <<-ROWS
		static	partner	/css/portal.css	Static asset (the ceiling)
		customers	partner	/partner/customers	Customers, first page
		deep	partner	/partner/customers?page=2000	Customers, page 2,000 (the last page at 1,000 customers)
		search	partner	/partner/customers?q=$SEARCH_WORD	Customers, search "$SEARCH_WORD"
		sorted	partner	/partner/customers?sort=-since	Customers, sorted by date, descending
		expanded	partner	/partner/customers?expand=$SAMPLE_CUSTOMER_ID	Customers, one customer expanded
		relationships	many	/customer/partner-relationships	Partner relationships of a customer with 21 partners
		admin	admin	/admin/relationships?service=$SAMPLE_SERVICE_ID	Admin, relationships per service (Office 365)
		activity	partner	/partner/activity	Activity log, partner, last 30 days
		filtered	admin	/admin/activity?action=DELEGATED_ADMIN_GRANTED	Activity log, admin, filtered by action
	ROWS
}

# run_data_set NAME CUSTOMERS: generates, starts, signs in, warms up and measures; results go to $OUT/NAME.results.
run_data_set() {
	local name=$1 customers=$2
	local results=$OUT/$name.results
	log "generating $customers customers ($name)"
	generate "$name" "$customers"
	log "generated in $GENERATED_SECONDS s"
	echo "generate $GENERATED_SECONDS" >"$results"
	database_args "$name"
	start_app "$OUT/$name/portal.log"
	log "first answer after $STARTUP_MS ms ($STARTUP_CPU_MS ms of CPU)"
	echo "startup $STARTUP_MS $STARTUP_CPU_MS" >>"$results"
	# shellcheck disable=SC1091
	source "$OUT/$name/accounts.env"
	declare -A cookie
	for persona in partner:$PARTNER_EMAIL many:$MANY_PARTNERS_EMAIL admin:$ADMIN_EMAIL; do
		cookie[${persona%%:*}]=$(sign_in "${persona#*:}" | cut -f1)
	done
	log "signing in $ACCEPTORS customers waiting to accept"
	local signed=$OUT/$name/signed-in.tsv items=$OUT/$name/accept-items.tsv
	cut -f1 "$OUT/$name/acceptances.tsv" | sort -u | head -n "$ACCEPTORS" \
		| while read -r email; do printf '%s\t%s\n' "$email" "$(sign_in "$email")"; done >"$signed"
	awk -F'\t' 'NR == FNR { session[$1] = $2 "\t" $3; next } ($1 in session) { print session[$1] "\t" $2 }' \
		"$signed" "$OUT/$name/acceptances.tsv" >"$items"
	local total warm half
	total=$(wc -l <"$items")
	warm=$((total / 10))
	half=$(((total - warm) / 2))

	pages >"$OUT/pages.tsv"
	while IFS=$'\t' read -r key persona path _; do
		check "$path" "${cookie[$persona]}"
		warm_up "${cookie[$persona]}" "$path"
	done <"$OUT/pages.tsv"
	WRK_THREADS=$THREADS wrk -t"$THREADS" -c16 -d"$WARMUP" -s bench/wrk-accept.lua "$BASE/" -- "$items" 1 "$warm" >/dev/null
	echo "rss_warm $(rss_mb)" >>"$results"
	log "resident memory after warm-up: $(rss_mb) MB"

	local first=$((warm + 1))
	for connections in $CONNECTIONS; do
		while IFS=$'\t' read -r key persona path _; do
			log "$name: $key at $connections connections"
			echo "$key $connections $(measure "$connections" "${cookie[$persona]}" "$path")" >>"$results"
		done <"$OUT/pages.tsv"
		log "$name: accept at $connections connections"
		echo "accept $connections $(measure "$connections" "" / bench/wrk-accept.lua "$items" "$first" $((first + half - 1)))" >>"$results"
		first=$((first + half))
	done
	echo "accept_items $half" >>"$results"
	echo "rss_end $(rss_mb)" >>"$results"
	stop_app
}

# The CSV export of the large data set's whole activity log, with a 256 MB heap; time, size and peak memory.
run_export() {
	local name=large results=$OUT/large.results heap_log=$OUT/export-heap.log
	log "CSV export with -Xmx256m"
	database_args "$name"
	start_app "$OUT/$name/portal-export.log" -Xmx256m -XX:FlightRecorderOptions=stackdepth=256 -XX:StartFlightRecording=filename=$OUT/export.jfr,settings=profile
	# shellcheck disable=SC1091
	source "$OUT/$name/accounts.env"
	local admin started elapsed bytes lines
	admin=$(sign_in "$ADMIN_EMAIL" | cut -f1)
	jstat -gc "$APP_PID" 250 >"$heap_log" &
	local jstat_pid=$!
	started=$(now_ms)
	curl -fs -H "Cookie: $admin" "$BASE/admin/activity/export?from=2000-01-01&to=2999-12-31" -o "$OUT/export.csv"
	elapsed=$(($(now_ms) - started))
	kill "$jstat_pid" 2>/dev/null || true
	bytes=$(stat -c %s "$OUT/export.csv")
	lines=$(($(wc -l <"$OUT/export.csv") - 1))
	# jstat columns: S0C S1C S0U S1U EC EU OC OU ...; the heap in use is S0U + S1U + EU + OU.
	local heap
	heap=$(awk 'NR > 1 && $1 ~ /^[0-9.]+$/ { used = $3 + $4 + $6 + $8; if (used > max) max = used } END { printf "%d", max / 1024 }' "$heap_log")
	local hwm
	hwm=$(awk '/VmHWM/ { printf "%d", $2 / 1024 }' "/proc/$APP_PID/status")
	jcmd "$APP_PID" JFR.dump filename="$OUT/export.jfr" >/dev/null 2>&1 || true
	echo "export $elapsed $bytes $lines $heap $hwm" >>"$results"
	log "export: $lines entries, $bytes bytes in $elapsed ms; peak heap in use $heap MB, peak resident $hwm MB"
	stop_app
}

# The embedded default's start-up: in-memory H2 with the demo data, no arguments.
log "start-up of the embedded default"
APP_ARGS=
start_app "$OUT/embedded.log"
EMBEDDED_STARTUP=$STARTUP_MS
EMBEDDED_STARTUP_CPU=$STARTUP_CPU_MS
EMBEDDED_RSS=$(rss_mb)
stop_app
log "embedded default answered after $EMBEDDED_STARTUP ms ($EMBEDDED_STARTUP_CPU ms of CPU)"

run_data_set small "$SMALL"
run_data_set large "$LARGE"
[[ ${BENCH_SKIP_EXPORT:-} == 1 ]] || run_export

DATABASE=H2
$POSTGRES && DATABASE=PostgreSQL
python3 bench/report.py "$OUT" "$DATABASE" "$EMBEDDED_STARTUP" "$EMBEDDED_STARTUP_CPU" "$EMBEDDED_RSS" "$SMALL" "$LARGE" "$DURATION" \
	"$CONNECTIONS" | tee "$OUT/results.md"
