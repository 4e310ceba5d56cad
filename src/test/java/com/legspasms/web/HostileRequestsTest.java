package com.legspasms.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggerConfiguration;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What scanners, attackers and broken clients send: path traversal in every encoding,
 * null bytes, huge or malformed request lines and headers, odd methods, ranges, repeated
 * parameters. Every one gets a plain 2xx, 3xx or 4xx answer that gives nothing away: no
 * stack trace, no class names, no server paths or versions, and no file from outside the
 * site.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class HostileRequestsTest extends WebTestSupport {

	@Test
	void aRequestTomcatCannotParseLeavesNoStackTraceInTheLog() {
		WebClient.RawResponse response = this.web
			.rawRequest("GET /a b HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
		assertThat(response.status()).isEqualTo(400);
		// Tomcat logs only the first such request of a run, at INFO with its
		// stack trace; an earlier test may have made it, so the level is checked.
		LoggerConfiguration tomcat = LoggingSystem.get(getClass().getClassLoader())
			.getLoggerConfiguration("org.apache.coyote.http11.Http11Processor");
		assertThat(tomcat.getEffectiveLevel()).isIn(LogLevel.WARN, LogLevel.ERROR, LogLevel.FATAL, LogLevel.OFF);
	}

	/** The only answers a hostile request may get. */
	static final Set<Integer> ALLOWED = Set.of(200, 301, 304, 400, 404, 405, 413, 414, 416, 431);

	/** Where a traversal may end: refused, or looked up inside the site and not found. */
	static final Integer[] REFUSED_OR_NOT_FOUND = { 400, 404 };

	/** Too long for the server to read: refused outright. */
	static final Integer[] TOO_LARGE = { 400, 413, 414, 431 };

	/**
	 * Signs of internals: stack traces, class and package names, paths on the server,
	 * versions.
	 */
	static final List<String> INTERNALS = List.of("Exception", "java.", "javax.", "jakarta.", "org.springframework",
			"org.apache", "com.legspasms", "com/legspasms", "\tat ", "/work/", "/root", "/tmp", "/home/", ".java",
			"target/", "BOOT-INF", "Tomcat", "Apache Tomcat/", "Servlet", "Whitelabel", "Thymeleaf");

	/** Signs of a file from outside the site's own content. */
	static final List<String> FOREIGN_FILES = List.of("root:x:0:0", "/bin/bash", "<project", "<modelVersion", "spring:",
			"site:", "content-dir", "---\ntitle:", "\ntitle: ", "[core]", "repositoryformatversion", "Manifest-Version",
			"Main-Class", "Start-Class", "PK\u0003\u0004", "<web-app", "[extensions]", "PATH=", "HOME=", "JAVA_HOME");

	/**
	 * What {@link WebClient#rawRequest} reports for an answer without a status line
	 * (HTTP/0.9).
	 */
	static final int HTTP_09 = -1;

	/** A host that must never be echoed back. */
	static final String EVIL_HOST = "evil.example";

	/**
	 * The ways to write "../" that servers, proxies and frameworks have been tricked by.
	 */
	static final List<String> DOT_DOT_SLASH = List.of("../", "..%2f", "..%2F", "%2e%2e%2f", "%2E%2E%2F", "%2e%2e/",
			".%2e/", "%2e./", "%252e%252e%252f", "..%252f", "%25%32%65%25%32%65%25%32%66", "..\\", "..%5c", "..%5C",
			"%2e%2e%5c", "%252e%252e%255c", "%c0%ae%c0%ae%c0%af", "%c0%ae%c0%ae/", "..%c0%af", "%e0%80%ae%e0%80%ae/",
			"%e0%80%ae%e0%80%ae%e0%80%af", "..%c1%9c", "%c0%2e%c0%2e%c0%2f", ".%2e%5c", "%2e.\\", "..%5c/", "..;/",
			"..%3b/", "..%00/", "....//", "%uff0e%uff0e%u2215", "..%ef%bc%8f");

	/** Where the traversals start: the site's pages and its static files. */
	static final List<String> TRAVERSAL_BASES = List.of("/articles/", "/css/", "/topics/", "/");

	/** What the traversals try to reach. */
	static final List<String> TRAVERSAL_TARGETS = List.of("etc/passwd", "pom.xml", "src/main/resources/application.yml",
			"content/articles/spinal-stenosis.md", "WEB-INF/web.xml", "META-INF/MANIFEST.MF",
			"BOOT-INF/classes/application.yml", "application.yml", ".git/config",
			"target/leg-spasms-site-0.1.0-SNAPSHOT.jar", "proc/self/environ",
			"com/legspasms/web/SiteErrorController.class", "windows/win.ini");

	static List<Row> table() {
		List<Row> rows = new ArrayList<>();
		traversals(rows);
		nullBytesAndBadEncoding(rows);
		longRequests(rows);
		methods(rows);
		headers(rows);
		accept(rows);
		ranges(rows);
		searchParameters(rows);
		scanners(rows);
		requestLines(rows);
		http09(rows);
		return rows;
	}

	private static void traversals(List<Row> rows) {
		for (int i = 0; i < DOT_DOT_SLASH.size(); i++) {
			for (int j = 0; j < TRAVERSAL_BASES.size(); j++) {
				String target = TRAVERSAL_TARGETS.get((i + j) % TRAVERSAL_TARGETS.size());
				rows.add(get(TRAVERSAL_BASES.get(j) + DOT_DOT_SLASH.get(i).repeat(8) + target)
					.expect(REFUSED_OR_NOT_FOUND));
			}
		}
		// Every target, straight from the root, through a static file and with absolute
		// paths.
		for (String target : TRAVERSAL_TARGETS) {
			rows.add(get("/css/site.css/../../../../../../" + target).expect(REFUSED_OR_NOT_FOUND));
		}
		rows.add(get("/etc/passwd").expect(404));
		rows.add(get("//etc/passwd").expect(REFUSED_OR_NOT_FOUND));
		rows.add(get("/css//etc/passwd").expect(REFUSED_OR_NOT_FOUND));
		rows.add(get("/%2fetc%2fpasswd").expect(REFUSED_OR_NOT_FOUND));
		rows.add(get("/articles/%2fetc%2fpasswd").expect(REFUSED_OR_NOT_FOUND));
		rows.add(get("/articles/..%2f..%2fcontent%2farticles%2fspinal-stenosis.md").expect(REFUSED_OR_NOT_FOUND));
		rows.add(get("/articles/spinal-stenosis.md").expect(404));
		rows.add(get("/articles/..%2fspinal-stenosis").expect(REFUSED_OR_NOT_FOUND));
		rows.add(get("/file:///etc/passwd").expect(REFUSED_OR_NOT_FOUND));
		rows.add(get("/css/file:/etc/passwd").expect(REFUSED_OR_NOT_FOUND));
		rows.add(get("/css/classpath:application.yml").expect(REFUSED_OR_NOT_FOUND));
		rows.add(get("/css/classpath:/application.yml").expect(REFUSED_OR_NOT_FOUND));
		rows.add(get("/css/url:file:/etc/passwd").expect(REFUSED_OR_NOT_FOUND));
		rows.add(get("/css/jar:file:/app.jar!/BOOT-INF/classes/application.yml").expect(REFUSED_OR_NOT_FOUND));
		rows.add(get("/css/C:%5cwindows%5cwin.ini").expect(REFUSED_OR_NOT_FOUND));
		rows.add(get("/css/\\\\evil.example\\share").expect(REFUSED_OR_NOT_FOUND));
		rows.add(get("/application.yml").expect(404));
		rows.add(get("/application.properties").expect(404));
		rows.add(get("/pom.xml").expect(404));
		rows.add(get("/templates/home.html").expect(404));
		rows.add(get("/static/css/site.css").expect(404));
		rows.add(get("/WEB-INF/web.xml").expect(404));
		rows.add(get("/META-INF/MANIFEST.MF").expect(404));
		rows.add(get("/BOOT-INF/classes/application.yml").expect(404));
		rows.add(get("/com/legspasms/LegSpasmsApplication.class").expect(404));
		rows.add(get("/css/../META-INF/MANIFEST.MF").expect(404));
		rows.add(get("/css/%2e%2e/%2e%2e/pom.xml").expect(REFUSED_OR_NOT_FOUND));
	}

	private static void nullBytesAndBadEncoding(List<Row> rows) {
		for (String target : List.of("/articles/spinal-stenosis%00", "/articles/spinal-stenosis%00.md",
				"/articles/%00../../etc/passwd", "/%00", "/topics/causes%00", "/css/site.css%00",
				"/css/site.css%00.html", "/favicon.svg%00.txt")) {
			rows.add(get(target).expect(REFUSED_OR_NOT_FOUND));
		}
		rows.add(get("/search?q=%00"));
		rows.add(get("/search?q=cramp%00../../etc/passwd"));
		rows.add(get("/search?q=cramp&page=1%00").expect(400));
		rows.add(get("/search?%00=cramp"));
		rows.add(get("/css/site.css?%00"));
		for (String target : List.of("/articles/%", "/articles/%zz", "/articles/%e9", "/articles/%c3%28", "/%", "/%zz",
				"/articles/%2", "/articles/%%", "/articles/%u0041", "/topics/%ff%fe", "/css/%e9", "/css/site.css%",
				"/articles/%ed%a0%80", "/articles/%f4%90%80%80")) {
			rows.add(get(target).expect(REFUSED_OR_NOT_FOUND));
		}
		for (String query : List.of("q=%", "q=%zz", "q=%e9", "q=%c3%28", "q=%ff%fe%fd", "%=%", "q=%%%%")) {
			rows.add(get("/search?" + query).expect(200, 400));
		}
	}

	private static void longRequests(List<Row> rows) {
		rows.add(get("/" + "a".repeat(10_000)).expect(404));
		rows.add(get("/articles/" + "a".repeat(10_000)).expect(404));
		rows.add(get("/css/" + "a".repeat(10_000) + ".css").expect(404));
		rows.add(get("/a".repeat(5_000)).expect(404));
		rows.add(get("/articles/" + "../".repeat(3_000) + "etc/passwd").expect(REFUSED_OR_NOT_FOUND));
		rows.add(get("/" + "a".repeat(70_000)).expect(TOO_LARGE));
		rows.add(get("/articles/" + "%2e%2e%2f".repeat(8_000)).expect(TOO_LARGE));
		rows.add(get("/search?q=" + "a".repeat(10_000)).expect(200));
		rows.add(get("/search?q=" + "%e2%9c%93".repeat(3_000)).expect(200));
		rows.add(get("/search?q=" + "a".repeat(70_000)).expect(TOO_LARGE));
		rows.add(get("/search?" + "q=a&".repeat(2_500)).expect(200, 400));
		rows.add(get(
				"/search?" + IntStream.range(0, 3_000).mapToObj((i) -> "p" + i + "=1").collect(Collectors.joining("&")))
			.expect(200, 400));
		rows.add(get("/?" + "x".repeat(10_000)).expect(200));
	}

	private static void methods(List<Row> rows) {
		rows.add(get("/").method("TRACE").expect(405));
		rows.add(get("/articles/spinal-stenosis").method("TRACE").header("X-Secret: reflected").expect(405));
		rows.add(get("/articles/spinal-stenosis").method("TRACK").expect(405));
		rows.add(get("/articles/spinal-stenosis").method("PUT").header("Content-Length: 5").body("hello").expect(405));
		rows.add(get("/css/site.css").method("PUT").header("Content-Length: 5").body("a{b:}").expect(405));
		rows.add(get("/articles/spinal-stenosis").method("DELETE").expect(405));
		rows.add(get("/").method("OPTIONS").expect(405));
		rows.add(get("/articles/spinal-stenosis").method("PATCH").header("Content-Length: 2").body("{}").expect(405));
		rows.add(get("/").method("CONNECT").expect(405));
		rows.add(get("127.0.0.1:80").method("CONNECT").expect(400, 405));
		rows.add(get(EVIL_HOST + ":443").method("CONNECT").header("Host: " + EVIL_HOST + ":443").expect(400, 405));
		rows.add(get("/").method("PROPFIND").header("Depth: infinity").expect(405));
		for (String method : List.of("MKCOL", "COPY", "MOVE", "LOCK", "UNLOCK", "PROPPATCH", "SEARCH", "REPORT", "BREW",
				"FOO", "get", "Get", "DEBUG", "X".repeat(1_000))) {
			rows.add(get("/").method(method).expect(405));
		}
		rows.add(get("/search?q=cramp").method("POST")
			.header("Content-Type: application/x-www-form-urlencoded")
			.header("Content-Length: 7")
			.body("q=cramp")
			.expect(405));
		rows.add(get("/").method("POST").header("Content-Length: 2000000000").expect(405));
		rows.add(get("/error").method("POST").header("Content-Length: 0").expect(405));
		rows.add(get("/articles/spinal-stenosis").method("HEAD").expect(200));
		rows.add(get("/no-such-page").method("HEAD").expect(404));
		rows.add(get("/").method("G(E)T").expect(400));
		rows.add(get("/").method("GET\u0000").expect(400));
	}

	private static void headers(List<Row> rows) {
		rows.add(get("/").header("X-Big: " + "a".repeat(100_000)).expect(TOO_LARGE));
		rows.add(get("/articles/spinal-stenosis").header("Cookie: " + "a=b; ".repeat(20_000)).expect(TOO_LARGE));
		rows.add(get("/").header("X-Medium: " + "a".repeat(30_000)).expect(200));
		rows.add(get("/").header("NoColonHere").expect(400));
		rows.add(get("/").header(": no name").expect(400));
		rows.add(get("/").header("Bad Header: space in name").expect(400));
		rows.add(get("/").header("X-Control: a\u0001b"));
		rows.add(get("/").header("X-Null: a\u0000b").expect(400));
		rows.add(get("/").header("X-Delete: a\u007fb"));
		rows.add(get("/").header("X-Escape: \u001b[31mred\u001b[0m"));
		rows.add(get("/").header("X-Bare-CR: a\rb").expect(400));
		// Obsolete line folding: Tomcat joins the lines, as RFC 9112 allows.
		rows.add(get("/").header("X-Folded: a").header(" b").expect(200, 400));
		rows.add(get("/").header("X-Latin-1: caf\u00e9 \u00ff"));
		rows.add(get("/").header("X-Utf-8: "
				+ new String("caf\u00e9 \u2713".getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1)));
		rows.add(get("/").headers(numberedHeaders(90)).expect(200));
		rows.add(get("/").headers(numberedHeaders(2_000)).expect(TOO_LARGE));
		rows.add(get("/").headers(Collections.nCopies(50, "Accept: text/html")).expect(200));
		rows.add(get("/").header("Cookie: ;;;=;=a;JSESSIONID=\"unterminated").expect(200));
		rows.add(get("/").header("Accept-Language: ;;;q=abc,xx-\u00ff,*;q=-1").expect(200));
		rows.add(get("/").header("Accept-Charset: utf-7").expect(200));
		rows.add(get("/").header("Accept-Encoding: x-nonsense;q=2").expect(200));
		rows.add(get("/").header("Content-Type: text/").expect(200));
		rows.add(get("/search?q=cramp").header("Content-Type: application/x-www-form-urlencoded; charset=nope")
			.expect(200, 400));
		rows.add(get("/").header("Content-Length: -1").expect(400));
		rows.add(get("/").header("Content-Length: abc").expect(400));
		rows.add(get("/").header("Content-Length: 1").header("Content-Length: 2").expect(400));
		rows.add(get("/").header("Content-Length: 5")
			.header("Transfer-Encoding: chunked")
			.body("0\r\n\r\n")
			.expect(400));
		rows.add(get("/").header("If-None-Match: *").expect(200, 304));
		rows.add(get("/").header("If-None-Match: \"garbage").expect(200));
		rows.add(get("/").header("If-Modified-Since: yesterday").expect(200));
		rows.add(get("/css/site.css").header("If-Modified-Since: Sat, 01 Jan 2000 99:99:99 GMT").expect(200));
		rows.add(get("/").header("Expect: 100-continue").expect(200));
		rows.add(get("/").header("Referer: javascript:alert(1)").expect(200));
		rows.add(get("/").header("User-Agent: ${jndi:ldap://x.invalid/a}").expect(200));
		rows.add(get("/").header("X-Forwarded-Host: " + EVIL_HOST)
			.header("X-Forwarded-Proto: gopher")
			.header("X-Forwarded-For: 127.0.0.1, ::1, <script>")
			.header("Forwarded: for=\"_x\";host=" + EVIL_HOST)
			.expect(200));
		rows.add(get("/no-such-page").header("X-Forwarded-Host: " + EVIL_HOST).expect(404));
		rows.add(get("/articles/spinal-stenosis").header("X-Original-URL: /etc/passwd")
			.header("X-Rewrite-URL: /pom.xml")
			.expect(200));
		rows.add(get("/").header("X-HTTP-Method-Override: DELETE").expect(200));
		rows.add(get("/").header("Authorization: Basic " + "A".repeat(1_000)).expect(200));
	}

	private static void accept(List<Row> rows) {
		for (String accept : List.of("application/json", "image/png", "text/", "text/html;q=0", "*/*;q=abc",
				"application/xml, application/json;q=0.9", "", "\u00ff/\u00ff", "text/html;;;charset=\"",
				String.join(", ", Collections.nCopies(1_000, "text/html")))) {
			rows.add(get("/articles/spinal-stenosis").header("Accept: " + accept).expect(200));
		}
		rows.add(get("/no-such-page").header("Accept: application/json").expect(404));
		rows.add(get("/no-such-page").header("Accept: text/").expect(404));
		rows.add(get("/search?q=cramp").header("Accept: application/json").expect(200));
		rows.add(get("/sitemap.xml").header("Accept: application/json").expect(200));
		rows.add(get("/feed.xml").header("Accept: image/png").expect(200));
		rows.add(get("/css/site.css").header("Accept: application/json").expect(200));
		rows.add(get("/favicon.svg").header("Accept: text/").expect(200));
		rows.add(get("/").method("TRACE").header("Accept: application/json").expect(405));
	}

	private static void ranges(List<Row> rows) {
		for (String page : List.of("/articles/spinal-stenosis", "/", "/search?q=cramp")) {
			for (String range : List.of("bytes=0-10", "bytes=99999999-", "bytes=a-b", "bytes=0-1,5-6")) {
				rows.add(get(page).header("Range: " + range).expect(200));
			}
		}
		rows.add(get("/no-such-page").header("Range: bytes=0-10").expect(404));
		for (String file : List.of("/css/site.css", "/favicon.svg")) {
			rows.add(get(file).range("bytes=0-10").expect(206));
			rows.add(get(file).range("bytes=-5").expect(206));
			rows.add(get(file).range("bytes=0-1,5-6").expect(206));
			rows.add(get(file).header("Range: bytes=99999999-").expect(416));
			rows.add(get(file).header("Range: bytes=a-b").expect(416));
			rows.add(get(file).header("Range: bytes=10-5").expect(416));
			rows.add(get(file).range("items=0-10").expect(200, 206, 416));
			rows.add(get(file).header("Range: bytes=" + String.join(",", Collections.nCopies(200, "0-0"))).expect(416));
			rows.add(get(file).header("Range: bytes=" + String.join(",", Collections.nCopies(50, "0-"))).expect(416));
			rows.add(get(file).range("bytes=0-10").header("If-Range: \"nonsense").expect(200, 206));
			rows.add(get(file).header("Range: bytes=99999999999999999999-").expect(400, 416));
		}
	}

	private static void searchParameters(List<Row> rows) {
		for (String query : List.of("q=a&q=b", "q=cramp&q=spasm&q=", "q[]=x", "q[0]=x&q[1]=y", "q[a][b]=x", "q.x=1",
				"q=cramp&page=-1", "q=cramp&page=0", "q=cramp&page=2147483647", "q=cramp&page=-2147483648",
				"q=cramp&page[]=1", "q=cramp&page=", "q=cramp&page", "q=cramp&page=0x10", "q=cramp;page=2", "page=5",
				"q=cramp&page=1&page=2", "q=cramp&q[]=x&q[0]=y&page[]=1&page[0]=2", "q=${jndi:ldap://x.invalid/a}",
				"q=<script>alert(1)</script>", "q=cramp&class.module.classLoader.URLs%5B0%5D=0",
				"q=cramp&_method=DELETE", "q=cramp&callback=alert", "q=%2e%2e%2f%2e%2e%2fetc%2fpasswd")) {
			rows.add(get("/search?" + query).expect(200));
		}
		for (String query : List.of("q=cramp&page=99999999999", "q=cramp&page=abc", "q=cramp&page=1e3",
				"q=cramp&page=%20", "q=cramp&page=1.5", "q=cramp&page=%00")) {
			rows.add(get("/search?" + query).expect(400));
		}
	}

	private static void scanners(List<Row> rows) {
		for (String path : List.of("/.git/config", "/.git/HEAD", "/.env", "/.env.local", "/.htaccess", "/.DS_Store",
				"/.svn/entries", "/actuator", "/actuator/env", "/actuator/heapdump", "/manager/html",
				"/host-manager/html", "/examples/", "/docs/", "/admin", "/wp-admin/", "/wp-login.php", "/phpmyadmin/",
				"/server-status", "/cgi-bin/test.cgi", "/index.jsp", "/x.jsp", "/index.html", "/config.json",
				"/api/users", "/graphql", "/h2-console", "/jolokia", "/swagger-ui.html", "/v3/api-docs", "/favicon.ico",
				"/articles/SPINAL-STENOSIS", "/articles/spinal-stenosis.json", "/css/", "/css", "/css/SITE.CSS",
				"/css/site-00000000000000000000000000000000.css", "/css/site.css.bak", "/css/site.css~",
				"/css/site.css::$DATA", "/articles/%3Cscript%3Ealert(1)%3C%2Fscript%3E",
				"/articles/<script>alert(1)</script>", "/%24%7Bjndi%3Aldap%3A%2F%2Fx.invalid%2Fa%7D")) {
			rows.add(get(path).expect(REFUSED_OR_NOT_FOUND));
		}
		// A page's address with a trailing slash is moved to the address without it.
		rows.add(get("/articles/spinal-stenosis/").expect(301));
		rows.add(get("/topics/").expect(301));
		for (String path : List.of("/error", "/error?status=500", "/error/404")) {
			rows.add(get(path).expect(404));
		}
		// The site's own stylesheet (found with the slash when the classes are a folder,
		// not in the jar).
		rows.add(get("/css/site.css/").expect(200, 404));
		rows.add(get("/%2e/").expect(200, 400, 404));
		rows.add(get("/%2e%2e/").expect(REFUSED_OR_NOT_FOUND));
		rows.add(get("/.").expect(200, 400, 404));
		rows.add(get("/..").expect(REFUSED_OR_NOT_FOUND));
		rows.add(get("/../").expect(REFUSED_OR_NOT_FOUND));
		rows.add(get("///"));
		rows.add(get("/articles/..;/"));
		rows.add(get("/articles/..;/..;/etc/passwd").expect(REFUSED_OR_NOT_FOUND));
		rows.add(get("/css/..;/..;/pom.xml").expect(REFUSED_OR_NOT_FOUND));
		rows.add(get("/articles/spinal-stenosis;jsessionid=ABC123").expect(200, 400, 404));
		rows.add(get("/;jsessionid=ABC123"));
		rows.add(get("/articles;x=y/spinal-stenosis").expect(200, 400, 404));
		rows.add(get("/articles/spinal-stenosis;.css").expect(200, 400, 404));
		rows.add(get("/css/site.css;jsessionid=x").expect(200, 400, 404));
		rows.add(get("/robots.txt").expect(200));
		rows.add(get("/?<script>alert(1)</script>").expect(200));
		rows.add(get("/#fragment").expect(200, 400));
	}

	private static void requestLines(List<Row> rows) {
		rows.add(get("http://" + EVIL_HOST + "/").expect(200, 400));
		rows.add(get("http://" + EVIL_HOST + "/articles/spinal-stenosis").expect(200, 400));
		rows.add(get("https://127.0.0.1/../../etc/passwd").expect(REFUSED_OR_NOT_FOUND));
		rows.add(get("http://user:pass@" + EVIL_HOST + "/").expect(200, 400));
		rows.add(get("file:///etc/passwd").expect(REFUSED_OR_NOT_FOUND));
		rows.add(get("ftp://" + EVIL_HOST + "/").expect(REFUSED_OR_NOT_FOUND));
		rows.add(get("*").expect(REFUSED_OR_NOT_FOUND));
		rows.add(get("*").method("OPTIONS").expect(200, 400, 404, 405));
		rows.add(get(EVIL_HOST + ":80").expect(REFUSED_OR_NOT_FOUND));
		rows.add(get("articles/spinal-stenosis").expect(REFUSED_OR_NOT_FOUND));
		rows.add(whole("HTTP/1.1 absolute-form naming another host",
				"GET http://" + EVIL_HOST + "/ HTTP/1.1\r\nHost: " + EVIL_HOST + "\r\nConnection: close\r\n\r\n")
			.expect(200, 400));
		rows.add(whole("HTTP/1.1 with a Host header naming another site",
				"GET / HTTP/1.1\r\nHost: " + EVIL_HOST + "\r\nConnection: close\r\n\r\n")
			.expect(200));
		rows.add(get("/").header("Host: " + EVIL_HOST).expect(200));
		rows.add(get("/no-such-page").header("Host: " + EVIL_HOST).expect(404));
		rows.add(whole("HTTP/1.1 without a Host header", "GET / HTTP/1.1\r\nConnection: close\r\n\r\n").expect(400));
		rows.add(whole("HTTP/1.1 with two Host headers",
				"GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nHost: " + EVIL_HOST + "\r\nConnection: close\r\n\r\n")
			.expect(400));
		rows.add(whole("Host header with a bad port",
				"GET / HTTP/1.1\r\nHost: 127.0.0.1:abc\r\nConnection: close\r\n\r\n")
			.expect(400));
		rows.add(whole("Host header with a space", "GET / HTTP/1.1\r\nHost: evil example\r\nConnection: close\r\n\r\n")
			.expect(400));
		rows.add(whole("Host header with an unclosed IPv6 bracket",
				"GET / HTTP/1.1\r\nHost: [::1\r\nConnection: close\r\n\r\n")
			.expect(400));
		rows.add(whole("Host header that disagrees with the absolute-form target",
				"GET http://127.0.0.1/ HTTP/1.1\r\nHost: " + EVIL_HOST + "\r\nConnection: close\r\n\r\n")
			.expect(200, 400));
		rows.add(whole("request line with extra words", "GET / HTTP/1.0 extra\r\n\r\n").expect(400));
		rows.add(whole("request line with a malformed protocol", "GET / HTTP/1.1x\r\n\r\n").expect(400));
		rows.add(whole("request line with another protocol", "GET / FOO/1.0\r\n\r\n").expect(400));
		rows.add(whole("first line of the HTTP/2 preface", "PRI * HTTP/2.0\r\n\r\n").expect(400));
		rows.add(whole("request line with a tab", "GET\t/\tHTTP/1.0\r\n\r\n").expect(200, 400));
		rows.add(whole("request line with a space in the target", "GET /articles/spinal stenosis HTTP/1.0\r\n\r\n")
			.expect(400));
		rows.add(whole("lower-case protocol", "GET / http/1.0\r\n\r\n").expect(400));
		rows.add(whole("bare LF line endings", "GET / HTTP/1.0\nHost: 127.0.0.1\n\n").expect(200, 400));
		rows.add(whole("nothing but blank lines then a request", "\r\n\r\nGET / HTTP/1.0\r\n\r\n").expect(200, 400));
		rows.add(whole("binary garbage", "\u0016\u0003\u0001\u0002\u0000\u0001\u0000\u00fc\u0003\u0003\r\n\r\n")
			.expect(400));
		rows.add(whole("request smuggling: chunked body after Content-Length",
				"GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 4\r\nTransfer-Encoding: chunked\r\n"
						+ "Connection: close\r\n\r\n0\r\n\r\nGET /etc/passwd HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
			.expect(200, 400)
			.bodyWithout("HTTP/1.1 "));
		rows.add(whole("pipelined second request with a traversal",
				"GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\nGET /../../../../etc/passwd HTTP/1.1\r\nHost: 127.0.0.1\r\n"
						+ "Connection: close\r\n\r\n")
			.expect(200));
	}

	/**
	 * Tomcat still speaks HTTP/0.9 to a request line without a protocol: the answer is
	 * the body alone, with no status line. These rows come last because Tomcat carries
	 * that over: the next request its recycled processor fails to parse is answered
	 * without a status line too.
	 */
	private static void http09(List<Row> rows) {
		rows.add(whole("HTTP/0.9 request line", "GET /\r\n\r\n").http09());
		rows.add(whole("HTTP/0.9 request for a file outside the site", "GET /../../etc/passwd\r\n\r\n").http09());
		rows.add(whole("HTTP/0.9 request for a missing page", "GET /.git/config\r\n\r\n").http09());
		rows.add(whole("HTTP/0.9 request with another method", "DELETE /\r\n\r\n").http09());
		// Read as the target "HTTP/1.0" with no protocol: an HTTP/0.9 request for a page
		// that cannot be.
		rows.add(whole("request line with no target", "GET  HTTP/1.0\r\n\r\n").http09());
	}

	static Stream<Arguments> hostileRequests() {
		return table().stream().map((row) -> Arguments.of(Named.of(row.toString(), row)));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("hostileRequests")
	void hostileRequestGetsAPlainAnswerThatGivesNothingAway(Row row) {
		WebClient.RawResponse response = send(row);
		String description = row + "\n--- answer ---\n" + abbreviate(response.head() + "\n\n" + response.body(), 2_000);
		Set<Integer> allowed = new LinkedHashSet<>(ALLOWED);
		if (row.partialContent()) {
			// A satisfiable range of a static file is answered with just that part, as
			// HTTP intends.
			allowed.add(206);
		}
		if (row.isHttp09()) {
			// HTTP/0.9 has no status line: the answer is the page itself or the site's
			// 400 page.
			allowed.add(HTTP_09);
		}
		assertThat(response.status()).as(description).isIn(allowed);
		if (row.expected() != null) {
			assertThat(response.status()).as(description).isIn(row.expected());
		}
		assertThat(response.body()).as(description).doesNotContain(INTERNALS);
		assertThat(response.body()).as(description).doesNotContain(FOREIGN_FILES);
		assertThat(response.body()).as(description).doesNotContain("<script>alert", "X-Secret");
		assertThat(response.head()).as(description).doesNotContain("Tomcat", "Apache", "Exception", "X-Secret");
		assertThat(response.head() + response.body()).as(description).doesNotContain(EVIL_HOST);
		for (String text : row.bodyWithout()) {
			assertThat(response.body()).as(description).doesNotContain(text);
		}
		if (response.status() == 404 && "GET".equals(row.method())) {
			// Not Tomcat's bare page: the site's own, which helps the reader on.
			assertThat(response.html().select("h1").text()).as(description).isEqualTo("Page not found");
		}
		if (response.status() == HTTP_09) {
			assertThat(response.body()).as(description).contains("<html");
		}
		if (response.status() == 206) {
			assertThat(response.header("Content-Range") != null
					|| String.valueOf(response.header("Content-Type")).startsWith("multipart/byteranges"))
				.as(description)
				.isTrue();
		}
	}

	@Test
	void aCorrectRequestStillWorks() {
		WebClient.RawResponse response = this.web.raw("GET", "/articles/spinal-stenosis");
		assertThat(response.status()).isEqualTo(200);
		PageAssertions.assertInLayout(response.html());
		assertThat(response.html().select("h1").text()).isEqualTo("Spinal stenosis");
		assertThat(response.body()).doesNotContain(INTERNALS).doesNotContain(FOREIGN_FILES);
	}

	@Test
	void aCorrectStaticFileStillWorks() throws IOException {
		WebClient.RawResponse response = this.web.raw("GET", "/css/site.css");
		assertThat(response.status()).isEqualTo(200);
		assertThat(response.body()).isEqualTo(Files.readString(Path.of("src/main/resources/static/css/site.css")));
	}

	@Test
	void theTableHasAtLeastAHundredRows() {
		List<Row> rows = table();
		assertThat(rows).hasSizeGreaterThanOrEqualTo(100);
		assertThat(rows.stream().map(Row::toString)).doesNotHaveDuplicates();
	}

	/**
	 * The leak checks look for text that really is in the files a traversal would reach.
	 */
	@Test
	void theLeakMarkersAreInTheFilesTheyGuard() throws IOException {
		assertThat(Files.readString(Path.of("pom.xml"))).contains("<project", "<modelVersion");
		assertThat(Files.readString(Path.of("src/main/resources/application.yml"))).contains("spring:", "site:",
				"content-dir");
		assertThat(Files.readString(Path.of("content/articles/spinal-stenosis.md"))).startsWith("---\ntitle:");
		if (Files.isReadable(Path.of("/etc/passwd"))) {
			assertThat(Files.readString(Path.of("/etc/passwd"))).contains("root:x:0:0");
		}
	}

	private WebClient.RawResponse send(Row row) {
		if (row.whole() != null) {
			return this.web.rawRequest(row.whole());
		}
		return this.web.rawWithBody(row.method(), row.target(), row.body(), row.headers().toArray(String[]::new));
	}

	static Row get(String target) {
		return new Row(null, "GET", target, List.of(), null, null, false, null, List.of());
	}

	static Row whole(String description, String request) {
		return new Row(description, null, null, List.of(), null, null, false, request, List.of());
	}

	static List<String> numberedHeaders(int count) {
		return IntStream.range(0, count).mapToObj((i) -> "X-Many-" + i + ": v").toList();
	}

	static String abbreviate(String text, int max) {
		String visible = text.chars()
			.mapToObj(
					(c) -> ((c < 0x20 && c != '\n') || c == 0x7f) ? String.format("\\x%02x", c) : Character.toString(c))
			.collect(Collectors.joining());
		return (visible.length() <= max) ? visible : visible.substring(0, max) + "…(" + text.length() + " characters)";
	}

	/**
	 * One hostile request: normally a method, request target, extra headers and body sent
	 * as HTTP/1.0, or else the whole request exactly as written.
	 *
	 * @param expected the statuses this request may get, or {@code null} for any in
	 * {@link #ALLOWED} (-1 stands for an HTTP/0.9 answer, which has no status line)
	 * @param partialContent whether 206 is a right answer (a Range header on a static
	 * file)
	 * @param bodyWithout text that must not be in the answer to this request in
	 * particular
	 */
	record Row(String description, String method, String target, List<String> headers, String body,
			Set<Integer> expected, boolean partialContent, String whole, List<String> bodyWithout) {

		Row method(String method) {
			return new Row(this.description, method, this.target, this.headers, this.body, this.expected,
					this.partialContent, this.whole, this.bodyWithout);
		}

		Row header(String header) {
			List<String> all = new ArrayList<>(this.headers);
			all.add(header);
			return headers(all);
		}

		Row headers(List<String> headers) {
			return new Row(this.description, this.method, this.target, List.copyOf(headers), this.body, this.expected,
					this.partialContent, this.whole, this.bodyWithout);
		}

		Row range(String range) {
			Row withRange = header("Range: " + range);
			return new Row(withRange.description, withRange.method, withRange.target, withRange.headers, withRange.body,
					withRange.expected, true, withRange.whole, withRange.bodyWithout);
		}

		Row body(String body) {
			return new Row(this.description, this.method, this.target, this.headers, body, this.expected,
					this.partialContent, this.whole, this.bodyWithout);
		}

		Row expect(Integer... statuses) {
			return new Row(this.description, this.method, this.target, this.headers, this.body,
					Set.copyOf(Arrays.asList(statuses)), this.partialContent, this.whole, this.bodyWithout);
		}

		Row http09() {
			return expect(HTTP_09);
		}

		Row bodyWithout(String... texts) {
			return new Row(this.description, this.method, this.target, this.headers, this.body, this.expected,
					this.partialContent, this.whole, List.of(texts));
		}

		boolean isHttp09() {
			return this.expected != null && this.expected.contains(HTTP_09);
		}

		@Override
		public String toString() {
			String text = (this.whole != null) ? this.description + ": " + this.whole
					: this.method + " " + this.target + (this.headers.isEmpty() ? "" : " + " + this.headers)
							+ ((this.body != null) ? " + body " + this.body : "");
			return abbreviate(text, 160);
		}

	}

}
