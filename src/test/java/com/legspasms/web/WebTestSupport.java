package com.legspasms.web;

import org.junit.jupiter.api.BeforeEach;

import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A client for the site started on a random port by the subclass's
 * {@code @SpringBootTest}.
 */
abstract class WebTestSupport {

	@LocalServerPort
	int port;

	WebClient web;

	@BeforeEach
	void connect() {
		this.web = new WebClient(this.port);
	}

}
