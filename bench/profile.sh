#!/usr/bin/env bash
# Profiles one page on a data set bench/run.sh generated: starts the portal on it, signs in, warms the page up,
# records JFR while wrk drives the page, and prints where the samples fall (bench/jfr-summary.py).
#
#   bench/profile.sh [PATH] [PERSONA]      e.g. bench/profile.sh '/partner/customers?page=2000' PARTNER_EMAIL
#
# PERSONA names an address in the data set's accounts.env: PARTNER_EMAIL (default), MANY_PARTNERS_EMAIL or
# ADMIN_EMAIL. Settings: BENCH_SET (large), BENCH_DURATION (20s), BENCH_HEAP (256m), BENCH_JAVA_OPTS; add --postgres as a third
# argument for a data set on PostgreSQL (bench/run.sh --postgres drops its databases at the end, so generate one
# first). The recording stays in target/bench/profile.jfr.
set -euo pipefail

cd "$(dirname "$0")/.."
ROOT=$PWD
OUT=$ROOT/target/bench
PAGE=${1:-/partner/customers}
PERSONA=${2:-PARTNER_EMAIL}
POSTGRES=false
[[ ${3:-} == --postgres ]] && POSTGRES=true
SET=${BENCH_SET:-large}
DURATION=${BENCH_DURATION:-20s}
JAVA=${JAVA_HOME:+$JAVA_HOME/bin/}java
PG_HOST=${BENCH_PG_HOST:-127.0.0.1}
APP_PID=
# shellcheck source=bench/lib.sh
source bench/lib.sh
JAVA_OPTS=$MEASURED_JAVA_OPTS
trap stop_app EXIT

JAR=$(ls "$ROOT"/target/partner-portal-*.jar | grep -v plain | head -1)
# shellcheck disable=SC1090
source "$OUT/$SET/accounts.env"
database_args "$SET"
start_app "$OUT/$SET/portal-profile.log" -XX:FlightRecorderOptions=stackdepth=256
log "started in $STARTUP_MS ms; signing in as ${!PERSONA}"
cookies=$(sign_in "${!PERSONA}" | cut -f1)
taskset -c "$WRK_CPU" wrk -t2 -c16 -d5s -H "Cookie: $cookies" "$BASE$PAGE" >/dev/null
jcmd "$APP_PID" JFR.start name=page settings=profile >/dev/null
taskset -c "$WRK_CPU" wrk -t2 -c16 -d"$DURATION" --latency -H "Cookie: $cookies" "$BASE$PAGE"
jcmd "$APP_PID" JFR.dump name=page filename="$OUT/profile.jfr" >/dev/null
python3 bench/jfr-summary.py "$OUT/profile.jfr"
