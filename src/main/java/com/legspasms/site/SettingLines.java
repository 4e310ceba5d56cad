package com.legspasms.site;

import org.springframework.boot.origin.Origin;
import org.springframework.boot.origin.OriginLookup;
import org.springframework.boot.origin.PropertySourceOrigin;
import org.springframework.boot.origin.TextResourceOrigin;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.PropertySource;
import org.springframework.stereotype.Component;

/**
 * The line of {@code application.yml} a setting was read from, so that a problem with a
 * setting is reported as {@code application.yml:LINE: message} like any content problem.
 * Spring Boot tracks where each property came from ({@link OriginLookup}; YAML files give
 * a {@link TextResourceOrigin} with a zero-based line). A setting given elsewhere
 * (command line, environment, another file such as {@code application-preview.yml}) has
 * no line here.
 */
@Component
public class SettingLines {

	/**
	 * Lines for nothing: every setting is reported without a line (tests, tools without
	 * Spring).
	 */
	public static final SettingLines NONE = new SettingLines(null);

	private static final String FILE = "application.yml";

	private final ConfigurableEnvironment environment;

	/**
	 * Creates the lookup.
	 * @param environment the application's environment, whose property sources know their
	 * origins
	 */
	public SettingLines(ConfigurableEnvironment environment) {
		this.environment = environment;
	}

	/**
	 * Where a setting was read from.
	 * @param key the property's name as Spring Boot binds it, such as {@code site.hub} or
	 * {@code site.popular[2]}
	 * @return the one-based line in {@code application.yml}, or 0 when the setting did
	 * not come from that file (or its origin is not known)
	 */
	public int lineOf(String key) {
		if (this.environment == null) {
			return 0;
		}
		for (PropertySource<?> source : this.environment.getPropertySources()) {
			if (source.containsProperty(key)) {
				Origin origin = OriginLookup.getOrigin(source, key);
				// Spring Boot puts its view of every source first
				// ('configurationProperties'),
				// whose origins wrap the file's own.
				while (origin instanceof PropertySourceOrigin wrapped) {
					origin = wrapped.getOrigin();
				}
				return (origin instanceof TextResourceOrigin text && text.getLocation() != null
						&& text.getResource() != null && FILE.equals(text.getResource().getFilename()))
								? text.getLocation().getLine() + 1 : 0;
			}
		}
		return 0;
	}

}
