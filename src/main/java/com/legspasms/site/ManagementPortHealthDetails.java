package com.legspasms.site;

import java.util.Map;
import java.util.Objects;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Shows health details (such as the {@code content} indicator's last reload and its
 * problems) when Actuator has a management port of its own
 * ({@code management.server.port}, off by default), which an operator keeps private. On
 * the public port, details stay hidden (Spring Boot's default,
 * {@code show-details: never}). Added with the lowest precedence, so an explicit
 * {@code management.endpoint.health.show-details} still wins.
 */
class ManagementPortHealthDetails implements EnvironmentPostProcessor {

	static final String SHOW_DETAILS = "management.endpoint.health.show-details";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		String managementPort = environment.getProperty("management.server.port");
		String serverPort = environment.getProperty("server.port", "8080");
		boolean separate = managementPort != null && !managementPort.equals("-1")
				&& (managementPort.equals("0") || !Objects.equals(managementPort, serverPort));
		if (separate) {
			environment.getPropertySources()
				.addLast(new MapPropertySource("managementPortHealthDetails", Map.of(SHOW_DETAILS, "always")));
		}
	}

}
