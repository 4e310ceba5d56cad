package com.legspasms.web;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The search-gap report with a management port set: there, and only there, it lists the
 * searches that found nothing and those that found articles only after a correction, with
 * counts and nothing about who searched or when. (Without a management port it does not
 * exist at all; see {@link HealthProbesTest}.)
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "management.server.port=0")
class SearchGapsReportTest extends WebTestSupport {

	@LocalManagementPort
	int managementPort;

	@Test
	void theReportIsOnTheManagementPortOnly() {
		this.web.get("/search?q=Zzqq+Xxyy");
		this.web.get("/search?q=zzqq,+xxyy!");
		this.web.get("/search?q=magnesum");
		this.web.get("/search?q=cramp");
		WebClient.Page report = new WebClient(this.managementPort).get("/actuator/searchgaps", "application/json");
		assertThat(report.status()).isEqualTo(200);
		String json = report.response().body();
		assertThat(json).contains("{\"query\":\"zzqq xxyy\",\"count\":2}", "{\"query\":\"magnesum\",\"count\":1}")
			.doesNotContain("cramp", "127.0.0.1", "T0", "T1", "T2")
			.containsPattern("\"since\":\"\\d{4}-\\d{2}-\\d{2}\"");
		assertThat(this.web.get("/actuator/searchgaps", "application/json").status()).isEqualTo(404);
	}

}
