package com.legspasms.site;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The health indicator {@code content}: DOWN when the content watcher has stopped (edits
 * would never be published again), UP otherwise, even after a refused reload, since the
 * last good content is still served. Its details (shown where health details are shown:
 * on a separate management port, see {@code ManagementPortHealthDetails}) give the time
 * and the problems of the last reload. Readiness does not include it: a site whose
 * watcher died still serves its pages.
 */
@Component("content")
class ContentHealthIndicator implements HealthIndicator {

	private final PublishedSite content;

	private final ObjectProvider<ContentWatcher> watcher;

	ContentHealthIndicator(PublishedSite content, ObjectProvider<ContentWatcher> watcher) {
		this.content = content;
		this.watcher = watcher;
	}

	/**
	 * Reports whether the site still sees changes to its content.
	 * @return {@code DOWN} with {@code watching: false} when the watcher has stopped;
	 * otherwise {@code UP}, with {@code watching} and, after a reload, {@code lastReload}
	 * (its time), {@code lastReloadServed} and {@code lastReloadProblems}
	 * ({@code FILE:LINE: message} lines)
	 */
	@Override
	public Health health() {
		ContentWatcher contentWatcher = this.watcher.getIfAvailable();
		boolean watchingEnabled = contentWatcher != null;
		boolean watching = watchingEnabled && contentWatcher.isWatching();
		Health.Builder health = (watchingEnabled && !watching) ? Health.down() : Health.up();
		health.withDetail("watching", watching);
		PublishedSite.LastReload last = this.content.lastReload();
		if (last != null) {
			health.withDetail("lastReload", last.time().toString())
				.withDetail("lastReloadServed", last.served())
				.withDetail("lastReloadProblems", last.problems());
		}
		return health.build();
	}

}
