#!/usr/bin/env bash
# Soak test: the jar serving a scratch copy of content/ under a long mixed wrk load, with an article
# edited half-way through so a content reload happens under load. See bench/README.md.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

usage() {
	cat <<EOF
Usage: bench/soak.sh [-d DURATION] [-c CONNECTIONS] [--sample-every SECONDS] [--require-reload]
  -d, --duration        how long wrk runs, e.g. 30s, 5m (default \$DURATION or 5m)
  -c, --connections     concurrent connections (default \$CONNECTIONS or 256)
  -t, --threads         wrk threads; must equal the connections (see bench/README.md)
  --sample-every        seconds between RSS samples (default \$SAMPLE_EVERY or 30)
  --require-reload      fail when the edit does not show on the page (default \$REQUIRE_RELOAD or 0)
EOF
}

DURATION=${DURATION:-5m}
CONNECTIONS=${CONNECTIONS:-256}
THREADS=${THREADS:-}
SAMPLE_EVERY=${SAMPLE_EVERY:-30}
REQUIRE_RELOAD=${REQUIRE_RELOAD:-0}
TIMEOUT=${TIMEOUT:-10s}
GZIP=${GZIP:-1}
EDIT_SLUG=${EDIT_SLUG:-nocturnal-leg-cramps}
EDIT_MODE=${EDIT_MODE:-rename}
RELOAD_WAIT=${RELOAD_WAIT:-30}
while [ $# -gt 0 ]; do
	case "$1" in
	-d | --duration) DURATION=$2; shift 2 ;;
	-c | --connections) CONNECTIONS=$2; shift 2 ;;
	-t | --threads) THREADS=$2; shift 2 ;;
	--sample-every) SAMPLE_EVERY=$2; shift 2 ;;
	--require-reload) REQUIRE_RELOAD=1; shift ;;
	-h | --help) usage; exit 0 ;;
	*) usage >&2; exit 2 ;;
	esac
done
THREADS=${THREADS:-$CONNECTIONS}
[ "$THREADS" = "$CONNECTIONS" ] ||
	die "threads ($THREADS) must equal connections ($CONNECTIONS): wrk's response() cannot tell which request it answers unless each thread has one connection"
DURATION_S=$(duration_s "$DURATION")
[ "$DURATION_S" -gt 0 ] || die "bad duration '$DURATION'"
[ "$(ulimit -n)" -gt $((CONNECTIONS + 64)) ] || ulimit -n $((CONNECTIONS * 2 + 256)) 2>/dev/null ||
	warn "open-file limit $(ulimit -n) is low for $CONNECTIONS connections"

ensure_tools curl:curl wrk:wrk
require_jdk
ensure_jar
install_cleanup_trap

WORK=$OUT/soak
rm -rf "$WORK"
mkdir -p "$WORK"
cp -r "$ROOT/content" "$WORK/content"
[ -f "$WORK/content/articles/$EDIT_SLUG.md" ] || die "no article $EDIT_SLUG to edit"
PORT=$(free_port "${SITE_PORT:-18180}")
BASE=http://127.0.0.1:$PORT
ENCODING=()
[ "$GZIP" = 1 ] && ENCODING=(-H 'Accept-Encoding: gzip')

log "starting the site on port $PORT with a scratch copy of content/ in ${WORK#"$ROOT"/}"
start_site "$WORK" "$PORT" "$WORK/site.log"
wait_for_200 "$BASE/" "$SITE_PID" 120 >/dev/null || { tail -30 "$WORK/site.log" >&2; die "the site did not start"; }

# --- the requests: kind TAB path TAB etag -----------------------------------------------------

REQUESTS=$WORK/requests.tsv
: >"$REQUESTS"
add() { printf '%s\t%s\t%s\n' "$1" "$2" "${3:--}" >>"$REQUESTS"; }
add home /
for slug in muscle-spasms-in-legs "$EDIT_SLUG" symptoms-of-restless-leg-syndrome stretches-for-leg-cramps leg-cramps-in-pregnancy peripheral-artery-disease; do
	add article "/articles/$slug"
done
add topics /topics
for category in overview symptoms causes treatment related-conditions; do add topic "/topics/$category"; done
add search '/search?q=calf+cramp'
add search '/search?q=restless+legs+at+night'
add search-none '/search?q=xylophone+quartz'
add search-typo '/search?q=nocturnl+crampps'
add notfound /articles/no-such-article
add notfound /topics/no-such-topic
add notfound /no/such/page
etag_of() { curl -s -D - -o /dev/null "${ENCODING[@]}" "$BASE$1" | tr -d '\r' | awk 'tolower($1) == "etag:" { print $2 }'; }
for path in / "/articles/$EDIT_SLUG" /articles/muscle-spasms-in-legs /topics; do
	etag=$(etag_of "$path")
	[ -n "$etag" ] || die "no ETag on $path"
	add conditional "$path" "$etag"
done

# Every request once with curl first, so a wrong expectation fails here and not as a soak failure.
while IFS=$'\t' read -r kind path etag; do
	headers=("${ENCODING[@]}")
	[ "$kind" != conditional ] || headers+=(-H "If-None-Match: $etag")
	code=$(curl -s -o /dev/null -w '%{http_code}' "${headers[@]}" "$BASE$path")
	case "$kind" in notfound) want=404 ;; conditional) want=304 ;; *) want=200 ;; esac
	[ "$code" = "$want" ] || die "pre-check: $path ($kind) answered $code, expected $want"
done <"$REQUESTS"
log "pre-check passed: $(wc -l <"$REQUESTS") requests answer as expected"

# --- background jobs: RSS samples and the mid-run edit ----------------------------------------

RSS_LOG=$WORK/rss.txt
echo "0 $(proc_kb "$SITE_PID" VmRSS)" >"$RSS_LOG"

sample_rss() {
	local start=$SECONDS t
	for ((t = SAMPLE_EVERY; t < DURATION_S; t += SAMPLE_EVERY)); do
		while [ $((SECONDS - start)) -lt "$t" ]; do sleep 1; done
		echo "$t $(proc_kb "$SITE_PID" VmRSS)" >>"$RSS_LOG"
	done
}

MARK="soak edit $(date +%Y%m%d%H%M%S)"
RELOAD_LOG=$WORK/reload.txt
edit_midway() {
	sleep $((DURATION_S / 2))
	local file=$WORK/content/articles/$EDIT_SLUG.md tmp=$WORK/edit.tmp
	# Appends a sentence to the first paragraph after the front matter; the file stays valid.
	awk -v s=" Gentle stretching before bed may help ($MARK)." '
		fm < 2 && /^---[ \t]*$/ { fm++; print; next }
		fm == 2 && !done && /^[A-Za-z]/ { print $0 s; done = 1; next }
		{ print }' "$file" >"$tmp"
	grep -q "$MARK" "$tmp" || { echo "edit failed" >"$RELOAD_LOG"; return; }
	if [ "$EDIT_MODE" = inplace ]; then cat "$tmp" >"$file" && rm -f "$tmp"; else mv "$tmp" "$file"; fi
	local edited page deadline=$((SECONDS + RELOAD_WAIT))
	edited=$(now_ms)
	echo "edited $((edited / 1000))" >"$RELOAD_LOG"
	while [ "$SECONDS" -lt "$deadline" ]; do
		page=$(curl -s --max-time 5 "$BASE/articles/$EDIT_SLUG" || true)
		if [[ $page == *"$MARK"* ]]; then
			echo "seen $(($(now_ms) - edited))" >>"$RELOAD_LOG"
			return
		fi
		sleep 0.2
	done
	echo "not-seen $RELOAD_WAIT" >>"$RELOAD_LOG"
}

sample_rss &
SAMPLER_PID=$!
track "$SAMPLER_PID"
edit_midway &
EDIT_PID=$!
track "$EDIT_PID"

# --- the load ---------------------------------------------------------------------------------

WRK_OUT=$WORK/wrk.txt
log "wrk: $CONNECTIONS connections, one per thread, for $DURATION (edit of $EDIT_SLUG at $((DURATION_S / 2))s)"
wrk_rc=0
wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --timeout "$TIMEOUT" --latency -s "$BENCH_DIR/soak.lua" "$BASE/" -- "$REQUESTS" "$([ "$GZIP" = 1 ] && echo gzip || echo identity)" >"$WRK_OUT" 2>&1 || wrk_rc=$?
site_alive=yes
kill -0 "$SITE_PID" 2>/dev/null || site_alive=no
echo "$DURATION_S $(proc_kb "$SITE_PID" VmRSS)" >>"$RSS_LOG"
HWM=$(proc_kb "$SITE_PID" VmHWM)
stop_pid "$SAMPLER_PID" 2
wait "$EDIT_PID" 2>/dev/null || true
stop_pid "$SITE_PID" 30

[ "$wrk_rc" -eq 0 ] || { cat "$WRK_OUT" >&2; die "wrk failed ($wrk_rc)"; }
parse_wrk "$WRK_OUT"
UNEXPECTED=$(sed -n 's/^soak: unexpected=//p' "$WRK_OUT")
CHANGED=$(sed -n 's/^soak: conditional-changed=//p' "$WRK_OUT")
[ -n "$UNEXPECTED" ] || { cat "$WRK_OUT" >&2; die "soak.lua printed no summary"; }

reload="not tried"
if [ -f "$RELOAD_LOG" ]; then
	case "$(tail -1 "$RELOAD_LOG")" in
	seen*) reload="edit served $(tail -1 "$RELOAD_LOG" | awk '{ print $2 }') ms after the file was written" ;;
	not-seen*) reload="edit NOT served within ${RELOAD_WAIT}s" ;;
	*) reload="$(tail -1 "$RELOAD_LOG")" ;;
	esac
fi
RSS_LINE=$(awk '{ printf "%s%s s: %.0f MB", (NR > 1 ? ", " : ""), $1, $2 / 1024 }' "$RSS_LOG")

{
	echo "## Soak: $DURATION, $CONNECTIONS connections"
	echo
	echo "| measure | value |"
	echo "| --- | --- |"
	echo "| requests | $(thousands "$WRK_REQUESTS") |"
	echo "| requests/s | $(thousands "$WRK_RPS") |"
	echo "| unexpected statuses | $UNEXPECTED |"
	echo "| conditional requests answered 200 after an ETag change | ${CHANGED:-0} |"
	echo "| socket errors | $WRK_SOCKET |"
	echo "| latency p50 / p99 | $WRK_P50 ms / $WRK_P99 ms |"
	echo "| RSS (start, every ${SAMPLE_EVERY}s, end) | $RSS_LINE |"
	echo "| peak RSS (VmHWM) | $(mb "$HWM") |"
	echo "| content reload | $reload |"
	echo "| site still running at the end | $site_alive |"
	echo
	echo "Per kind (from soak.lua):"
	echo
	echo '```'
	grep '^soak:' "$WRK_OUT" | sed 's/^soak: //'
	echo '```'
} >"$OUT/soak-results.md"
echo
cat "$OUT/soak-results.md"

failed=0
[ "$WRK_ERRORS" -eq 0 ] || { log "FAIL: socket errors: $WRK_SOCKET"; failed=1; }
[ "$UNEXPECTED" -eq 0 ] || { log "FAIL: $UNEXPECTED unexpected statuses"; failed=1; }
[ "$site_alive" = yes ] || { log "FAIL: the site died during the run"; failed=1; }
case "$reload" in
edit\ served*) ;;
*) if [ "$REQUIRE_RELOAD" = 1 ]; then log "FAIL: content reload: $reload"; failed=1; else warn "content reload: $reload"; fi ;;
esac
[ "$failed" -eq 0 ] && log "soak passed" || log "soak FAILED (details in ${WORK#"$ROOT"/})"
exit "$failed"
