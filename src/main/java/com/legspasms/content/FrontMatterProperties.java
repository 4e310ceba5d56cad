package com.legspasms.content;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

import org.springframework.boot.origin.TextResourceOrigin;

/**
 * Front matter's YAML tree laid out as Spring Boot configuration properties
 * ({@code page.sources[0].url}), each value a string carrying its file line as a
 * {@link TextResourceOrigin}, ready for the
 * {@link org.springframework.boot.context.properties.bind.Binder}. The layout follows the
 * record the file is read into, so that what the Binder cannot tell apart is refused here
 * with the writer's words: a list where one line belongs (the Binder would join it) or
 * one line where a list belongs (the Binder would split it at commas), a key in any
 * spelling other than the field's own (the Binder's relaxed binding would take
 * {@code reviewedBy} and {@code Title}), a field given twice. Every scalar stays text, so
 * {@code yes} or {@code 2026} is never turned into a boolean or a number; YAML null
 * leaves an optional field out.
 */
final class FrontMatterProperties {

	/** The prefix of every property: the Binder binds the record at {@code page}. */
	static final String ROOT = "page";

	/** Front-matter keys are kebab-case, which is the slug rule's shape. */
	private static final Pattern FIELD_NAME = Pattern.compile(Slug.REGEX);

	private final Class<?> root;

	private final String file;

	private final int firstLine;

	private final List<ContentProblem> problems;

	private final FrontMatterPropertySource properties = new FrontMatterPropertySource();

	private final Map<String, Integer> lines = new HashMap<>();

	private final Map<String, Integer> keyLines = new HashMap<>();

	private final Set<String> reported = new HashSet<>();

	private FrontMatterProperties(Class<?> root, String file, int firstLine, List<ContentProblem> problems) {
		this.root = root;
		this.file = file;
		this.firstLine = firstLine;
		this.problems = problems;
	}

	/**
	 * Lays out one file's front matter.
	 * @param root the record the file is read into, such as {@link FrontMatter}
	 * @param mapping the composed front matter
	 * @param file the path to name in problems
	 * @param firstLine the file line of the YAML's first line
	 * @param problems where shape problems are added
	 * @return the properties, with the line of every value and of every top-level key
	 */
	static FrontMatterProperties of(Class<?> root, MappingNode mapping, String file, int firstLine,
			List<ContentProblem> problems) {
		FrontMatterProperties properties = new FrontMatterProperties(root, file, firstLine, problems);
		properties.fields(mapping, ROOT, "", root);
		return properties;
	}

	/**
	 * The properties as a source the Binder reads, with each value's origin.
	 * @return the property source: one property per front matter value, each with its
	 * file line as its origin
	 */
	FrontMatterPropertySource source() {
		return this.properties;
	}

	/**
	 * The file line of each top-level key, by field name.
	 * @return the line (from 1) of each top-level key
	 */
	Map<String, Integer> keyLines() {
		return this.keyLines;
	}

	/**
	 * The file line of a property's value, or of the closest block holding it.
	 * @param name a property name such as {@code page.related[2]}
	 * @return the line; the first line of the front matter for {@code page} itself
	 */
	int lineOf(String name) {
		String at = name;
		while (!this.lines.containsKey(at) && at.contains(".")) {
			at = at.substring(0, Math.max(at.lastIndexOf('.'), at.lastIndexOf('[')));
		}
		return this.lines.getOrDefault(at, this.firstLine);
	}

	/**
	 * Whether a problem was already reported for a property (so the Binder's view of it
	 * is not reported again).
	 * @param name a property name, such as {@code sources[0].url}
	 * @return true when a problem was reported for it
	 */
	boolean isReported(String name) {
		return this.reported.contains(name);
	}

	/**
	 * Notes that a property's value was refused, so that it is not also reported missing.
	 * @param name a property name, such as {@code sources[0].url}
	 */
	void markReported(String name) {
		this.reported.add(name);
	}

	private void fields(MappingNode mapping, String name, String path, Class<?> record) {
		this.lines.put(name, lineOf(mapping));
		FrontMatterFields fields = FrontMatterFields.of(record);
		Set<String> seen = new HashSet<>();
		for (NodeTuple tuple : mapping.getValue()) {
			Node keyNode = tuple.getKeyNode();
			String key = (keyNode instanceof ScalarNode scalar) ? scalar.getValue() : "(" + keyNode.getNodeId() + ")";
			FrontMatterFields.Field field = FIELD_NAME.matcher(key).matches() ? fields.field(key) : null;
			if (field == null) {
				problem(lineOf(keyNode), FrontMatterMessages.unknownField(record, this.root,
						(record == this.root || keyNode instanceof ScalarNode) ? key : ""));
			}
			else if (record == this.root && !seen.add(key)) {
				problem(lineOf(keyNode), "field '" + key + "' is given twice");
			}
			else {
				if (record == this.root) {
					this.keyLines.put(key, lineOf(keyNode));
				}
				value(tuple.getValueNode(), name + "." + key, path.isEmpty() ? key : path + "." + key, field.type(),
						field.required());
			}
		}
	}

	private void value(Node node, String name, String path, Type type, boolean required) {
		Class<?> raw = raw(type);
		boolean isNull = node instanceof ScalarNode scalar && Tag.NULL.equals(scalar.getTag());
		this.lines.put(name, lineOf(node));
		if (raw == List.class) {
			boolean empty = isNull || (node instanceof SequenceNode sequence && sequence.getValue().isEmpty());
			if (empty && !FrontMatterMessages.needsEntries(this.root, path)) {
				return;
			}
			if (empty || !(node instanceof SequenceNode)) {
				report(name, lineOf(node), FrontMatterMessages.notAList(this.root, path, empty));
				return;
			}
			Type item = ((ParameterizedType) type).getActualTypeArguments()[0];
			int index = 0;
			for (Node itemNode : ((SequenceNode) node).getValue()) {
				if (value(itemNode, name + "[" + index + "]", path, item)) {
					index++;
				}
			}
		}
		else if (isNull && !required) {
			this.lines.remove(name);
		}
		else {
			value(node, name, path, type);
		}
	}

	/**
	 * One entry, of a list or not; whether anything was laid out for it.
	 * @param node the YAML node of the entry
	 * @param name its property name, with list indexes
	 * @param path its path as writers spell it, without indexes, for messages
	 * @param type the Java type it is bound to
	 * @return true when it was laid out as properties; false when it was reported instead
	 */
	private boolean value(Node node, String name, String path, Type type) {
		Class<?> raw = raw(type);
		this.lines.put(name, lineOf(node));
		if (raw.isRecord()) {
			if (!(node instanceof MappingNode mapping)) {
				report(name, lineOf(node), FrontMatterMessages.notFields(path));
				return false;
			}
			int before = this.properties.size();
			fields(mapping, name, path, raw);
			if (this.properties.size() == before) {
				FrontMatterFields.of(raw)
					.required()
					.forEach((field) -> problem(lineOf(node), FrontMatterMessages.missing(path + "." + field.key())));
				return false;
			}
			return true;
		}
		String text = (node instanceof ScalarNode scalar && !Tag.NULL.equals(scalar.getTag()))
				? scalar.getValue().strip() : "";
		if (text.isEmpty()) {
			report(name, lineOf(node), FrontMatterMessages.notALine(raw, path));
			return false;
		}
		this.properties.put(name, text,
				new TextResourceOrigin(null, new TextResourceOrigin.Location(lineOf(node) - 1, 0)));
		return true;
	}

	private static Class<?> raw(Type type) {
		return (type instanceof ParameterizedType parameterized) ? (Class<?>) parameterized.getRawType()
				: (Class<?>) type;
	}

	private int lineOf(Node node) {
		return this.firstLine + node.getStartMark().getLine();
	}

	private void report(String name, int line, String message) {
		this.reported.add(name);
		problem(line, message);
	}

	private void problem(int line, String message) {
		this.problems.add(new ContentProblem(this.file, line, message));
	}

	/**
	 * The line of a top-level field, if it was given.
	 * @param field a top-level field's name
	 * @return its line (from 1), or empty
	 */
	Optional<Integer> keyLine(String field) {
		return Optional.ofNullable(this.keyLines.get(field));
	}

}
