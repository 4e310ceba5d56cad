package com.legspasms.sourcecheck;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The source check against a local HTTP server started here (never the internet): it
 * finds each broken case (404, 410, 500, too slow, refused, unknown host, a redirect to a
 * missing page), reports redirects with their new address, and nothing else.
 */
class SourceCheckTest {

	private static final Duration TIMEOUT = Duration.ofSeconds(2);

	private HttpServer server;

	private String base;

	private String refused;

	private final AtomicInteger busiest = new AtomicInteger();

	private final AtomicInteger inFlight = new AtomicInteger();

	private final ConcurrentHashMap<String, Integer> requests = new ConcurrentHashMap<>();

	private Path content;

	@BeforeEach
	void startServer() throws IOException {
		this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		this.server.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(8));
		this.server.createContext("/", this::answer);
		this.server.start();
		this.base = "http://127.0.0.1:" + this.server.getAddress().getPort();
		try (ServerSocket closed = new ServerSocket(0, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
			this.refused = "http://127.0.0.1:" + closed.getLocalPort() + "/page";
		}
		this.content = Files.createTempDirectory(Files.createDirectories(Path.of("target")), "source-check-");
		Files.createDirectories(this.content.resolve("articles"));
		Files.createDirectories(this.content.resolve("care"));
	}

	@AfterEach
	void stopServer() {
		this.server.stop(0);
	}

	private void answer(HttpExchange exchange) throws IOException {
		String path = exchange.getRequestURI().getPath();
		this.requests.merge(path, 1, Integer::sum);
		// The slow page is still being answered after the checker gave up on it; it is
		// not counted.
		boolean counted = !path.equals("/slow");
		if (counted) {
			this.busiest.accumulateAndGet(this.inFlight.incrementAndGet(), Math::max);
		}
		try {
			switch (path) {
				case "/ok", "/new-home" -> send(exchange, 200);
				case "/moved" -> redirect(exchange, 301, "/new-home");
				case "/moved-twice" -> redirect(exchange, 302, this.base + "/moved");
				case "/moved-to-missing" -> redirect(exchange, 308, "/missing");
				case "/gone" -> send(exchange, 410);
				case "/error" -> send(exchange, 500);
				case "/slow" -> {
					sleep(TIMEOUT.multipliedBy(3));
					send(exchange, 200);
				}
				default -> send(exchange, 404);
			}
		}
		finally {
			if (counted) {
				this.inFlight.decrementAndGet();
			}
		}
	}

	private static void send(HttpExchange exchange, int status) throws IOException {
		byte[] body = "page".getBytes(StandardCharsets.UTF_8);
		exchange.sendResponseHeaders(status, body.length);
		exchange.getResponseBody().write(body);
		exchange.close();
	}

	private static void redirect(HttpExchange exchange, int status, String location) throws IOException {
		exchange.getResponseHeaders().add("Location", location);
		exchange.sendResponseHeaders(status, -1);
		exchange.close();
	}

	private static void sleep(Duration duration) {
		try {
			Thread.sleep(duration.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private void write(String file, String text) {
		try {
			Files.writeString(this.content.resolve(file), text);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private String file(String name) {
		return Path.of("").toAbsolutePath().relativize(this.content.resolve(name).toAbsolutePath()).toString();
	}

	private Result run() {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		int status = new SourceCheck(new SourceChecker.Settings(3, TIMEOUT, Duration.ofMillis(20), 5))
			.check(this.content, new PrintStream(out, true, StandardCharsets.UTF_8));
		return new Result(status, out.toString(StandardCharsets.UTF_8).lines().toList());
	}

	@Test
	void everyBrokenCaseIsFoundWithItsFileAndLineAndNothingElse() {
		String b = this.base;
		write("articles/page.md", """
				---
				title: Page
				summary: A page.
				category: causes
				sources:
				  - title: Fine
				    url: %s/ok
				  - title: Moved
				    url: %s/moved
				  - title: Gone
				    url: %s/gone
				  - title: Unknown host
				    url: https://source-check.invalid/page
				---
				See [the missing page](%s/missing) and [a broken server](%s/error).
				Also <%s/slow>, and the fine one again: %s/ok.
				Refused: [here](%s). Moved twice: %s/moved-twice
				""".formatted(b, b, b, b, b, b, b, this.refused, b));
		write("care/block.md", """
				---
				urgency: urgent
				title: "Get help if:"
				reviewed: 2026-11-01
				sources:
				  - title: Redirect to nowhere
				    url: %s/moved-to-missing
				---
				- a sign
				""".formatted(b));
		Result result = run();
		String page = file("articles/page.md");
		String block = file("care/block.md");
		assertThat(result.lines()).containsExactly(
				page + ":9: " + b + "/moved: moved to " + b + "/new-home (301); update the address",
				page + ":11: " + b + "/gone: answered 410 (gone: the publisher removed it)",
				page + ":13: https://source-check.invalid/page: host 'source-check.invalid' is unknown (no such name in DNS)",
				page + ":15: " + b + "/missing: answered 404 (not found)",
				page + ":15: " + b + "/error: answered 500 (server error)",
				page + ":16: " + b + "/slow: no answer within 2000 ms (timed out)",
				page + ":17: " + this.refused + ": connection refused",
				page + ":17: " + b + "/moved-twice: moved to " + b + "/new-home (302); update the address",
				block + ":7: " + b + "/moved-to-missing: moved to " + b + "/missing, which answered 404 (not found)",
				"Checked 10 addresses (11 mentions in 2 files): 7 broken, 2 moved, 1 fine.",
				"Broken addresses fail the check: replace each with a working source, or remove it.");
		assertThat(result.status()).isEqualTo(1);
		assertThat(this.requests.get("/ok")).as("each distinct address is fetched once").isEqualTo(1);
		assertThat(this.busiest.get()).as("one request at a time to one host").isEqualTo(1);
	}

	@Test
	void redirectsAloneAreReportedButDoNotFail() {
		write("articles/page.md", """
				---
				title: Page
				---
				See [the old address](%s/moved) and [a fine one](%s/ok).
				""".formatted(this.base, this.base));
		Result result = run();
		assertThat(result.lines()).containsExactly(
				file("articles/page.md") + ":4: " + this.base + "/moved: moved to " + this.base
						+ "/new-home (301); update the address",
				"Checked 2 addresses (2 mentions in 1 files): 0 broken, 1 moved, 1 fine.",
				"Moved addresses still work; update them to the new address when you next edit the page.");
		assertThat(result.status()).isZero();
	}

	@Test
	void whenNothingCanBeReachedItSaysTheMachineMayBeOfflineRatherThanBlameTheSources() {
		write("articles/page.md", """
				---
				title: Page
				---
				See [one](https://first.invalid/a) and [two](https://second.invalid/b).
				""");
		Result result = run();
		assertThat(result.lines()).contains("Checked 2 addresses (2 mentions in 1 files): 2 broken, 0 moved, 0 fine.",
				"No address could be reached at all: this machine may be offline or behind a firewall. "
						+ "Check the connection and run the check again before changing any source.");
		assertThat(result.lines()).noneMatch((line) -> line.startsWith("Broken addresses fail the check"));
		assertThat(result.status()).isEqualTo(1);
	}

	private record Result(int status, List<String> lines) {
	}

}
