package com.legspasms.content;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.springframework.boot.context.properties.source.ConfigurationProperty;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.boot.context.properties.source.ConfigurationPropertyState;
import org.springframework.boot.context.properties.source.IterableConfigurationPropertySource;
import org.springframework.boot.origin.Origin;

/**
 * One file's front matter as a Spring Boot {@link IterableConfigurationPropertySource}:
 * each property is held under its exact {@link ConfigurationPropertyName}, so the
 * {@link org.springframework.boot.context.properties.bind.Binder} finds a value and
 * whether a block has any value with one map lookup each. Front matter names are already
 * in the Binder's canonical form (kebab-case keys checked by
 * {@link FrontMatterProperties}, list indexes), so the relaxed-name mapping a
 * {@code PropertySource} adapter does for {@code application.yml} is not needed; building
 * that mapping for every file was most of the cost of binding one.
 */
final class FrontMatterPropertySource implements IterableConfigurationPropertySource {

	private final Map<ConfigurationPropertyName, ConfigurationProperty> properties = new LinkedHashMap<>();

	/** Every name that has a property below it, such as {@code page.sources[0]}. */
	private final Set<ConfigurationPropertyName> ancestors = new HashSet<>();

	/**
	 * Adds a property.
	 * @param name the property's name in canonical form, such as
	 * {@code page.sources[0].url}
	 * @param value its value
	 * @param origin where the value was written
	 * @throws org.springframework.boot.context.properties.source.InvalidConfigurationPropertyNameException
	 * if the name is not in canonical form
	 */
	void put(String name, Object value, Origin origin) {
		ConfigurationPropertyName propertyName = ConfigurationPropertyName.of(name);
		this.properties.put(propertyName, new ConfigurationProperty(propertyName, value, origin));
		ConfigurationPropertyName at = propertyName.getParent();
		while (!at.isEmpty() && this.ancestors.add(at)) {
			at = at.getParent();
		}
	}

	/**
	 * The number of properties held.
	 * @return how many values were put
	 */
	int size() {
		return this.properties.size();
	}

	@Override
	public ConfigurationProperty getConfigurationProperty(ConfigurationPropertyName name) {
		return this.properties.get(name);
	}

	@Override
	public ConfigurationPropertyState containsDescendantOf(ConfigurationPropertyName name) {
		if (name.isEmpty()) {
			return this.properties.isEmpty() ? ConfigurationPropertyState.ABSENT : ConfigurationPropertyState.PRESENT;
		}
		return this.ancestors.contains(name) ? ConfigurationPropertyState.PRESENT : ConfigurationPropertyState.ABSENT;
	}

	@Override
	public Stream<ConfigurationPropertyName> stream() {
		return this.properties.keySet().stream();
	}

}
