package com.legspasms.site;

import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.origin.Origin;
import org.springframework.boot.origin.OriginLookup;
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
		// A list entry such as site.popular[2] may come whole from a source giving the
		// list as one value (--site.popular=a,b on the command line): the first source
		// holding either supplies the list, as Spring Boot binds it.
		int index = key.lastIndexOf('[');
		String list = (key.endsWith("]") && index > 0) ? key.substring(0, index) : null;
		for (PropertySource<?> source : this.environment.getPropertySources()) {
			// Spring Boot's view of all the sources, put first; each is read below.
			if (ConfigurationPropertySources.isAttachedConfigurationPropertySource(source)) {
				continue;
			}
			if (source.containsProperty(key)) {
				Origin origin = OriginLookup.getOrigin(source, key);
				return (origin instanceof TextResourceOrigin text && text.getLocation() != null
						&& text.getResource() != null && FILE.equals(text.getResource().getFilename()))
								? text.getLocation().getLine() + 1 : 0;
			}
			if (list != null && source.containsProperty(list)) {
				return 0;
			}
		}
		return 0;
	}

}
