package com.legspasms.web.http;

import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The {@code site.page-cache.*} settings: the default, and a negative size refused at
 * start-up with the key named.
 */
class PageCachePropertiesTest {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withUserConfiguration(PageCacheSettings.class);

	@Test
	void theDefaultLimitIs64Megabytes() {
		this.runner.run((context) -> assertThat(context.getBean(PageCacheProperties.class).maxSize())
			.isEqualTo(DataSize.ofMegabytes(64)));
	}

	@Test
	void aSizeCanBeGivenInSpringBootsUnits() {
		this.runner.withPropertyValues("site.page-cache.max-size=200KB")
			.run((context) -> assertThat(context.getBean(PageCacheProperties.class).maxSize())
				.isEqualTo(DataSize.ofKilobytes(200)));
	}

	@Test
	void aNegativeLimitStopsStartUpNamingTheSetting() {
		this.runner.withPropertyValues("site.page-cache.max-size=-1MB")
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.hasStackTraceContaining("site.page-cache.max-size must be 0 (keep no pages) or more")
				.hasStackTraceContaining("not -1048576B"));
	}

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties(PageCacheProperties.class)
	static class PageCacheSettings {

	}

}
