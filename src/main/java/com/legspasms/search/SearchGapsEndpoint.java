package com.legspasms.search;

import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;

/**
 * The search-gap report for writers, as an Actuator endpoint:
 * {@code GET /actuator/searchgaps} on the management port. Registered only when
 * {@code management.server.port} is set to a port other than the site's
 * ({@link SearchGapsConfiguration}), so it is never on the public port.
 */
@Endpoint(id = "searchgaps")
public class SearchGapsEndpoint {

	/** How many queries of each list the report names. */
	static final int TOP = 50;

	private final SearchGaps gaps;

	SearchGapsEndpoint(SearchGaps gaps) {
		this.gaps = gaps;
	}

	/**
	 * The report since start-up.
	 * @return the day counting began and the {@value #TOP} most frequent queries of each
	 * list
	 */
	@ReadOperation
	public SearchGaps.Report report() {
		return this.gaps.report(TOP);
	}

}
