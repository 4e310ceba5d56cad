package com.legspasms.web;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An article's old slugs answer a real permanent redirect to its address.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
		"site.content-dir=src/test/resources/fixture-site", "site.popular=", "site.compare-care-blocks=" })
class AliasRedirectTest extends WebTestSupport {

	@ParameterizedTest
	@ValueSource(strings = { "leg-spasms", "cramps-in-legs" })
	void oldSlugAnswers301WithTheNewAddress(String oldSlug) {
		WebClient.Page page = this.web.get("/articles/" + oldSlug);
		assertThat(page.status()).isEqualTo(301);
		assertThat(page.header("Location")).isEqualTo("/articles/muscle-spasms-in-legs");
		assertThat(page.html().select("meta[http-equiv=refresh]")).isEmpty();
		WebClient.Page target = this.web.get(page.header("Location"));
		assertThat(target.status()).isEqualTo(200);
		assertThat(target.html().select("h1").text()).isEqualTo("Fixture hub");
	}

}
