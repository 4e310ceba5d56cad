package com.legspasms.search;

import org.springframework.boot.actuate.autoconfigure.web.server.ConditionalOnManagementPort;
import org.springframework.boot.actuate.autoconfigure.web.server.ManagementPortType;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Puts the search-gap report on the management port, and only there: with no
 * {@code management.server.port}, or the site's own port, there is no such endpoint.
 */
@Configuration(proxyBeanMethods = false)
class SearchGapsConfiguration {

	@Bean
	@ConditionalOnManagementPort(ManagementPortType.DIFFERENT)
	SearchGapsEndpoint searchGapsEndpoint(SearchGaps gaps) {
		return new SearchGapsEndpoint(gaps);
	}

}
