package com.legspasms.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What caches, CDNs and browsers are told: validators, lifetimes, compression, security
 * headers, and which methods the site answers.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class HttpHeadersTest extends WebTestSupport {

	private final HttpClient http = HttpClient.newHttpClient();

	@ParameterizedTest
	@ValueSource(strings = { "/", "/articles/muscle-spasms-in-legs", "/topics", "/topics/causes" })
	void pagesCarryAnETagAndACdnFriendlyLifetime(String path) throws Exception {
		HttpResponse<byte[]> first = send(request(path).build());
		String etag = first.headers().firstValue("ETag").orElseThrow();
		assertThat(first.headers().firstValue("Cache-Control"))
			.contains("max-age=300, public, stale-while-revalidate=86400");
		HttpResponse<byte[]> again = send(request(path).header("If-None-Match", etag).build());
		assertThat(again.statusCode()).isEqualTo(304);
		assertThat(again.body()).isEmpty();
		HttpResponse<byte[]> stale = send(request(path).header("If-None-Match", "W/\"not-this-one\"").build());
		assertThat(stale.statusCode()).isEqualTo(200);
	}

	@Test
	void conditionalRequestsFollowRfc9110() throws Exception {
		String path = "/articles/muscle-spasms-in-legs";
		String etag = send(request(path).build()).headers().firstValue("ETag").orElseThrow();
		assertThat(send(request(path).header("If-None-Match", "*").build()).statusCode()).isEqualTo(304);
		assertThat(send(request(path).header("If-Match", "\"some-other-version\"").build()).statusCode())
			.isEqualTo(412);
		assertThat(send(request(path).header("If-Match", etag).build()).statusCode()).isEqualTo(200);
		assertThat(send(request(path).header("If-Match", "*").build()).statusCode()).isEqualTo(200);
	}

	@ParameterizedTest
	@ValueSource(strings = { "/articles/muscle-spasms-in-legs/", "/topics/causes/", "/compare//" })
	void aTrailingSlashAnswers301ToTheAddressWithout(String path) throws Exception {
		HttpResponse<byte[]> moved = send(request(path).build());
		assertThat(moved.statusCode()).isEqualTo(301);
		String target = moved.headers().firstValue("Location").orElseThrow();
		assertThat(target).isEqualTo(path.replaceFirst("/+$", ""));
		assertThat(send(request(target).build()).statusCode()).isEqualTo(200);
	}

	@ParameterizedTest
	@ValueSource(strings = { "//evil.example/", "/%2F%2Fevil.example/", "/articles//evil.example/" })
	void aTrailingSlashNeverRedirectsToAnotherHost(String path) throws Exception {
		HttpResponse<byte[]> answer = send(request(path).build());
		assertThat(answer.headers().firstValue("Location").orElse("")).doesNotStartWith("//");
	}

	@Test
	void pagesAreGzippedWhenTheClientAcceptsIt() throws Exception {
		HttpResponse<byte[]> plain = send(request("/articles/muscle-spasms-in-legs").build());
		HttpResponse<byte[]> zipped = send(
				request("/articles/muscle-spasms-in-legs").header("Accept-Encoding", "gzip").build());
		assertThat(zipped.headers().firstValue("Content-Encoding")).contains("gzip");
		assertThat(zipped.headers().allValues("Vary").toString()).containsIgnoringCase("accept-encoding");
		assertThat(zipped.body().length).isLessThan(plain.body().length / 2);
		assertThat(gunzip(zipped.body())).isEqualTo(new String(plain.body(), StandardCharsets.UTF_8));
	}

	@Test
	void theStylesheetHasAContentHashedAddressAndIsKeptForAYear() throws Exception {
		String href = this.web.get("/").html().select("link[rel=stylesheet]").attr("href");
		assertThat(href).matches("/css/site-[0-9a-f]{32}\\.css");
		HttpResponse<byte[]> css = send(request(href).build());
		assertThat(css.statusCode()).isEqualTo(200);
		assertThat(css.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/css");
		assertThat(css.headers().firstValue("Cache-Control")).contains("max-age=31536000, public, immutable");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/", "/articles/spinal-stenosis", "/search?q=cramp", "/no-such-page", "/favicon.svg",
			"/sitemap.xml" })
	void everyResponseCarriesTheSecurityHeaders(String path) throws Exception {
		HttpResponse<byte[]> response = send(request(path).build());
		String csp = response.headers().firstValue("Content-Security-Policy").orElseThrow();
		assertThat(csp).contains("default-src 'self'", "frame-ancestors 'none'", "base-uri 'none'",
				"form-action 'self'");
		assertThat(csp).doesNotContain("unsafe-inline", "unsafe-eval");
		assertThat(response.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
		assertThat(response.headers().firstValue("Referrer-Policy")).contains("strict-origin-when-cross-origin");
		assertThat(response.headers().firstValue("Permissions-Policy"))
			.hasValueSatisfying((policy) -> assertThat(policy).contains("camera=()", "geolocation=()"));
		assertThat(response.headers().firstValue("Cross-Origin-Opener-Policy")).contains("same-origin");
		assertThat(response.headers().firstValue("Server")).isEmpty();
		assertThat(response.headers().firstValue("X-Powered-By")).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "TRACE" })
	void onlyGetAndHeadAreAnswered(String method) throws Exception {
		for (String path : new String[] { "/", "/articles/spinal-stenosis", "/css/site.css", "/search" }) {
			HttpResponse<byte[]> response = send(
					request(path).method(method, HttpRequest.BodyPublishers.noBody()).build());
			assertThat(response.statusCode()).as("%s %s", method, path).isEqualTo(405);
			assertThat(new String(response.body(), StandardCharsets.UTF_8)).doesNotContain("Exception", "\tat ");
		}
	}

	@Test
	void headAnswersLikeGetWithoutABody() throws Exception {
		HttpResponse<byte[]> head = send(
				request("/articles/spinal-stenosis").method("HEAD", HttpRequest.BodyPublishers.noBody()).build());
		assertThat(head.statusCode()).isEqualTo(200);
		assertThat(head.body()).isEmpty();
		assertThat(head.headers().firstValue("Cache-Control"))
			.contains("max-age=300, public, stale-while-revalidate=86400");
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(this.web.uri(path)).header("Accept", "text/html");
	}

	private HttpResponse<byte[]> send(HttpRequest request) throws IOException, InterruptedException {
		return this.http.send(request, HttpResponse.BodyHandlers.ofByteArray());
	}

	private static String gunzip(byte[] bytes) throws IOException {
		try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

}
