package com.legspasms.web;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.legspasms.web.RenderedPagesTest.RenderCounter;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pages kept in memory stay within {@code site.page-cache.max-size}: a crawler
 * walking every page of a large site cannot fill the heap with them. A page let go is
 * rendered again when next asked for, with the same bytes and validators.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "site.page-cache.max-size=" + PageCacheSizeTest.MAX_KB + "KB")
@Import(RenderedPagesTest.Counting.class)
class PageCacheSizeTest extends WebTestSupport {

	static final int MAX_KB = 100;

	private static final List<String> PAGES = List.of("/articles/nocturnal-leg-cramps", "/articles/sciatica",
			"/articles/spinal-stenosis", "/articles/cellulitis", "/articles/bakers-cyst",
			"/articles/deep-vein-thrombosis", "/articles/peripheral-artery-disease", "/articles/muscle-pain-in-legs");

	private final HttpClient http = HttpClient.newHttpClient();

	@Autowired
	RenderCounter renders;

	@Test
	void pagesBeyondTheLimitAreLetGoAndRenderedAgainUnchanged() throws Exception {
		Map<String, HttpResponse<byte[]>> first = new LinkedHashMap<>();
		for (String path : PAGES) {
			first.put(path, get(path));
		}
		int smallest = first.values().stream().mapToInt((response) -> response.body().length).min().orElseThrow();
		long mostKept = DataSize.ofKilobytes(MAX_KB).toBytes() / smallest;
		assertThat(mostKept).as("the test needs more pages than fit").isLessThan(PAGES.size());

		List<String> renderedAgain = new ArrayList<>();
		for (String path : PAGES) {
			HttpResponse<byte[]> again = get(path);
			assertThat(again.statusCode()).isEqualTo(200);
			assertThat(again.body()).as(path).isEqualTo(first.get(path).body());
			assertThat(again.headers().firstValue("ETag")).isEqualTo(first.get(path).headers().firstValue("ETag"));
			if (this.renders.of(path) > 1) {
				renderedAgain.add(path);
			}
		}
		assertThat(renderedAgain).as("pages let go, with at most %d of %d kept", mostKept, PAGES.size())
			.hasSizeGreaterThanOrEqualTo((int) (PAGES.size() - mostKept));
	}

	@Test
	void aPageWithinTheLimitIsKept() throws Exception {
		String path = "/topics/treatment";
		HttpResponse<byte[]> first = get(path);
		HttpResponse<byte[]> second = get(path);
		assertThat(second.body()).isEqualTo(first.body());
		assertThat(this.renders.of(path)).as("times the page was rendered").isEqualTo(1);
	}

	@Test
	void aHeadRequestForAPageNotKeptHasTheHeadersOfAGet() throws Exception {
		String path = "/articles/leg-cramps-in-pregnancy";
		HttpResponse<byte[]> head = send(request(path).method("HEAD", HttpRequest.BodyPublishers.noBody()));
		HttpResponse<byte[]> get = get(path);
		assertThat(head.statusCode()).isEqualTo(200);
		assertThat(head.body()).isEmpty();
		assertThat(head.headers().firstValue("ETag")).isPresent().isEqualTo(get.headers().firstValue("ETag"));
		assertThat(head.headers().firstValue("Content-Length")).contains(String.valueOf(get.body().length));
		assertThat(head.headers().firstValue("Vary")).contains("Accept-Encoding");
		HttpResponse<byte[]> conditional = send(request(path).method("HEAD", HttpRequest.BodyPublishers.noBody())
			.header("If-None-Match", get.headers().firstValue("ETag").orElseThrow()));
		assertThat(conditional.statusCode()).isEqualTo(304);
	}

	@Test
	void aPageIsTheSameWhateverLanguageTheReaderWhoFirstAskedForItPrefers() throws Exception {
		String path = "/articles/leg-pain-in-children";
		HttpResponse<byte[]> french = send(request(path).header("Accept-Language", "fr-FR, fr;q=0.9"));
		HttpResponse<byte[]> plain = get(path);
		assertThat(new String(french.body(), StandardCharsets.UTF_8)).contains("November 2026")
			.doesNotContain("novembre");
		assertThat(plain.headers().firstValue("ETag")).isEqualTo(french.headers().firstValue("ETag"));
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(this.web.uri(path)).header("Accept", "text/html");
	}

	private HttpResponse<byte[]> send(HttpRequest.Builder request) throws IOException, InterruptedException {
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
	}

	private HttpResponse<byte[]> get(String path) throws IOException, InterruptedException {
		return this.http.send(HttpRequest.newBuilder(this.web.uri(path)).header("Accept", "text/html").build(),
				HttpResponse.BodyHandlers.ofByteArray());
	}

}
