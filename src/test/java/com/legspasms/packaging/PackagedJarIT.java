package com.legspasms.packaging;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packaged jar runs on its own and serves the {@code content/} folder of its working
 * directory; broken content makes it exit with a non-zero status and every problem
 * listed.
 */
class PackagedJarIT {

	@TempDir
	Path workingDir;

	@Test
	void jarServesTheContentFolderOfItsWorkingDirectory() throws Exception {
		Path content = this.workingDir.resolve("content");
		copyFolder(Path.of("content"), content);
		Path hub = content.resolve("articles/muscle-spasms-in-legs.md");
		Files.writeString(hub,
				Files.readString(hub).replaceFirst("(?m)^title: .*$", "title: A page only this working directory has"));
		int port = freePort();
		Process site = start(port);
		try {
			HttpResponse<String> response = waitForPage(site, port, "/articles/muscle-spasms-in-legs");
			assertThat(response.statusCode()).isEqualTo(200);
			assertThat(Jsoup.parse(response.body()).select("h1").text())
				.isEqualTo("A page only this working directory has");
		}
		finally {
			site.destroy();
			site.waitFor(30, TimeUnit.SECONDS);
		}
	}

	@Test
	void brokenContentStopsStartUpWithEveryProblemListed() throws Exception {
		Path articles = Files.createDirectories(this.workingDir.resolve("content/articles"));
		Files.writeString(articles.resolve("muscle-spasms-in-legs.md"), """
				---
				title: Hub
				category: overview
				---
				See [nothing](nothing.md).
				""");
		Files.writeString(articles.resolve("other.md"), """
				---
				title: Other
				summary: Other.
				category: made-up
				---
				Text.
				""");
		Process site = start(freePort());
		assertThat(site.waitFor(90, TimeUnit.SECONDS)).as("start-up should give up").isTrue();
		String output = Files.readString(this.workingDir.resolve("site.log"), StandardCharsets.UTF_8);
		assertThat(site.exitValue()).isNotZero();
		assertThat(output).contains("content/articles/muscle-spasms-in-legs.md:2: missing required field 'summary'",
				"content/articles/muscle-spasms-in-legs.md:5: link to 'nothing.md': there is no article 'nothing'",
				"content/articles/other.md:4: unknown category 'made-up'");
		assertThat(output).doesNotContain("\tat com.legspasms");
	}

	private static void copyFolder(Path from, Path to) throws IOException {
		try (Stream<Path> paths = Files.walk(from)) {
			for (Path path : paths.toList()) {
				Path target = to.resolve(from.relativize(path).toString());
				if (Files.isDirectory(path)) {
					Files.createDirectories(target);
				}
				else {
					Files.copy(path, target);
				}
			}
		}
	}

	private Process start(int port) throws IOException {
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		return new ProcessBuilder(List.of(java, "-jar", jar().toString(), "--server.port=" + port))
			.directory(this.workingDir.toFile())
			.redirectErrorStream(true)
			.redirectOutput(this.workingDir.resolve("site.log").toFile())
			.start();
	}

	private static Path jar() throws IOException {
		try (Stream<Path> files = Files.list(Path.of("target"))) {
			return files.filter((path) -> path.getFileName().toString().matches("leg-spasms-site-.*\\.jar"))
				.findFirst()
				.orElseThrow(() -> new IllegalStateException("run 'package' first: no jar in target/"))
				.toAbsolutePath();
		}
	}

	private static HttpResponse<String> waitForPage(Process site, int port, String path) throws Exception {
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build();
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
		while (System.nanoTime() < deadline && site.isAlive()) {
			try {
				return http.send(request, HttpResponse.BodyHandlers.ofString());
			}
			catch (IOException notYetListening) {
				Thread.sleep(200);
			}
		}
		throw new IllegalStateException("site did not answer on port " + port);
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
