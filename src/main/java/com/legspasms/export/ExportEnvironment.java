package com.legspasms.export;

import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * When the site is started only to export itself, it listens on a free port (so an export
 * can run beside a live site), does not watch its content and is never in preview mode
 * (drafts, the live-reload script and the problem panel never reach an export).
 */
class ExportEnvironment implements EnvironmentPostProcessor {

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (environment.containsProperty(StaticExport.PROPERTY)) {
			environment.getPropertySources()
				.addFirst(new MapPropertySource("siteExport", Map.of("server.port", "0", "server.address", "127.0.0.1",
						"site.watch.enabled", "false", "site.preview", "false")));
		}
	}

}
