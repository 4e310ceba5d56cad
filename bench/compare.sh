#!/usr/bin/env bash
# Side-by-side benchmarks of the site against nginx, Hugo, a bare Spring Boot floor and itself.
# Usage: bench/compare.sh [throughput] [render] [memory] [startup]   (no argument: all four)
# Options are environment variables; see bench/README.md.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

DURATION=${DURATION:-20s}
WARMUP=${WARMUP:-10s}
THREADS=${THREADS:-2}
CONNECTIONS=${CONNECTIONS:-64}
# wrk leaves requests slower than its timeout (default 2s) out of the latency figures; a slow site
# would then show a flattering p99.
WRK_TIMEOUT=${WRK_TIMEOUT:-10s}
ARTICLE_PATH=${ARTICLE_PATH:-/articles/$HUB_SLUG}
NGINX_GZIP_LEVEL=${NGINX_GZIP_LEVEL:-6}
NGINX_GZIP_STATIC=${NGINX_GZIP_STATIC:-1}
RENDER_SIZES=${RENDER_SIZES:-1000 10000}
RENDER_RUNS=${RENDER_RUNS:-3}
RENDER_HEAP=${RENDER_HEAP:-512m}
MEMORY_ARTICLES=${MEMORY_ARTICLES:-10000}
MEMORY_PAGES=${MEMORY_PAGES:-2000}
MEMORY_SEARCHES=${MEMORY_SEARCHES:-50}
STARTUP_RUNS=${STARTUP_RUNS:-5}
SITE_PORT=$(free_port "${SITE_PORT:-18080}")
NGINX_PORT=$(free_port "${NGINX_PORT:-$((SITE_PORT + 1))}")
[ "$NGINX_PORT" != "$SITE_PORT" ] || NGINX_PORT=$(free_port $((SITE_PORT + 1)))

case "${1:-}" in -h | --help) sed -n '2,4p' "$0"; exit 0 ;; esac
PARTS=("$@")
[ ${#PARTS[@]} -gt 0 ] || PARTS=(throughput render memory startup)
for part in "${PARTS[@]}"; do
	case "$part" in
	throughput | render | memory | startup) ;;
	*) die "unknown part '$part' (throughput, render, memory, startup)" ;;
	esac
done

install_cleanup_trap
mkdir -p "$OUT"

# --- static export (or a crawl of the running site while the export option does not exist) ---

# export_site DIR: sets EXPORT_HOW to "export" or "crawl".
export_site() {
	local dir=$1 logfile=$OUT/export.log pid
	rm -rf "$dir"
	log "exporting the site to ${dir#"$ROOT"/} (--site.export-to)"
	start_site "$ROOT" "$SITE_PORT" "$logfile" -- --site.export-to="$dir"
	pid=$SITE_PID
	local deadline=$((SECONDS + ${EXPORT_TIMEOUT:-180})) served_since=""
	while [ "$SECONDS" -lt "$deadline" ]; do
		if ! kill -0 "$pid" 2>/dev/null; then
			local rc=0
			wait "$pid" || rc=$?
			[ "$rc" -eq 0 ] || { tail -20 "$logfile" >&2; die "the export exited with $rc (log: $logfile)"; }
			[ -f "$dir/articles/$HUB_SLUG/index.html" ] || die "the export exited 0 but wrote no $dir/articles/$HUB_SLUG/index.html"
			EXPORT_HOW=export
			return 0
		fi
		# The export serves the site while it saves it, into DIR (older builds) or a new folder
		# .NAME-* beside it that then replaces DIR; a jar without the option ignores it and just
		# serves the site, and neither ever appears.
		if [ -z "$served_since" ] && [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$SITE_PORT/" || true)" = 200 ]; then
			served_since=$SECONDS
		fi
		if [ -n "$served_since" ] && [ $((SECONDS - served_since)) -ge 10 ] && [ ! -e "$dir" ] &&
			! compgen -G "$(dirname "$dir")/.$(basename "$dir")-*" >/dev/null; then
			warn "this jar has no --site.export-to yet: crawling the running site into the export layout instead"
			crawl_site "http://127.0.0.1:$SITE_PORT" "$dir"
			stop_pid "$pid"
			EXPORT_HOW=crawl
			return 0
		fi
		sleep 0.2
	done
	die "the export did not finish within ${EXPORT_TIMEOUT:-180}s (log: $logfile)"
}

# Saves the pages of a running site in the layout the export writes.
crawl_site() {
	local base=$1 dir=$2 slug path css
	mkdir -p "$dir"
	fetch() { mkdir -p "$(dirname "$dir/$2")" && curl -sf -o "$dir/$2" "$base$1"; }
	fetch / index.html
	for path in "$ROOT"/content/articles/*.md; do
		slug=$(basename "$path" .md)
		fetch "/articles/$slug" "articles/$slug/index.html"
	done
	fetch /topics topics/index.html
	for path in $(grep -oE 'href="/topics/[a-z0-9-]+"' "$dir/topics/index.html" | sort -u | sed 's/^href="//; s/"$//' || true); do
		fetch "$path" "${path#/}/index.html"
	done
	fetch /search search/index.html || true
	for path in sitemap.xml feed.xml robots.txt favicon.svg site.webmanifest opensearch.xml; do fetch "/$path" "$path"; done
	css=$(grep -m1 -oE 'href="/css/[^"]+\.css"' "$dir/index.html" | sed 's/^href="//; s/"$//' || true)
	[ -z "$css" ] || fetch "$css" "${css#/}"
	curl -s -o "$dir/404.html" "$base/no-such-page-bench"
}

# --- nginx -----------------------------------------------------------------------------------

# start_nginx ROOTDIR: nginx in the foreground, its conf, pid, logs and temp files in target/bench/nginx.
start_nginx() {
	local docroot=$1 prefix=$OUT/nginx
	rm -rf "$prefix"
	mkdir -p "$prefix/tmp" "$prefix/logs"
	local user_line=""
	# As root, nginx would run its workers as "nobody", which may not read a checkout in a private home.
	[ "$(id -u)" -ne 0 ] || user_line="user root;"
	cat >"$prefix/nginx.conf" <<EOF
daemon off;
$user_line
worker_processes auto;
pid $prefix/nginx.pid;
error_log $prefix/logs/error.log warn;
events { worker_connections 4096; }
http {
    types {
        text/html html;
        text/css css;
        application/xml xml;
        text/plain txt;
        image/svg+xml svg;
        application/manifest+json webmanifest;
    }
    default_type application/octet-stream;
    access_log off;
    sendfile on;
    tcp_nopush on;
    tcp_nodelay on;
    keepalive_timeout 65s;
    open_file_cache max=10000 inactive=60s;
    # Same work as Tomcat's compression: level 6 (zlib's default, which java.util.zip uses), from 1 KB.
    gzip on;
    gzip_comp_level $NGINX_GZIP_LEVEL;
    gzip_min_length 1024;
    gzip_vary on;
    gzip_types text/css application/xml text/plain image/svg+xml application/manifest+json;
    # Serves FILE.gz when it exists (the script makes them only for its last run), else compresses.
    gzip_static on;
    client_body_temp_path $prefix/tmp/client;
    proxy_temp_path $prefix/tmp/proxy;
    fastcgi_temp_path $prefix/tmp/fastcgi;
    uwsgi_temp_path $prefix/tmp/uwsgi;
    scgi_temp_path $prefix/tmp/scgi;
    server {
        listen 127.0.0.1:$NGINX_PORT;
        root $docroot;
        location / {
            try_files \$uri \$uri/index.html \$uri/ =404;
        }
        error_page 404 /404.html;
    }
}
EOF
	nginx -t -q -p "$prefix" -e "$prefix/logs/error.log" -c "$prefix/nginx.conf" || die "nginx rejected $prefix/nginx.conf"
	nginx -p "$prefix" -e "$prefix/logs/error.log" -c "$prefix/nginx.conf" >"$prefix/logs/stdout.log" 2>&1 &
	NGINX_PID=$!
	track "$NGINX_PID"
	SITE_LAUNCH_MS=$(now_ms)
	wait_for_200 "http://127.0.0.1:$NGINX_PORT$ARTICLE_PATH" "$NGINX_PID" 10 >/dev/null || die "nginx does not serve $ARTICLE_PATH (see $prefix/logs)"
}

# --- part a: throughput ----------------------------------------------------------------------

# run_wrk NAME URL [wrk options...]: runs wrk and parses its report (see parse_wrk); also the CPU
# time the server (SERVER_PIDS) used per request, a figure that other load on the machine disturbs less.
run_wrk() {
	local name=$1 url=$2 cpu_before cpu_per_request
	shift 2
	log "wrk $name: -t$THREADS -c$CONNECTIONS -d$DURATION --timeout $WRK_TIMEOUT $url $*"
	cpu_before=$(cpu_ms "${SERVER_PIDS[@]}")
	wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --timeout "$WRK_TIMEOUT" --latency "$@" "$url" >"$OUT/wrk-$name.txt" 2>&1 || die "wrk failed: $(cat "$OUT/wrk-$name.txt")"
	parse_wrk "$OUT/wrk-$name.txt"
	cpu_per_request=$(awk -v c=$(($(cpu_ms "${SERVER_PIDS[@]}") - cpu_before)) -v n="$WRK_REQUESTS" 'BEGIN { if (n > 0) printf "%.3f", c / n; else print "n/a" }')
	[ "$WRK_ERRORS" -eq 0 ] || warn "$name: socket errors: $WRK_SOCKET"
	[ "$WRK_NON2XX" -eq 0 ] || warn "$name: $WRK_NON2XX responses were not 2xx/3xx"
	eval "R_${name//-/_}=(\"\$WRK_RPS\" \"\$WRK_P50\" \"\$WRK_P99\" \"\$WRK_SOCKET\" \"\$WRK_NON2XX\" \"\$cpu_per_request\")"
}

body_bytes() { curl -s -o /dev/null -w '%{size_download}' "$@"; }

part_throughput() {
	ensure_tools wrk:wrk nginx:nginx
	local export_dir=$OUT/export site_url nginx_url
	export_site "$export_dir"

	site_url=http://127.0.0.1:$SITE_PORT$ARTICLE_PATH
	nginx_url=http://127.0.0.1:$NGINX_PORT$ARTICLE_PATH
	log "starting the site from content/ on port $SITE_PORT"
	start_site "$ROOT" "$SITE_PORT" "$OUT/site-throughput.log"
	wait_for_200 "$site_url" "$SITE_PID" "${SITE_START_TIMEOUT:-120}" >/dev/null || die "the site did not start (log: $OUT/site-throughput.log)"
	log "warming the JVM for $WARMUP (not reported)"
	wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" -s "$BENCH_DIR/alternate-gzip.lua" "$site_url" >"$OUT/wrk-warmup.txt" 2>&1 || die "warm-up failed"
	local site_plain site_gzip
	site_plain=$(body_bytes "$site_url")
	site_gzip=$(body_bytes -H 'Accept-Encoding: gzip' "$site_url")
	curl -s -o "$OUT/site-page.html" "$site_url"
	SERVER_PIDS=("$SITE_PID")
	run_wrk site-identity "$site_url"
	run_wrk site-gzip "$site_url" -H 'Accept-Encoding: gzip'
	stop_pid "$SITE_PID" 30

	start_nginx "$export_dir"
	wrk -t"$THREADS" -c"$CONNECTIONS" -d2s "$nginx_url" >/dev/null 2>&1 || true
	local nginx_plain nginx_gzip same="no"
	nginx_plain=$(body_bytes "$nginx_url")
	nginx_gzip=$(body_bytes -H 'Accept-Encoding: gzip' "$nginx_url")
	curl -s "$nginx_url" | cmp -s - "$OUT/site-page.html" && same="yes"
	mapfile -t SERVER_PIDS < <(echo "$NGINX_PID"; ps -o pid= --ppid "$NGINX_PID" | tr -d ' ')
	run_wrk nginx-identity "$nginx_url"
	run_wrk nginx-gzip "$nginx_url" -H 'Accept-Encoding: gzip'
	if [ "$NGINX_GZIP_STATIC" = 1 ]; then
		find "$export_dir" -type f \( -name '*.html' -o -name '*.css' -o -name '*.xml' -o -name '*.txt' -o -name '*.svg' -o -name '*.webmanifest' \) \
			-exec gzip -k -f "-$NGINX_GZIP_LEVEL" {} +
		run_wrk nginx-gzip-static "$nginx_url" -H 'Accept-Encoding: gzip'
	fi
	stop_pid "$NGINX_PID" 10

	{
		echo "## Article page throughput: site vs nginx"
		echo
		echo "\`wrk -t$THREADS -c$CONNECTIONS -d$DURATION --timeout $WRK_TIMEOUT --latency\`, keep-alive, \`$ARTICLE_PATH\`; the site (jar, real content/, default heap) warmed for $WARMUP first;"
		echo "nginx $(nginx -v 2>&1 | sed 's/^nginx version: nginx\///') serving the same page from the static export (made by: $EXPORT_HOW; gzip level $NGINX_GZIP_LEVEL)."
		echo "gzip_static: the same site figures as gzip, against nginx serving files pre-compressed with \`gzip -$NGINX_GZIP_LEVEL\` (\`gzip_static on\`)."
		echo "CPU/req: CPU time (user + system, from /proc) the server used during the run divided by its requests; less disturbed by other load than req/s."
		echo "Body: site $site_plain B plain / $site_gzip B gzip, nginx $nginx_plain B / $nginx_gzip B; identical plain bodies: $same."
		echo
		echo "| encoding | site req/s | nginx req/s | site / nginx | site p50 | nginx p50 | site p99 | nginx p99 | site CPU/req | nginx CPU/req |"
		echo "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
		local enc s n
		local encodings=(identity gzip)
		[ "$NGINX_GZIP_STATIC" != 1 ] || encodings+=(gzip_static)
		for enc in "${encodings[@]}"; do
			# The gzip_static row: the site's gzip run against nginx serving pre-compressed files.
			eval "s=(\"\${R_site_${enc%_static}[@]}\"); n=(\"\${R_nginx_$enc[@]}\")"
			printf '| %s | %s | %s | %s | %s ms | %s ms | %s ms | %s ms | %s ms | %s ms |\n' "$enc" "$(thousands "${s[0]}")" "$(thousands "${n[0]}")" \
				"$(ratio "${s[0]}" "${n[0]}")" "${s[1]}" "${n[1]}" "${s[2]}" "${n[2]}" "${s[5]}" "${n[5]}"
		done
		for enc in "${encodings[@]}"; do
			eval "s=(\"\${R_site_${enc%_static}[@]}\"); n=(\"\${R_nginx_$enc[@]}\")"
			[ "${s[3]}${n[3]}" = nonenone ] || echo "Socket errors ($enc): site ${s[3]}; nginx ${n[3]}."
			[ "${s[4]}${n[4]}" = 00 ] || echo "Responses not 2xx/3xx ($enc): site ${s[4]}; nginx ${n[4]}."
		done
		echo
	} >"$OUT/results-throughput.md"
}

# --- part b: load and render time vs Hugo ----------------------------------------------------

# Writes a minimal Hugo site around a copy of the corpus; prints its folder.
make_hugo_site() {
	local corpus=$1 n=$2 site=$OUT/hugo-$2
	if [ ! -d "$site/content/articles" ] || [ "$(find "$site/content/articles" -maxdepth 1 -name '*.md' | wc -l)" -ne "$n" ]; then
		rm -rf "$site"
		mkdir -p "$site/content" "$site/layouts/_default"
		cp -r "$corpus/articles" "$site/content/articles"
	fi
	cat >"$site/hugo.toml" <<'EOF'
baseURL = "http://localhost/"
languageCode = "en"
title = "Hugo bench"
# Only what the site renders at start-up: the articles (plus the home and section list pages Hugo
# always makes). No taxonomies, feeds, sitemap, robots.txt or 404 page.
disableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT", "404"]
disableAliases = true
enableRobotsTXT = false
enableGitInfo = false
enableEmoji = false
[outputs]
home = ["HTML"]
section = ["HTML"]
page = ["HTML"]
[markup.goldmark.renderer]
unsafe = false
EOF
	cat >"$site/layouts/_default/baseof.html" <<'EOF'
<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{{ .Title }}</title></head>
<body>{{ block "main" . }}{{ end }}</body></html>
EOF
	printf '%s\n' '{{ define "main" }}<h1>{{ .Title }}</h1>{{ .Content }}{{ end }}' >"$site/layouts/_default/single.html"
	printf '%s\n' '{{ define "main" }}<h1>{{ .Title }}</h1>{{ .Content }}{{ end }}' >"$site/layouts/_default/list.html"
	echo "$site"
}

# hugo_run SITE [hugo args...]: sets HUGO_MS (wall) and HUGO_RSS_KB (peak).
hugo_run() {
	local site=$1 start rc=0
	shift
	rm -rf "$site/public" "$site/resources"
	start=$(now_ms)
	/usr/bin/time -v -o "$OUT/hugo-time.txt" hugo --quiet --source "$site" --config "$site/hugo.toml" --destination "$site/public" "$@" >"$OUT/hugo-output.txt" 2>&1 || rc=$?
	HUGO_MS=$(($(now_ms) - start))
	[ "$rc" -eq 0 ] || { cat "$OUT/hugo-output.txt" >&2; die "hugo failed ($rc)"; }
	HUGO_RSS_KB=$(awk -F': ' '/Maximum resident set size/ { print $2 }' "$OUT/hugo-time.txt")
	# Hugo's pages reach the disk now, not during the next run's measurement.
	sync
}

# render_site_once WAY N CORPUS SLUG: one start of the site on the corpus; appends to L_WAY, F_WAY, H_WAY.
render_site_once() {
	local way=$1 n=$2 corpus=$3 slug=$4 java=$JAVA jar=$JAR opts=() loaded first hwm
	case "$way" in
	production) jar=$OUT/app/$JAR_NAME opts=(-XX:AOTCache="$OUT/app/app.aot") ;;
	before) java=$BASELINE_JAVA jar=$BASELINE_JAR ;;
	esac
	log "site ($way) with $n articles"
	SITE_JAVA=$java SITE_JAR=$jar start_site "$OUT" "$SITE_PORT" "$OUT/site-render-$n-$way.log" "-Xmx$RENDER_HEAP" "${opts[@]}" -- --site.content-dir="$corpus"
	first=$(wait_for_200 "http://127.0.0.1:$SITE_PORT/articles/$slug" "$SITE_PID" "${RENDER_TIMEOUT:-600}") ||
		{ tail -30 "$OUT/site-render-$n-$way.log" >&2; die "the site ($way) did not serve $n articles"; }
	hwm=$(proc_kb "$SITE_PID" VmHWM)
	loaded=$(loaded_ms "$OUT/site-render-$n-$way.log")
	stop_pid "$SITE_PID" 30
	log "  loaded in ${loaded} ms, first 200 after ${first} ms, VmHWM $(mb "$hwm")"
	eval "L_$way+=(\"\$loaded\"); F_$way+=(\"\$first\"); H_$way+=(\"\$hwm\")"
}

part_render() {
	ensure_tools hugo:hugo /usr/bin/time:time
	local n corpus slug site i pages way ways=(fat production) label
	[ -s "$OUT/app/app.aot" ] && [ "$OUT/app/app.aot" -nt "$JAR" ] || prepare_aot "$JAR" "$OUT/app" "$ROOT" --site.training-run=true
	if [ -n "${BASELINE_JAR:-}" ]; then BASELINE_JAVA=${BASELINE_JAVA:-java}; ways+=(before); fi
	{
		echo "## Load and render time: site vs Hugo"
		echo
		echo "Median of $RENDER_RUNS rounds, the site's launches and Hugo's builds taking turns in each. Site: \`-Xmx$RENDER_HEAP\` with \`--site.content-dir\` at the generated corpus,"
		echo "started with \`java -jar\` (JDK 25) and as the production launch (extracted jar + AOT cache trained on the real content, see start-up); \"Loaded ... in X ms\" from its log"
		echo "(load, check and render of all articles; the search index is built after it), the wall time from launch to the first 200 for an article (includes the JVM and Spring),"
		echo "peak RSS (VmHWM) at that moment. Hugo $(hugo version | awk '{ print $2 }'): wall time and peak RSS (\`/usr/bin/time -v\`) of \`hugo --quiet\` writing public/, and of"
		echo "\`hugo --quiet --renderToMemory\`, with minimal templates and no taxonomies, RSS, sitemap, robots.txt, 404 or aliases."
		[ -z "${BASELINE_JAR:-}" ] || echo "Before: \`$BASELINE_JAR\` with \`java -jar\` on $("$BASELINE_JAVA" -version 2>&1 | head -1)."
		echo
		echo "| articles | how | loaded in | launch to first 200 | peak RSS | first 200 / hugo --renderToMemory |"
		echo "| ---: | --- | ---: | ---: | ---: | ---: |"
	} >"$OUT/results-render.md"
	for n in $RENDER_SIZES; do
		corpus=$(ensure_corpus "$n")
		slug=$(generated_slug $((n / 2)))
		site=$(make_hugo_site "$corpus" "$n")
		local hugo_all=() hugo_rss_all=() hugo_mem_all=()
		for way in "${ways[@]}"; do eval "L_$way=(); F_$way=(); H_$way=()"; done
		for ((i = 1; i <= RENDER_RUNS; i++)); do
			log "round $i/$RENDER_RUNS with $n articles"
			# Odd rounds take the ways in order, even rounds in reverse, so that none always runs first
			# (just after Hugo's build, whose writes the kernel may still be flushing).
			local order=("${ways[@]}") k
			if ((i % 2 == 0)); then order=(); for ((k = ${#ways[@]} - 1; k >= 0; k--)); do order+=("${ways[k]}"); done; fi
			for way in "${order[@]}"; do render_site_once "$way" "$n" "$corpus" "$slug"; done
			hugo_run "$site"
			pages=$(find "$site/public/articles" -mindepth 2 -name index.html | wc -l)
			[ "$pages" -ge "$n" ] || die "hugo wrote $pages article pages for $n articles"
			hugo_all+=("$HUGO_MS") hugo_rss_all+=("$HUGO_RSS_KB")
			log "  hugo: ${HUGO_MS} ms, peak RSS $(mb "$HUGO_RSS_KB"), $pages article pages"
			hugo_run "$site" --renderToMemory
			hugo_mem_all+=("$HUGO_MS")
			log "  hugo --renderToMemory: ${HUGO_MS} ms"
		done
		rm -rf "$site/public"
		local m_mem l f h
		m_mem=$(median "${hugo_mem_all[@]}")
		for way in "${ways[@]}"; do
			case "$way" in
			fat) label="site, java -jar" ;;
			production) label="site, production launch" ;;
			before) label="before: site, java -jar" ;;
			esac
			eval "l=(\"\${L_$way[@]}\"); f=(\"\${F_$way[@]}\"); h=(\"\${H_$way[@]}\")"
			printf '| %s | %s | %s ms | %s ms | %s | %s |\n' "$(thousands "$n")" "$label" "$(thousands "$(median "${l[@]}")")" \
				"$(thousands "$(median "${f[@]}")")" "$(mb "$(median "${h[@]}")")" "$(ratio "$(median "${f[@]}")" "$m_mem")" >>"$OUT/results-render.md"
		done
		printf '| %s | hugo (to disk) | | %s ms | %s | |\n' "$(thousands "$n")" "$(thousands "$(median "${hugo_all[@]}")")" "$(mb "$(median "${hugo_rss_all[@]}")")" >>"$OUT/results-render.md"
		printf '| %s | hugo --renderToMemory | | %s ms | | 1.00 |\n' "$(thousands "$n")" "$(thousands "$m_mem")" >>"$OUT/results-render.md"
	done
	echo >>"$OUT/results-render.md"
}

# --- part c: memory --------------------------------------------------------------------------

# memory_snapshot PID GCLOG: prints "rss hwm heap_before_gc heap_committed heap_after_gc peak_heap" in kB.
# The peak heap is the largest occupancy before a collection in the GC log so far ("23M->5M(256M)").
memory_snapshot() {
	local pid=$1 gclog=$2 rss hwm before total after peak
	rss=$(proc_kb "$pid" VmRSS)
	hwm=$(proc_kb "$pid" VmHWM)
	before=$(heap_used_kb "$pid")
	total=$(heap_total_kb "$pid")
	peak=$({ grep -oE '[0-9]+M->[0-9]+M\([0-9]+M\)' "$gclog" || true; } | awk -F'M' '{ if ($1 > m) m = $1 } END { print m * 1024 }')
	"$JCMD" "$pid" GC.run >/dev/null
	after=$(heap_used_kb "$pid")
	echo "$rss $hwm $before $total $after $peak"
}

part_memory() {
	local corpus base i slug words q ok
	corpus=$(ensure_corpus "$MEMORY_ARTICLES")
	base=http://127.0.0.1:$SITE_PORT
	log "site with $MEMORY_ARTICLES articles, -Xmx512m"
	local gclog=$OUT/gc-memory.log
	rm -f "$gclog"
	start_site "$OUT" "$SITE_PORT" "$OUT/site-memory.log" -Xmx512m "-Xlog:gc:file=$gclog" -- --site.content-dir="$corpus"
	wait_for_200 "$base/articles/$HUB_SLUG" "$SITE_PID" "${RENDER_TIMEOUT:-600}" >/dev/null ||
		{ tail -30 "$OUT/site-memory.log" >&2; die "the site did not start with $MEMORY_ARTICLES articles"; }
	local at_start after_load
	at_start=$(memory_snapshot "$SITE_PID" "$gclog")

	local pages=$MEMORY_PAGES
	[ "$pages" -le "$MEMORY_ARTICLES" ] || pages=$MEMORY_ARTICLES
	local urls=$OUT/memory-urls.txt slugs
	mapfile -t slugs < <(find "$corpus/articles" -maxdepth 1 -name '*.md' -printf '%f\n' | sed 's/\.md$//' | sort)
	: >"$urls"
	# Every (n/pages)-th article, so the pages are all different and spread over the corpus.
	for ((i = 0; i < pages; i++)); do
		slug=${slugs[$((i * ${#slugs[@]} / pages))]}
		printf 'url = "%s/articles/%s"\noutput = "/dev/null"\n' "$base" "$slug" >>"$urls"
	done
	words=(calf cramp night leg spasm restless pregnancy potassium stretch runners doctor swelling numbness statins
		dehydration thigh foot shin hamstring claudication stenosis magnesium tingling burning walking bath cyclist
		swimmers dialysis diabetes)
	for ((i = 0; i < MEMORY_SEARCHES; i++)); do
		q="${words[$((i % ${#words[@]}))]}+${words[$(((i * 7 + 3) % ${#words[@]}))]}"
		[ $((i % 10)) -ne 9 ] || q="${q}s+crampz"
		printf 'url = "%s/search?q=%s"\noutput = "/dev/null"\n' "$base" "$q" >>"$urls"
	done
	log "requesting $pages article pages and $MEMORY_SEARCHES searches"
	ok=$(curl -s -K "$urls" -w '%{http_code}\n' -H 'Accept-Encoding: gzip' | grep -c '^200$' || true)
	[ "$ok" -eq $((pages + MEMORY_SEARCHES)) ] || warn "only $ok of $((pages + MEMORY_SEARCHES)) requests answered 200"
	after_load=$(memory_snapshot "$SITE_PID" "$gclog")
	stop_pid "$SITE_PID" 30

	local a b
	read -ra a <<<"$at_start"
	read -ra b <<<"$after_load"
	{
		echo "## Memory with $(thousands "$MEMORY_ARTICLES") articles (-Xmx512m)"
		echo
		echo "RSS and its peak (VmHWM) from /proc/PID/status; heap from \`jcmd PID GC.heap_info\`, before and after \`jcmd PID GC.run\`;"
		echo "peak heap: the largest heap occupancy before a collection in the GC log (\`-Xlog:gc\`) since launch."
		echo
		echo "| moment | RSS | peak RSS (VmHWM) | heap used | heap committed | heap used after GC | peak heap so far |"
		echo "| --- | ---: | ---: | ---: | ---: | ---: | ---: |"
		printf '| after start-up | %s | %s | %s | %s | %s | %s |\n' "$(mb "${a[0]}")" "$(mb "${a[1]}")" "$(mb "${a[2]}")" "$(mb "${a[3]}")" "$(mb "${a[4]}")" "$(mb "${a[5]}")"
		printf '| after %s pages and %s searches (%s answered 200) | %s | %s | %s | %s | %s | %s |\n' "$(thousands "$pages")" "$MEMORY_SEARCHES" "$(thousands "$ok")" \
			"$(mb "${b[0]}")" "$(mb "${b[1]}")" "$(mb "${b[2]}")" "$(mb "${b[3]}")" "$(mb "${b[4]}")" "$(mb "${b[5]}")"
		echo
	} >"$OUT/results-memory.md"
}

# --- part d: start-up time: the production launch beside java -jar and a floor ----------------

FLOOR_JAR_NAME=startup-floor-0.1.0-SNAPSHOT.jar

# prepare_aot JAR APP CWD [ARG...]: extracts JAR into APP (java -Djarmode=tools ... extract) and trains
# APP/app.aot with a run in CWD given ARGs (the application's own training run, which exits by itself).
prepare_aot() {
	local jar=$1 app=$2 cwd=$3 name
	shift 3
	name=$(basename "$jar")
	# A cache trained on this very jar is reused (it takes a training run to make).
	if [ -s "$app/app.aot" ] && [ "$app/app.aot" -nt "$jar" ] && cmp -s "$jar" "$app/.source.jar"; then
		log "reusing $app/app.aot, trained on this $name"
		return 0
	fi
	rm -rf "$app"
	"$JAVA" -Djarmode=tools -jar "$jar" extract --destination "$app" >"$OUT/extract-$name.log" 2>&1 || die "extract failed: $(cat "$OUT/extract-$name.log")"
	(cd "$cwd" && timeout 600 "$JAVA" -XX:AOTCacheOutput="$app/app.aot" -jar "$app/$name" --server.port=0 --server.address=127.0.0.1 "$@") >"$OUT/aot-training-$name.log" 2>&1 ||
		die "AOT training run of $name failed (log: $OUT/aot-training-$name.log)"
	[ -s "$app/app.aot" ] || die "the training run wrote no $app/app.aot"
	cp "$jar" "$app/.source.jar"
}

# startup_once WAY: one launch of WAY, stopped after its first 200; appends to T_WAY and S_WAY.
startup_once() {
	local way=$1 ms url=http://127.0.0.1:$SITE_PORT/articles/$HUB_SLUG java=$JAVA jar opts=()
	case "$way" in
	fat) jar=$JAR ;;
	production) jar=$OUT/app/$JAR_NAME opts=(-XX:AOTCache="$OUT/app/app.aot") ;;
	floor) jar=$OUT/floor-app/$FLOOR_JAR_NAME opts=(-XX:AOTCache="$OUT/floor-app/app.aot") url=http://127.0.0.1:$SITE_PORT/ ;;
	before_fat) java=$BASELINE_JAVA jar=$BASELINE_JAR ;;
	before_cds) java=$BASELINE_JAVA jar=$OUT/before-app/$JAR_NAME opts=(-XX:SharedArchiveFile="$OUT/before-app/app.jsa") ;;
	esac
	local cwd=$ROOT
	case "$way" in before_*) cwd=$BASELINE_ROOT ;; esac
	SITE_JAVA=$java SITE_JAR=$jar start_site "$cwd" "$SITE_PORT" "$OUT/site-startup-$way.log" "${opts[@]}"
	ms=$(wait_for_200 "$url" "$SITE_PID" "${STARTUP_TIMEOUT:-120}") || { tail -30 "$OUT/site-startup-$way.log" >&2; die "$way: the site did not start"; }
	eval "T_$way+=(\"\$ms\"); S_$way+=(\"\$(started_s \"\$OUT/site-startup-\$way.log\")\")"
	stop_pid "$SITE_PID" 30
	log "  $way: first 200 after $ms ms"
}

part_startup() {
	local ways=(fat production floor) way i
	local floor_jar=$BENCH_DIR/floor/target/$FLOOR_JAR_NAME
	if [ ! -f "$floor_jar" ] || [ -n "$(find "$BENCH_DIR/floor/src" "$BENCH_DIR/floor/pom.xml" -newer "$floor_jar" -print -quit)" ]; then
		log "building the floor (bench/floor: the site's starters, one page)"
		(cd "$ROOT" && ./mvnw -B -q -f bench/floor/pom.xml package -DskipTests) >&2 || die "the floor did not build"
	fi
	log "extracting the jars and training their AOT caches"
	prepare_aot "$JAR" "$OUT/app" "$ROOT" --site.training-run=true
	prepare_aot "$floor_jar" "$OUT/floor-app" "$OUT" --floor.training-run=true
	if [ -n "${BASELINE_JAR:-}" ]; then
		# An earlier build, for a before/after in the same run: its java -jar, and its extracted jar with
		# class-data sharing trained the way Spring Boot documents for Java 17.
		BASELINE_JAVA=${BASELINE_JAVA:-java}
		# The earlier build starts in BASELINE_ROOT (default: this project), whose content/ it can read.
		BASELINE_ROOT=${BASELINE_ROOT:-$ROOT}
		if ! { [ -s "$OUT/before-app/app.jsa" ] && cmp -s "$BASELINE_JAR" "$OUT/before-app/.source.jar"; }; then
			rm -rf "$OUT/before-app"
			"$BASELINE_JAVA" -Djarmode=tools -jar "$BASELINE_JAR" extract --destination "$OUT/before-app" >"$OUT/extract-before.log" 2>&1 || die "extracting $BASELINE_JAR failed"
			(cd "$BASELINE_ROOT" && timeout 600 "$BASELINE_JAVA" -XX:ArchiveClassesAtExit="$OUT/before-app/app.jsa" -Dspring.context.exit=onRefresh -jar "$OUT/before-app/$JAR_NAME" --server.port="$SITE_PORT") >"$OUT/cds-training-before.log" 2>&1 ||
				die "CDS training run of $BASELINE_JAR failed (log: $OUT/cds-training-before.log)"
			cp "$BASELINE_JAR" "$OUT/before-app/.source.jar"
		fi
		ways+=(before_fat before_cds)
	fi
	for way in "${ways[@]}"; do eval "T_$way=(); S_$way=()"; done
	# The ways take turns, so a change in the machine's load falls on all of them alike.
	for ((i = 1; i <= STARTUP_RUNS; i++)); do
		log "round $i/$STARTUP_RUNS"
		for way in "${ways[@]}"; do startup_once "$way"; done
	done

	local floor_median t st label
	floor_median=$(median "${T_floor[@]}")
	{
		echo "## Start-up: launch to first 200"
		echo
		echo "$STARTUP_RUNS rounds, the ways taking turns in each; polled with curl about every 20 ms; \"Spring\" is the median of its own \"Started ... in X seconds\"."
		echo "Site: real content/, first 200 for /articles/$HUB_SLUG. Production launch: \`java -Djarmode=tools -jar app.jar extract\`, AOT cache trained with"
		echo "\`-XX:AOTCacheOutput=app.aot ... --site.training-run=true\` (start, then pages and searches; cache $(du -h "$OUT/app/app.aot" | cut -f1)), run with \`-XX:AOTCache=app.aot\`."
		echo "Floor: bench/floor (web MVC, Thymeleaf, Actuator, one page at /), extracted and AOT-trained the same way (\`--floor.training-run=true\`). $("$JAVA" -version 2>&1 | head -1)."
		[ -z "${BASELINE_JAR:-}" ] || echo "Before: \`$BASELINE_JAR\` on $("$BASELINE_JAVA" -version 2>&1 | head -1): java -jar, and extracted with CDS (\`-XX:ArchiveClassesAtExit\` on a start to onRefresh)."
		echo
		echo "| how | best | median | median / floor | Spring's \"Started in\" (median) |"
		echo "| --- | ---: | ---: | ---: | ---: |"
		for way in "${ways[@]}"; do
			case "$way" in
			fat) label="java -jar (JDK 25)" ;;
			production) label="production launch (extracted + AOT cache, JDK 25)" ;;
			floor) label="floor (extracted + AOT cache, JDK 25)" ;;
			before_fat) label="before: java -jar" ;;
			before_cds) label="before: extracted + CDS" ;;
			esac
			eval "t=(\"\${T_$way[@]}\"); st=(\"\${S_$way[@]}\")"
			printf '| %s | %s ms | %s ms | %s | %s s |\n' "$label" "$(minimum "${t[@]}")" "$(median "${t[@]}")" "$(ratio "$(median "${t[@]}")" "$floor_median")" "$(median "${st[@]}")"
		done
		echo
	} >"$OUT/results-startup.md"
}

# --- main ------------------------------------------------------------------------------------

ensure_tools curl:curl
require_jdk
ensure_jar
warn_if_busy
log "site port $SITE_PORT, nginx port $NGINX_PORT, results in ${OUT#"$ROOT"/}"
for part in "${PARTS[@]}"; do
	rm -f "$OUT/results-$part.md"
	log "=== $part ==="
	"part_$part"
done

{
	echo "# Benchmark results"
	echo
	machine_summary
	echo
	for part in "${PARTS[@]}"; do cat "$OUT/results-$part.md"; done
} >"$OUT/results.md"
echo
cat "$OUT/results.md"
