package com.legspasms.web;

import java.net.http.HttpRequest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Readers who take a wrong turn get a helpful page in the site's layout, never a stack
 * trace.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ErrorPagesTest extends WebTestSupport {

	@ParameterizedTest
	@ValueSource(strings = { "/articles/no-such-article", "/topics/no-such-topic", "/no/such/page", "/articles/",
			"/articles/muscle-spasms-in-legs/extra", "/css/missing.css" })
	void unknownPagesAnswer404WithAHelpfulPageInTheLayout(String path) {
		WebClient.Page page = this.web.get(path);
		assertThat(page.status()).isEqualTo(404);
		PageAssertions.assertInLayout(page.html());
		assertThat(page.html().select("h1").text()).isEqualTo("Page not found");
		assertThat(page.html().select("main a").eachAttr("href")).contains("/", "/topics");
	}

	@Test
	void notFoundPageIsHtmlWhateverTheClientAccepts() {
		WebClient.Page page = this.web.get("/articles/no-such-article", "*/*");
		assertThat(page.status()).isEqualTo(404);
		assertThat(page.header("Content-Type")).startsWith("text/html");
		assertThat(page.html().select("h1").text()).isEqualTo("Page not found");
	}

	@Test
	void serverErrorShowsAPlainPageWithoutInternals() {
		WebClient.Page page = this.web.get("/test-only/failure");
		assertThat(page.status()).isEqualTo(500);
		PageAssertions.assertInLayout(page.html());
		assertThat(page.html().select("h1").text()).isEqualTo("Sorry, something went wrong");
		assertThat(page.response().body()).doesNotContain("secret-internal-detail", "Exception", "at com.", "/work/",
				".java");
	}

	@Test
	void unsupportedMethodIsRefusedWithoutInternals() {
		WebClient.Page page = this.web.send(HttpRequest.newBuilder(this.web.uri("/"))
			.header("Accept", "text/html")
			.POST(HttpRequest.BodyPublishers.ofString("x=1"))
			.build());
		assertThat(page.status()).isEqualTo(405);
		assertThat(page.response().body()).doesNotContain("Exception", "at org.");
	}

	@TestConfiguration
	static class FailingEndpointConfiguration {

		@Bean
		FailingEndpoint failingEndpoint() {
			return new FailingEndpoint();
		}

	}

	@RestController
	static class FailingEndpoint {

		@GetMapping("/test-only/failure")
		String fail() {
			throw new IllegalStateException("secret-internal-detail in /work/main/src/Secret.java");
		}

	}

}
