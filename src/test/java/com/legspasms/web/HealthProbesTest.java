package com.legspasms.web;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a load balancer or orchestrator asks: is the site up, and ready for readers?
 * Nothing else of Spring Boot's Actuator is on show.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class HealthProbesTest extends WebTestSupport {

	@ParameterizedTest
	@ValueSource(strings = { "/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness" })
	void probesAnswerUpWhateverTheClientAccepts(String path) {
		for (String accept : new String[] { "application/json", "text/html", "*/*", "image/png" }) {
			WebClient.Page probe = this.web.get(path, accept);
			assertThat(probe.status()).as("%s with Accept: %s", path, accept).isEqualTo(200);
			assertThat(probe.header("Content-Type")).startsWith("application/");
			assertThat(probe.response().body()).contains("\"status\":\"UP\"").doesNotContain("components", "details");
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "/actuator", "/actuator/env", "/actuator/beans", "/actuator/metrics", "/actuator/info",
			"/actuator/configprops", "/actuator/heapdump", "/actuator/shutdown", "/actuator/searchgaps" })
	void nothingElseIsExposed(String path) {
		WebClient.Page page = this.web.get(path, "application/json");
		assertThat(page.status()).isEqualTo(404);
		assertThat(page.html().select("h1").text()).isEqualTo("Page not found");
	}

}
