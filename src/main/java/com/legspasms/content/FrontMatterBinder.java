package com.legspasms.content;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.springframework.boot.context.properties.bind.AbstractBindHandler;
import org.springframework.boot.context.properties.bind.BindContext;
import org.springframework.boot.context.properties.bind.BindHandler;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.UnboundConfigurationPropertiesException;
import org.springframework.boot.context.properties.bind.handler.NoUnboundElementsBindHandler;
import org.springframework.boot.context.properties.source.ConfigurationProperty;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.boot.context.properties.source.ConfigurationPropertyState;
import org.springframework.boot.context.properties.source.IterableConfigurationPropertySource;
import org.springframework.boot.convert.ApplicationConversionService;
import org.springframework.boot.origin.Origin;
import org.springframework.boot.origin.TextResourceOrigin;
import org.springframework.validation.beanvalidation.LocalValidatorFactoryBean;

/**
 * Binds laid-out front matter ({@link FrontMatterProperties}) onto its record with Spring
 * Boot's {@link Binder}: constructor binding of the records, conversion of dates, numbers
 * and keys, Bean Validation of the required fields ({@code @NotNull}, {@code @NotEmpty}
 * on the records), and a {@link NoUnboundElementsBindHandler} as the guard against any
 * property no field took. A collecting handler turns each failure into a
 * {@link ContentProblem} at the line its origin names and lets the binding carry on, so
 * every problem of the file is listed. Conversions are strict where the Binder's defaults
 * are lenient: a date is ISO {@code YYYY-MM-DD}, a number is decimal, and a key
 * ({@code in-review}, {@code urgent}, {@code clinical}) is matched exactly.
 */
final class FrontMatterBinder {

	private static final ApplicationConversionService CONVERSIONS = conversions();

	private static final LocalValidatorFactoryBean VALIDATOR = validator();

	/** The file being bound on this thread; files are read in parallel. */
	private static final ThreadLocal<FrontMatterPropertySource> CURRENT_FILE = new ThreadLocal<>();

	/**
	 * One Binder for every file (making one costs more than binding a file), reading the
	 * current file.
	 */
	private static final Binder BINDER = new Binder(List.of(new CurrentFile()), null, CONVERSIONS);

	private FrontMatterBinder() {
	}

	/**
	 * Binds one file's front matter.
	 * @param <T> the record type
	 * @param type the record, {@link FrontMatter} or {@link CareBlockFrontMatter}
	 * @param properties the laid-out front matter
	 * @param file the path to name in problems
	 * @param problems where problems are added
	 * @return the record (possibly with fields left {@code null} where problems were
	 * added)
	 */
	static <T> T bind(Class<T> type, FrontMatterProperties properties, String file, List<ContentProblem> problems) {
		Collecting collecting = new Collecting(properties, file);
		CURRENT_FILE.set(properties.source());
		try {
			T bound = BINDER.bindOrCreate(FrontMatterProperties.ROOT, Bindable.of(type), collecting);
			problems.addAll(collecting.problems);
			return bound;
		}
		finally {
			CURRENT_FILE.remove();
		}
	}

	private static ApplicationConversionService conversions() {
		ApplicationConversionService conversions = new ApplicationConversionService();
		conversions.addConverter(String.class, LocalDate.class, LocalDate::parse);
		conversions.addConverter(String.class, Integer.class, Integer::valueOf);
		conversions.addConverter(String.class, EditorialStatus.class,
				(key) -> EditorialStatus.fromKey(key)
					.orElseThrow(() -> new KeyException(
							"unknown status '" + key + "' (use one of: " + EditorialStatus.knownKeys() + ")")));
		conversions.addConverter(String.class, Urgency.class, (key) -> Urgency.fromKey(key)
			.orElseThrow(
					() -> new KeyException("unknown urgency '" + key + "' (use one of: " + Urgency.knownKeys() + ")")));
		conversions.addConverter(String.class, PageChange.Kind.class, (key) -> switch (key) {
			case "clinical" -> PageChange.Kind.CLINICAL;
			case "editorial" -> PageChange.Kind.EDITORIAL;
			default -> throw new KeyException("unknown change kind '" + key + "' (use one of: clinical, editorial)");
		});
		return conversions;
	}

	private static LocalValidatorFactoryBean validator() {
		LocalValidatorFactoryBean validator = new LocalValidatorFactoryBean();
		validator.afterPropertiesSet();
		return validator;
	}

	/** The properties of the file being bound on the calling thread. */
	private static final class CurrentFile implements IterableConfigurationPropertySource {

		@Override
		public ConfigurationProperty getConfigurationProperty(ConfigurationPropertyName name) {
			return CURRENT_FILE.get().getConfigurationProperty(name);
		}

		@Override
		public ConfigurationPropertyState containsDescendantOf(ConfigurationPropertyName name) {
			return CURRENT_FILE.get().containsDescendantOf(name);
		}

		@Override
		public Stream<ConfigurationPropertyName> stream() {
			return CURRENT_FILE.get().stream();
		}

	}

	/** A key outside its fixed list; the message is the writer's. */
	private static final class KeyException extends IllegalArgumentException {

		KeyException(String message) {
			super(message);
		}

	}

	/**
	 * Records each failure as a problem at its origin's line and carries on; validates
	 * each record once bound. Bean Validation runs here rather than in Spring Boot's
	 * {@code ValidationBindHandler}, which keeps the errors of the first invalid object
	 * only (a profile missing a field would hide the page's own missing title), and every
	 * problem must be listed.
	 */
	private static final class Collecting extends AbstractBindHandler {

		private final FrontMatterProperties properties;

		private final String file;

		private final Set<ContentProblem> problems = new LinkedHashSet<>();

		Collecting(FrontMatterProperties properties, String file) {
			super(new NoUnboundElementsBindHandler(BindHandler.DEFAULT));
			this.properties = properties;
			this.file = file;
		}

		@Override
		public Object onFailure(ConfigurationPropertyName name, Bindable<?> target, BindContext context,
				Exception error) {
			ConfigurationProperty property = context.getConfigurationProperty();
			String field = name.toString();
			this.properties.markReported(field);
			add(line((property != null) ? property.getOrigin() : null, field), conversionMessage(path(field), error));
			return null;
		}

		@Override
		public void onFinish(ConfigurationPropertyName name, Bindable<?> target, BindContext context, Object result)
				throws Exception {
			if (result != null && result.getClass().isRecord()) {
				validate(name.toString(), result);
			}
			try {
				super.onFinish(name, target, context, result);
			}
			catch (UnboundConfigurationPropertiesException ex) {
				for (ConfigurationProperty property : ex.getUnboundProperties()) {
					String unknown = property.getName().toString();
					if (this.properties.isReported(unknown)) {
						continue;
					}
					add(line(property.getOrigin(), unknown), "unknown field '" + path(unknown) + "'");
				}
			}
		}

		/**
		 * The record's missing required fields, at the line of the block that lacks them,
		 * in the record's order.
		 * @param name the property name of the block, such as {@code page} or
		 * {@code page.sources[0]}
		 * @param record the bound record, checked with Bean Validation
		 */
		private void validate(String name, Object record) {
			List<String> order = FrontMatterFields.of(record.getClass()).order();
			VALIDATOR.validate(record)
				.stream()
				.map((violation) -> FrontMatterMessages.kebab(violation.getPropertyPath().toString()))
				.sorted(Comparator.comparingInt(order::indexOf))
				.forEach((key) -> {
					String field = name + "." + key;
					String path = path(field);
					if (!this.properties.isReported(field) || FrontMatterMessages.missingNamesTheEntry(path)) {
						add(this.properties.lineOf(field), FrontMatterMessages.missing(path));
					}
				});
		}

		private static String conversionMessage(String path, Exception error) {
			for (Throwable cause = error; cause != null; cause = cause.getCause()) {
				if (cause instanceof KeyException key) {
					return key.getMessage();
				}
				if (cause instanceof DateTimeParseException) {
					return FrontMatterMessages.notADate(path);
				}
				if (cause instanceof NumberFormatException) {
					return FrontMatterMessages.notALine(Integer.class, path);
				}
			}
			return FrontMatterMessages.notALine(String.class, path);
		}

		private int line(Origin origin, String name) {
			for (Origin at = origin; at != null; at = at.getParent()) {
				if (at instanceof TextResourceOrigin text && text.getLocation() != null) {
					return text.getLocation().getLine() + 1;
				}
			}
			return this.properties.lineOf(name);
		}

		/**
		 * {@code page.sources[0].url} as writers spell it: {@code sources.url}.
		 * @param name a property name, such as {@code page.sources[0].url}
		 * @return the field as writers spell it, without the {@code page.} prefix and
		 * list indexes, such as {@code sources.url}
		 */
		private static String path(String name) {
			return name.substring(Math.min(name.length(), FrontMatterProperties.ROOT.length() + 1))
				.replaceAll("\\[\\d+]", "");
		}

		private void add(int line, String message) {
			this.problems.add(new ContentProblem(this.file, line, message));
		}

	}

}
