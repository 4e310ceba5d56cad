# Shared helpers for the bench/ scripts. Source it; it does nothing on its own.
# shellcheck shell=bash

BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$BENCH_DIR/.." && pwd)
JAR_NAME=leg-spasms-site-0.1.0-SNAPSHOT.jar
JAR=$ROOT/target/$JAR_NAME
OUT=$ROOT/target/bench
HUB_SLUG=muscle-spasms-in-legs

# The JDK that runs the site (the pom's java.version, 25): SITE_JDK when set, else JAVA_HOME or the
# first JDK in the usual places whose `java -version` says 25. Java 17, the machine's default `java`,
# cannot run the jar. Empty when there is none; require_jdk stops the script then.
SITE_JDK_VERSION=${SITE_JDK_VERSION:-25}
find_jdk() {
	local home v
	for home in ${SITE_JDK:-} ${JAVA_HOME:-} /usr/lib/jvm/* /opt/java/* "$HOME"/.sdkman/candidates/java/* "$HOME"/.jdks/*; do
		[ -x "$home/bin/java" ] || continue
		v=$("$home/bin/java" -version 2>&1 | awk -F'"' '/version/ { print $2; exit }')
		if [ "${v%%.*}" = "$SITE_JDK_VERSION" ]; then echo "$home"; return 0; fi
	done
	return 0
}
SITE_JDK=$(find_jdk)
JAVA=${SITE_JDK:+$SITE_JDK/bin/java}
JCMD=${SITE_JDK:+$SITE_JDK/bin/jcmd}
require_jdk() { [ -n "$SITE_JDK" ] || die "no JDK $SITE_JDK_VERSION found (looked at SITE_JDK, JAVA_HOME, /usr/lib/jvm, /opt/java, ~/.sdkman, ~/.jdks); install one or set SITE_JDK"; }

# Extra JVM options and site arguments for every site the scripts start (word-split on purpose).
SITE_JAVA_OPTS=${SITE_JAVA_OPTS:-}
SITE_ARGS=${SITE_ARGS:-}

log() { printf '[%s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
warn() { log "WARNING: $*"; }
die() { log "ERROR: $*"; exit 1; }

# Every curl the scripts run gives up after CURL_MAX_TIME seconds (a later --max-time wins).
curl() { command curl --max-time "${CURL_MAX_TIME:-60}" "$@"; }

now_ms() { local t=${EPOCHREALTIME/./}; echo $((10#$t / 1000)); }

# --- processes -------------------------------------------------------------------------------

STARTED_PIDS=()

track() { STARTED_PIDS+=("$1"); }

# Stops one process we started (and its direct children, e.g. a subshell's sleep):
# SIGTERM, up to $2 seconds (default 15) to exit, then SIGKILL.
stop_pid() {
	local pid=$1 grace=${2:-15} child
	[ -n "$pid" ] || return 0
	kill -0 "$pid" 2>/dev/null || { wait "$pid" 2>/dev/null || true; return 0; }
	for child in $(ps -o pid= --ppid "$pid" 2>/dev/null); do kill -TERM "$child" 2>/dev/null || true; done
	kill -TERM "$pid" 2>/dev/null || true
	local deadline=$((SECONDS + grace))
	while kill -0 "$pid" 2>/dev/null && [ "$SECONDS" -lt "$deadline" ]; do sleep 0.1; done
	if kill -0 "$pid" 2>/dev/null; then
		warn "process $pid did not stop in ${grace}s, killing it"
		kill -KILL "$pid" 2>/dev/null || true
	fi
	wait "$pid" 2>/dev/null || true
}

cleanup_started() {
	local i
	for ((i = ${#STARTED_PIDS[@]} - 1; i >= 0; i--)); do stop_pid "${STARTED_PIDS[$i]}" 10; done
	STARTED_PIDS=()
}

# Every script calls this once: whatever happens, what it started is stopped.
install_cleanup_trap() {
	trap 'rc=$?; trap - EXIT; cleanup_started; exit $rc' EXIT
	trap 'exit 130' INT
	trap 'exit 143' TERM
}

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# First free port from $1 upwards.
free_port() {
	local port=$1
	while port_in_use "$port"; do port=$((port + 1)); done
	echo "$port"
}

# --- tools -----------------------------------------------------------------------------------

APT_UPDATED=0

# ensure_tools CMD:PACKAGE ...: installs the Debian packages of the commands that are missing.
ensure_tools() {
	local pair cmd missing=()
	for pair in "$@"; do
		cmd=${pair%%:*}
		if [ "${cmd#/}" != "$cmd" ]; then [ -x "$cmd" ] && continue; else type -P "$cmd" >/dev/null && continue; fi
		missing+=("${pair#*:}")
	done
	[ ${#missing[@]} -eq 0 ] && return 0
	local sudo=""
	[ "$(id -u)" -eq 0 ] || sudo=sudo
	log "installing ${missing[*]} with apt-get"
	if [ "$APT_UPDATED" -eq 0 ]; then
		$sudo apt-get update -q >&2
		APT_UPDATED=1
	fi
	# Installing nginx would start the system's nginx on port 80; a policy-rc.d answering 101
	# tells Debian's maintainer scripts not to start services (Docker images ship one already).
	local policy=/usr/sbin/policy-rc.d made_policy=0
	if [ ! -e "$policy" ]; then
		printf '#!/bin/sh\nexit 101\n' | $sudo tee "$policy" >/dev/null
		$sudo chmod +x "$policy"
		made_policy=1
	fi
	local rc=0
	DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends "${missing[@]}" >&2 || rc=$?
	[ "$made_policy" -eq 0 ] || $sudo rm -f "$policy"
	[ "$rc" -eq 0 ] || die "apt-get install ${missing[*]} failed"
}

# --- the site --------------------------------------------------------------------------------

# Builds the jar when it is missing or older than the sources (BUILD=0: never, BUILD=1: always).
ensure_jar() {
	local build=${BUILD:-auto}
	if [ "$build" = 1 ] || { [ "$build" != 0 ] && { [ ! -f "$JAR" ] || [ -n "$(find "$ROOT/src/main" "$ROOT/pom.xml" -newer "$JAR" -print -quit)" ]; }; }; then
		log "building $JAR_NAME (./mvnw package -DskipTests)"
		(cd "$ROOT" && ./mvnw -B -q package -DskipTests) >&2
	fi
	[ -f "$JAR" ] || die "no $JAR; build it with ./mvnw -B -q package -DskipTests"
}

# Generates (once) a corpus of $1 articles in target/corpus-$1 and prints its folder.
ensure_corpus() {
	local n=$1 dir=$ROOT/target/corpus-$1 have=0
	[ -d "$dir/articles" ] && have=$(find "$dir/articles" -maxdepth 1 -name '*.md' | wc -l)
	if [ "$have" -ne "$n" ]; then
		log "generating $n articles in target/corpus-$n"
		rm -rf "$dir"
		(cd "$ROOT" && ./mvnw -B -q test-compile exec:exec@generate-corpus -Dexec.args="$n $dir") >&2
		have=$(find "$dir/articles" -maxdepth 1 -name '*.md' | wc -l)
		[ "$have" -eq "$n" ] || die "corpus generator wrote $have articles, expected $n"
	fi
	# The generator writes no synonyms.txt, and a site without one answers every search with 500
	# ("fst must be non-null" from Lucene's SynonymGraphFilter); the real one keeps searches working.
	[ -f "$dir/synonyms.txt" ] || cp "$ROOT/content/synonyms.txt" "$dir/synonyms.txt"
	echo "$dir"
}

# Slug of the generated article number $1 (the generator's naming).
generated_slug() { printf 'generated-article-%05d' "$1"; }

# start_site CWD PORT LOGFILE [JAVA_OPTION...] -- [SITE_ARGUMENT...]
# Starts the jar (SITE_JAR, default the packaged one) with SITE_JAVA (default JDK 25's java) in CWD and sets SITE_PID and SITE_LAUNCH_MS (taken just before the fork).
start_site() {
	local cwd=$1 port=$2 logfile=$3
	shift 3
	local java_opts=() app_args=()
	while [ $# -gt 0 ] && [ "$1" != "--" ]; do java_opts+=("$1"); shift; done
	[ $# -gt 0 ] && shift
	app_args=("$@")
	local jar=${SITE_JAR:-$JAR}
	# shellcheck disable=SC2086
	SITE_LAUNCH_MS=$(now_ms)
	(cd "$cwd" && exec "${SITE_JAVA:-$JAVA}" $SITE_JAVA_OPTS "${java_opts[@]}" -jar "$jar" --server.port="$port" $SITE_ARGS "${app_args[@]}") >"$logfile" 2>&1 &
	SITE_PID=$!
	track "$SITE_PID"
}

# wait_for_200 URL PID TIMEOUT_S: polls about every 20 ms; prints the ms from SITE_LAUNCH_MS to
# the first 200. Fails if the process dies or the time runs out.
wait_for_200() {
	local url=$1 pid=$2 timeout=${3:-120} code
	local deadline=$((SECONDS + timeout))
	while [ "$SECONDS" -lt "$deadline" ]; do
		code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "$url" 2>/dev/null) || true
		if [ "$code" = 200 ]; then echo $(($(now_ms) - SITE_LAUNCH_MS)); return 0; fi
		kill -0 "$pid" 2>/dev/null || { log "process $pid exited before $url answered 200"; return 1; }
		sleep 0.02
	done
	log "no 200 from $url within ${timeout}s (last status: ${code:-none})"
	return 1
}

# kB figures from /proc (VmRSS = now, VmHWM = peak since start).
proc_kb() { awk -v k="$2:" '$1 == k { print $2 }' "/proc/$1/status" 2>/dev/null || echo 0; }

# CPU time (user + system) in ms used so far by the given processes and their threads.
cpu_ms() {
	local pid ticks=0 hz
	hz=$(getconf CLK_TCK)
	for pid in "$@"; do
		# Fields after the command name (which may hold spaces): utime and stime are the 12th and 13th.
		ticks=$((ticks + $(sed 's/^.*) //' "/proc/$pid/stat" 2>/dev/null | awk '{ print $12 + $13 }' || echo 0)))
	done
	echo $((ticks * 1000 / hz))
}

# Heap used and committed in kB from jcmd GC.heap_info (its first line).
heap_used_kb() { { "$JCMD" "$1" GC.heap_info 2>/dev/null | grep -m1 -oE 'used [0-9]+K' | grep -oE '[0-9]+'; } || true; }
# JDK 25's G1 says "total reserved NK, committed NK, used NK": committed is the heap in use by the JVM.
heap_total_kb() { { "$JCMD" "$1" GC.heap_info 2>/dev/null | grep -m1 -oE '(committed|total) [0-9]+K' | grep -oE '[0-9]+'; } || true; }

# "Loaded N articles from DIR in X ms" -> X
loaded_ms() { { grep -m1 -oE 'Loaded [0-9]+ articles from .* in [0-9]+ ms' "$1" | grep -oE '[0-9]+ ms$' | grep -oE '[0-9]+'; } || true; }
# "Started LegSpasmsApplication in 2.9 seconds" -> 2.9
started_s() { { grep -m1 -oE 'Started [A-Za-z]+ in [0-9.]+ seconds' "$1" | grep -oE '[0-9.]+ seconds' | grep -oE '[0-9.]+'; } || true; }

# --- numbers ---------------------------------------------------------------------------------

median() { printf '%s\n' "$@" | sort -n | awk '{ a[NR] = $1 } END { if (NR == 0) print ""; else if (NR % 2) print a[(NR + 1) / 2]; else printf "%g\n", (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }
minimum() { printf '%s\n' "$@" | sort -n | head -1; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (a == "" || b == "" || b + 0 == 0) print "n/a"; else if (a / b < 0.1) printf "%.2g\n", a / b; else printf "%.2f\n", a / b }'; }
mb() { awk -v k="$1" 'BEGIN { if (k == "") print "n/a"; else printf "%.0f MB\n", k / 1024 }'; }
thousands() { awk -v n="$1" 'BEGIN { s = sprintf("%.0f", n); r = ""; while (length(s) > 3) { r = "," substr(s, length(s) - 2) r; s = substr(s, 1, length(s) - 3) } print s r }'; }

# Converts a wrk/duration like 90, 30s, 5m, 1h to seconds.
duration_s() {
	local d=$1
	case "$d" in
	*h) echo $((${d%h} * 3600)) ;;
	*m) echo $((${d%m} * 60)) ;;
	*s) echo "${d%s}" ;;
	*) echo "$d" ;;
	esac
}

# parse_wrk FILE: sets WRK_RPS, WRK_P50, WRK_P99 (ms), WRK_REQUESTS, WRK_ERRORS (sum of socket
# errors), WRK_SOCKET ("connect a, read b, write c, timeout d" or "none") and WRK_NON2XX.
parse_wrk() {
	local f=$1
	WRK_RPS=$(awk '/^Requests\/sec:/ { print $2 }' "$f")
	WRK_REQUESTS=$(awk '/requests in/ { print $1 }' "$f")
	WRK_P50=$(wrk_percentile "$f" 50)
	WRK_P99=$(wrk_percentile "$f" 99)
	WRK_SOCKET=$(sed -n 's/^ *Socket errors: //p' "$f")
	[ -n "$WRK_SOCKET" ] || WRK_SOCKET="none"
	WRK_ERRORS=$(echo "$WRK_SOCKET" | { grep -oE '[0-9]+' || true; } | awk '{ s += $1 } END { print s + 0 }')
	WRK_NON2XX=$(awk -F: '/Non-2xx or 3xx responses/ { gsub(/ /, "", $2); print $2 }' "$f")
	WRK_NON2XX=${WRK_NON2XX:-0}
}

# wrk prints "     99%    2.49ms" in the latency distribution; gives milliseconds.
wrk_percentile() {
	awk -v p="$2%" '
		$1 == p {
			v = $2; u = v; sub(/[0-9.]+/, "", u); sub(/[a-z]+$/, "", v)
			f = (u == "us") ? 0.001 : (u == "ms") ? 1 : (u == "s") ? 1000 : (u == "m") ? 60000 : (u == "h") ? 3600000 : 1
			printf "%.2f\n", v * f; exit
		}' "$1"
}

# Other work on the machine makes every figure here noisy; say so up front.
warn_if_busy() {
	awk -v n="$(nproc)" '{ if ($1 > n / 2) exit 1 }' /proc/loadavg ||
		warn "load average is $(cut -d' ' -f1 /proc/loadavg) on $(nproc) cores: other processes are busy and the figures will be noisy"
}

machine_summary() {
	local java_v nginx_v hugo_v wrk_v
	java_v=$("$JAVA" -version 2>&1 | head -1)
	nginx_v=$( (nginx -v 2>&1 || true) | sed 's/^nginx version: //')
	hugo_v=$( (hugo version 2>/dev/null || true) | awk '{ print $2 }')
	wrk_v=$( (wrk -v 2>&1 || true) | head -1 | awk '{ print $2 }')
	printf -- '- date: %s\n' "$(date -u '+%Y-%m-%d %H:%M UTC')"
	printf -- '- commit: %s\n' "$(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo unknown)"
	printf -- '- machine: %s cores, %s GiB, %s\n' "$(nproc)" "$(awk '/MemTotal/ { printf "%.0f", $2 / 1048576 }' /proc/meminfo)" "$(. /etc/os-release && echo "$PRETTY_NAME")"
	printf -- '- load average at the end: %s\n' "$(cut -d' ' -f1-3 /proc/loadavg)"
	printf -- '- java: %s; nginx: %s; hugo: %s; wrk: %s\n' "$java_v" "${nginx_v:-n/a}" "${hugo_v:-n/a}" "${wrk_v:-n/a}"
}
