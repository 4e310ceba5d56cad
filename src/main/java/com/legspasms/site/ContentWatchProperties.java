package com.legspasms.site;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Live reload, from the {@code site.watch.*} keys.
 *
 * @param enabled whether changes to the content folder are picked up while the site runs
 * @param quietPeriod how long the folder must stay unchanged before the site is rebuilt,
 * so that an editor saving several files (or one file in several steps) causes one
 * rebuild
 */
@ConfigurationProperties("site.watch")
public record ContentWatchProperties(@DefaultValue("true") boolean enabled,
		@DefaultValue("300ms") Duration quietPeriod) {
}
