package com.legspasms.web;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pages are rendered once per content snapshot and then served from memory: strong ETags,
 * a gzipped copy made once, and HEAD and conditional requests answered without rendering.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RenderedPagesTest extends WebTestSupport {

	private final HttpClient http = HttpClient.newHttpClient();

	@Autowired
	RenderCounter renders;

	@ParameterizedTest
	@ValueSource(strings = { "/articles/nocturnal-leg-cramps", "/topics/treatment", "/sitemap.xml" })
	void aPageIsRenderedOnceThenServedFromMemory(String path) throws Exception {
		HttpResponse<byte[]> first = send(request(path));
		HttpResponse<byte[]> second = send(request(path));
		HttpResponse<byte[]> head = send(request(path).method("HEAD", HttpRequest.BodyPublishers.noBody()));
		String etag = first.headers().firstValue("ETag").orElseThrow();
		HttpResponse<byte[]> conditional = send(request(path).header("If-None-Match", etag));
		HttpResponse<byte[]> zipped = send(request(path).header("Accept-Encoding", "gzip"));

		assertThat(this.renders.of(path)).as("times the page was rendered").isEqualTo(1);
		assertThat(second.body()).isEqualTo(first.body());
		assertThat(etag).as("a strong validator").matches("\"[A-Za-z0-9_-]{27}\"");
		assertThat(second.headers().firstValue("ETag")).contains(etag);
		assertThat(head.statusCode()).isEqualTo(200);
		assertThat(head.body()).isEmpty();
		assertThat(head.headers().firstValue("ETag")).contains(etag);
		assertThat(head.headers().firstValue("Content-Length")).contains(String.valueOf(first.body().length));
		assertThat(conditional.statusCode()).isEqualTo(304);
		assertThat(conditional.body()).isEmpty();
		assertThat(zipped.headers().firstValue("Content-Encoding")).contains("gzip");
		assertThat(zipped.headers().firstValue("ETag")).isNotEqualTo(Optional.of(etag)).isPresent();
		assertThat(zipped.headers().firstValue("Cache-Control")).isEqualTo(first.headers().firstValue("Cache-Control"));
	}

	@Test
	void eachEncodingHasItsOwnValidator() throws Exception {
		String path = "/articles/spinal-stenosis";
		String gzipETag = send(request(path).header("Accept-Encoding", "gzip, deflate, br")).headers()
			.firstValue("ETag")
			.orElseThrow();
		HttpResponse<byte[]> revalidated = send(
				request(path).header("Accept-Encoding", "gzip").header("If-None-Match", "\"other\", " + gzipETag));
		assertThat(revalidated.statusCode()).isEqualTo(304);
		assertThat(revalidated.headers().firstValue("ETag")).contains(gzipETag);
		HttpResponse<byte[]> refused = send(request(path).header("Accept-Encoding", "gzip;q=0, identity"));
		assertThat(refused.headers().firstValue("Content-Encoding")).isEmpty();
		assertThat(new String(refused.body())).contains("<h1>Spinal stenosis</h1>");
	}

	@Test
	void pagesThatAreNotPlainPagesAreNeitherKeptNorChanged() throws Exception {
		HttpResponse<byte[]> missing = send(request("/articles/no-such-article"));
		assertThat(missing.statusCode()).isEqualTo(404);
		assertThat(send(request("/articles/no-such-article")).statusCode()).isEqualTo(404);
		assertThat(this.renders.of("/articles/no-such-article")).isEqualTo(2);
		HttpResponse<byte[]> search = send(request("/search?q=cramp"));
		assertThat(search.headers().firstValue("ETag")).hasValueSatisfying((etag) -> assertThat(etag).startsWith("W/"));
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(this.web.uri(path)).header("Accept", "text/html");
	}

	private HttpResponse<byte[]> send(HttpRequest.Builder request) throws IOException, InterruptedException {
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
	}

	/** Counts the requests that reach a controller, by path. */
	static class RenderCounter implements HandlerInterceptor {

		private final Map<String, AtomicInteger> counts = new ConcurrentHashMap<>();

		@Override
		public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
			if (request.getDispatcherType() == jakarta.servlet.DispatcherType.REQUEST) {
				this.counts.computeIfAbsent(request.getRequestURI(), (path) -> new AtomicInteger()).incrementAndGet();
			}
			return true;
		}

		int of(String path) {
			AtomicInteger count = this.counts.get(path);
			return (count != null) ? count.get() : 0;
		}

	}

	@TestConfiguration
	static class Counting implements WebMvcConfigurer {

		@Bean
		RenderCounter renderCounter() {
			return new RenderCounter();
		}

		@Override
		public void addInterceptors(InterceptorRegistry registry) {
			registry.addInterceptor(renderCounter());
		}

	}

}
