package com.legspasms.web;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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

	private HttpResponse<byte[]> get(String path) throws IOException, InterruptedException {
		return this.http.send(HttpRequest.newBuilder(this.web.uri(path)).header("Accept", "text/html").build(),
				HttpResponse.BodyHandlers.ofByteArray());
	}

}
