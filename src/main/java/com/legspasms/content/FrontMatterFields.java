package com.legspasms.content;

import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

/**
 * The fields of one front-matter record ({@link FrontMatter},
 * {@link CareBlockFrontMatter} or a block such as {@link CitedSource}) as writers spell
 * them, read by reflection once per record class and shared by every file: reading a
 * record's components and their annotations on every file was a tenth of loading a
 * 10,000-article site.
 */
final class FrontMatterFields {

	private static final ClassValue<FrontMatterFields> FIELDS = new ClassValue<>() {

		@Override
		protected FrontMatterFields computeValue(Class<?> record) {
			Map<String, Field> keys = new LinkedHashMap<>();
			for (RecordComponent component : record.getRecordComponents()) {
				String key = FrontMatterMessages.kebab(component.getName());
				keys.put(key, new Field(key, component.getGenericType(), required(component)));
			}
			return new FrontMatterFields(Map.copyOf(keys), List.copyOf(keys.keySet()));
		}

	};

	/** The fields by their kebab-case key ({@code reviewed-by}). */
	private final Map<String, Field> keys;

	/** The keys in the record's order. */
	private final List<String> order;

	private FrontMatterFields(Map<String, Field> keys, List<String> order) {
		this.keys = keys;
		this.order = order;
	}

	/**
	 * The fields of a record class.
	 * @param record a record class
	 * @return its fields, computed on the first call for the class
	 * @throws IllegalArgumentException if the class is not a record
	 */
	static FrontMatterFields of(Class<?> record) {
		if (!record.isRecord()) {
			throw new IllegalArgumentException(record.getName() + " is not a record");
		}
		return FIELDS.get(record);
	}

	/**
	 * A field by its key.
	 * @param key the key as written in front matter
	 * @return the field, or {@code null} when the record has no such field
	 */
	Field field(String key) {
		return this.keys.get(key);
	}

	/**
	 * The keys in the record's order.
	 * @return the kebab-case keys, such as {@code title, summary, ..., reviewed-by}
	 */
	List<String> order() {
		return this.order;
	}

	/**
	 * The fields Bean Validation requires, in the record's order.
	 * @return the required fields
	 */
	List<Field> required() {
		return this.order.stream().map(this.keys::get).filter(Field::required).toList();
	}

	/**
	 * Whether Bean Validation requires the component (its annotations reach the accessor,
	 * not the component).
	 * @param component a record component of the front matter or one of its blocks
	 * @return true when it has {@code @NotNull} or {@code @NotEmpty}
	 */
	private static boolean required(RecordComponent component) {
		return component.getAccessor().isAnnotationPresent(NotNull.class)
				|| component.getAccessor().isAnnotationPresent(NotEmpty.class);
	}

	/**
	 * One field of a record.
	 *
	 * @param key the key as written, such as {@code reviewed-by}
	 * @param type the component's generic type, such as {@code List<CitedSource>}
	 * @param required whether Bean Validation requires it
	 */
	record Field(String key, Type type, boolean required) {
	}

}
