# Functions bench/run.sh and bench/profile.sh share: starting and stopping the portal, signing in through its
# form. They read OUT, JAR, JAVA, JAVA_OPTS, APP_ARGS, POSTGRES and PG_HOST, and set APP_PID, BASE, STARTUP_MS and
# STARTUP_CPU_MS.

# The measured portal's JVM options, the same for the benchmark and the profiles of its pages: a bounded heap, the
# serial collector and the JVM's default tiered compilation (docs/deployment.md, JVM options).
MEASURED_JAVA_OPTS="-Xmx${BENCH_HEAP:-256m} ${BENCH_JAVA_OPTS--XX:+UseSerialGC}"
# The core the measured portal runs on, and the one wrk runs on: the portal alone on its core, so that its CPU time
# per request is its own work, not time shared with the load generator's threads.
SERVER_CPU=${BENCH_SERVER_CPU:-1}
WRK_CPU=${BENCH_WRK_CPU:-0}

log() { printf '[bench %s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
now_ms() { date +%s%3N; }

# database_args NAME [H2-SETTINGS]: sets APP_ARGS to the portal's arguments for the data set NAME (and PORTAL_DB_*
# for PostgreSQL).
database_args() {
	if $POSTGRES; then
		export PORTAL_DB_URL="jdbc:postgresql://$PG_HOST:5432/portal_bench_$1" PORTAL_DB_USER=postgres PORTAL_DB_PASSWORD=
		APP_ARGS="--spring.profiles.active=postgres"
	else
		APP_ARGS="--spring.datasource.url=jdbc:h2:file:$OUT/$1/portal;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH${2:-} --spring.flyway.locations=classpath:db/migration,classpath:db/vendor/{vendor} --portal.demo-data=false"
	fi
}

# start_app LOGFILE JVM-OPTIONS...: starts the portal on a free port with APP_ARGS; sets BASE, APP_PID and
# STARTUP_MS, the milliseconds from the start of the JVM to the first answered request.
start_app() {
	local logfile=$1 started
	shift
	PORT=$(free_port)
	BASE="http://127.0.0.1:$PORT"
	started=$(now_ms)
	# shellcheck disable=SC2086
	${SERVER_CPU:+taskset -c "$SERVER_CPU"} "$JAVA" $JAVA_OPTS "$@" -jar "$JAR" --server.port="$PORT" $APP_ARGS >"$logfile" 2>&1 &
	APP_PID=$!
	until curl -fs -o /dev/null "$BASE/login"; do
		kill -0 "$APP_PID" 2>/dev/null || { tail -40 "$logfile" >&2; echo "the portal did not start" >&2; exit 1; }
		sleep 0.05
	done
	STARTUP_MS=$(($(now_ms) - started))
	# CPU time the JVM used to get there: on a busy machine it says more than the wall clock does.
	STARTUP_CPU_MS=$(cpu_ms)
}

stop_app() {
	if [[ -n $APP_PID ]] && kill -0 "$APP_PID" 2>/dev/null; then
		kill "$APP_PID"
		wait "$APP_PID" 2>/dev/null || true
	fi
	APP_PID=
}

# cpu_ms: the CPU time the portal's process has used so far (user and system, from /proc), in milliseconds.
cpu_ms() { awk -v tick="$(getconf CLK_TCK)" '{ printf "%d", ($14 + $15) * 1000 / tick }' "/proc/$APP_PID/stat"; }

rss_mb() { awk '/VmRSS/ { printf "%d", $2 / 1024 }' "/proc/$APP_PID/status"; }

# sign_in EMAIL: signs in with the sign-in form, as a browser does; prints "COOKIES<TAB>CSRF", the cookies the portal
# set (whatever their names) and a CSRF token of the signed-in session.
sign_in() {
	local email=$1 jar page csrf cookies
	jar=$(mktemp)
	page=$(curl -fs -c "$jar" -b "$jar" "$BASE/login")
	csrf=$(sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' <<<"$page" | head -1)
	curl -fs -o /dev/null -c "$jar" -b "$jar" --data-urlencode "username=$email" --data-urlencode "password=$PASSWORD" \
		--data-urlencode "_csrf=$csrf" "$BASE/login"
	# Any signed-in page has the sign-out form, and with it the session's token.
	page=$(curl -fs -c "$jar" -b "$jar" "$BASE/account/preferences")
	csrf=$(sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' <<<"$page" | head -1)
	cookies=$(awk -F'\t' 'NF >= 7 { printf "%s%s=%s", sep, $6, $7; sep = "; " }' "$jar")
	rm -f "$jar"
	[[ -n $csrf && -n $cookies ]] || { echo "signing in as $email failed" >&2; return 1; }
	printf '%s\t%s\n' "$cookies" "$csrf"
}
