#!/usr/bin/env bash
# Graceful shutdown check: SIGTERM to the jar while clients are mid-request; the requests in flight
# must complete and the process must exit cleanly. See bench/README.md.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

CLIENTS=${CLIENTS:-16}
SLOW_CLIENTS=${SLOW_CLIENTS:-4}
SLOW_PAUSE=${SLOW_PAUSE:-0.03}
LOAD_BEFORE=${LOAD_BEFORE:-5}
EXIT_TIMEOUT=${EXIT_TIMEOUT:-45}
# The JVM answers SIGTERM by running its shutdown hooks (Spring's graceful shutdown among them)
# and then exits with 128 + 15; set ACCEPT_EXIT="0" to insist on 0.
ACCEPT_EXIT=${ACCEPT_EXIT:-0 143}

ensure_tools curl:curl
require_jdk
ensure_jar
install_cleanup_trap

WORK=$OUT/shutdown
rm -rf "$WORK"
mkdir -p "$WORK/clients"
PORT=$(free_port "${SITE_PORT:-18280}")
BASE=http://127.0.0.1:$PORT
URLS=(/ "/articles/$HUB_SLUG" /articles/nocturnal-leg-cramps /topics /topics/causes '/search?q=calf+cramp' /articles/spinal-stenosis '/search?q=restles+legs')

log "starting the site on port $PORT"
start_site "$ROOT" "$PORT" "$WORK/site.log"
wait_for_200 "$BASE/articles/$HUB_SLUG" "$SITE_PID" 120 >/dev/null || { tail -30 "$WORK/site.log" >&2; die "the site did not start"; }

# One request per connection, so "in flight" is unambiguous: each line is
# start_ms end_ms curl_exit http_code bytes url
client() {
	local id=$1 i=0 url s e out rc deadline=$((SECONDS + LOAD_BEFORE + EXIT_TIMEOUT + 30))
	while [ "$SECONDS" -lt "$deadline" ]; do
		url=${URLS[$(((id + i) % ${#URLS[@]}))]}
		s=$(now_ms)
		rc=0
		out=$(curl -s -o /dev/null -w '%{http_code} %{size_download}' --max-time 30 "$BASE$url") || rc=$?
		e=$(now_ms)
		echo "$s $e $rc $out $url" >>"$WORK/clients/fast-$id.txt"
		# Refused after the SIGTERM: the site has closed its port, nothing more to learn.
		if [ "$rc" -eq 7 ] && [ -f "$WORK/terminated" ]; then break; fi
		i=$((i + 1))
	done
}

# A slow reader (bash's read takes the socket a byte at a time, and a line per SLOW_PAUSE): the
# response is still being read when the SIGTERM comes. Its line: start end exit status body_bytes url
slow_client() {
	local id=$1 url=/articles/$HUB_SLUG s e rc=0 raw line status length header total
	raw=$WORK/clients/slow-$id.raw
	s=$(now_ms)
	if exec 3<>"/dev/tcp/127.0.0.1/$PORT"; then
		printf 'GET %s HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n' "$url" >&3
		{
			while IFS= read -r -t 30 -u 3 line; do
				printf '%s\n' "$line"
				sleep "$SLOW_PAUSE"
			done
			printf '%s' "$line"
		} >"$raw"
		exec 3<&-
	else
		rc=7
		: >"$raw"
	fi
	e=$(now_ms)
	status=$(head -1 "$raw" | awk '{ print $2 }')
	length=$(tr -d '\r' <"$raw" | awk 'tolower($1) == "content-length:" && !n++ { print $2 }')
	header=$(LC_ALL=C awk '{ n += length($0) + 1 } /^\r?$/ { print n; exit }' "$raw")
	total=$(wc -c <"$raw")
	[ -n "$length" ] || rc=1
	echo "$s $e $rc ${status:-000} $((total - ${header:-0})) $url" >>"$WORK/clients/slow-$id.txt"
}

FULL_SIZE=$(curl -s -o /dev/null -w '%{size_download}' "$BASE/articles/$HUB_SLUG")
log "load: $CLIENTS clients in a loop, $SLOW_CLIENTS slow readers of a $FULL_SIZE-byte page"
for ((i = 0; i < CLIENTS; i++)); do
	client "$i" &
	track $!
done
sleep $((LOAD_BEFORE / 2))
for ((i = 0; i < SLOW_CLIENTS; i++)); do
	slow_client "$i" &
	track $!
done
sleep $((LOAD_BEFORE - LOAD_BEFORE / 2))

TERM_MS=$(now_ms)
touch "$WORK/terminated"
log "sending SIGTERM to the site ($SITE_PID)"
kill -TERM "$SITE_PID"
deadline=$((SECONDS + EXIT_TIMEOUT))
while kill -0 "$SITE_PID" 2>/dev/null && [ "$SECONDS" -lt "$deadline" ]; do sleep 0.05; done
EXIT_MS=$(($(now_ms) - TERM_MS))
if kill -0 "$SITE_PID" 2>/dev/null; then
	EXIT_CODE="still running after ${EXIT_TIMEOUT}s"
else
	EXIT_CODE=0
	wait "$SITE_PID" || EXIT_CODE=$?
fi
log "the site exited with $EXIT_CODE, $EXIT_MS ms after SIGTERM; waiting for the clients"
# The clients stop on their own (refused connection or deadline); give them their time.
for pid in "${STARTED_PIDS[@]}"; do
	[ "$pid" = "$SITE_PID" ] && continue
	while kill -0 "$pid" 2>/dev/null && [ "$SECONDS" -lt $((deadline + 70)) ]; do sleep 0.2; done
done

cat "$WORK"/clients/fast-*.txt >"$WORK/fast.txt"
cat "$WORK"/clients/slow-*.txt >"$WORK/slow.txt" 2>/dev/null || : >"$WORK/slow.txt"

# Outcome of a line: ok (200, complete), refused, or error.
classify='function outcome() { return ($3 == 0 && $4 == 200) ? "ok" : ($3 == 7 ? "refused" : "error") }'
summary() { awk -v t="$TERM_MS" "$classify $1" "$2"; }
BEFORE=$(summary '$2 < t { n++; if (outcome() != "ok") bad++ } END { printf "%d %d", n, bad }' "$WORK/fast.txt")
INFLIGHT=$(summary '$1 <= t && $2 >= t { n++; if (outcome() != "ok") bad++ } END { printf "%d %d", n, bad }' "$WORK/fast.txt")
AFTER=$(summary '$1 > t { c[outcome() ($3 ? " (curl " $3 ")" : " (" $4 ")")]++ } END { for (k in c) printf "%s%s: %d", (s++ ? ", " : ""), k, c[k] }' "$WORK/fast.txt")
SLOW=$(awk -v t="$TERM_MS" -v size="$FULL_SIZE" '{ n++; if ($1 < t && $2 > t) live++; if (!($3 == 0 && $4 == 200 && $5 == size)) bad++ } END { printf "%d %d %d", n, live, bad }' "$WORK/slow.txt")
read -r before_n before_bad <<<"$BEFORE"
read -r inflight_n inflight_bad <<<"$INFLIGHT"
read -r slow_n slow_live slow_bad <<<"$SLOW"
commencing=no complete=no
grep -q 'Commencing graceful shutdown' "$WORK/site.log" && commencing=yes
grep -q 'Graceful shutdown complete' "$WORK/site.log" && complete=yes
exceptions=$(grep -cE 'Exception|ERROR' "$WORK/site.log" || true)

{
	echo "## Graceful shutdown"
	echo
	echo "| check | result |"
	echo "| --- | --- |"
	echo "| exit code after SIGTERM (accepted: $ACCEPT_EXIT) | $EXIT_CODE |"
	echo "| time from SIGTERM to exit | $EXIT_MS ms |"
	echo "| log: \"Commencing graceful shutdown\" / \"Graceful shutdown complete\" | $commencing / $complete |"
	echo "| log lines with Exception or ERROR | $exceptions |"
	echo "| requests finished before SIGTERM (failed) | $before_n ($before_bad) |"
	echo "| requests in flight at SIGTERM (failed) | $inflight_n ($inflight_bad) |"
	echo "| slow readers (in flight at SIGTERM; failed or short) | $slow_n ($slow_live; $slow_bad) |"
	echo "| requests started after SIGTERM | ${AFTER:-none} |"
	echo
} >"$OUT/shutdown-results.md"
echo
cat "$OUT/shutdown-results.md"

failed=0
case " $ACCEPT_EXIT " in *" $EXIT_CODE "*) ;; *) log "FAIL: exit code $EXIT_CODE"; failed=1 ;; esac
[ "$commencing$complete" = yesyes ] || { log "FAIL: no graceful shutdown in the log ($WORK/site.log)"; failed=1; }
[ "$inflight_n" -gt 0 ] || { log "FAIL: no request was in flight at SIGTERM; raise CLIENTS"; failed=1; }
[ "$inflight_bad" -eq 0 ] || { log "FAIL: $inflight_bad requests in flight at SIGTERM failed"; failed=1; }
[ "$before_bad" -eq 0 ] || { log "FAIL: $before_bad requests failed before SIGTERM"; failed=1; }
[ "$slow_n" -eq "$SLOW_CLIENTS" ] || { log "FAIL: $slow_n of $SLOW_CLIENTS slow readers reported"; failed=1; }
[ "$slow_bad" -eq 0 ] || { log "FAIL: $slow_bad slow readers did not get the whole page"; failed=1; }
[ "$slow_live" -eq "$slow_n" ] || warn "only $slow_live of $slow_n slow readers were still reading at SIGTERM; raise SLOW_PAUSE"
[ "$failed" -eq 0 ] && log "graceful shutdown check passed" || log "graceful shutdown check FAILED (details in ${WORK#"$ROOT"/})"
exit "$failed"
