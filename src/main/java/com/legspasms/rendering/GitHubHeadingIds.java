package com.legspasms.rendering;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import com.vladsch.flexmark.ast.util.AnchorRefTargetBlockPreVisitor;
import com.vladsch.flexmark.html.renderer.HeaderIdGeneratorFactory;
import com.vladsch.flexmark.html.renderer.HtmlIdGenerator;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;

/**
 * Heading ids exactly as GitHub makes them, so a link copied from GitHub's preview works
 * here. The rule is github-slugger's (the one GitHub's Markdown pipeline follows):
 * lower-case the heading's text, remove every character that is not a letter, mark,
 * number, connector punctuation (such as {@code _}), space or hyphen, then turn each
 * space into a hyphen; accents stay, composed or decomposed, and nothing is collapsed. A
 * slug already taken gets {@code -1}, {@code -2}, ... added, skipping any that are taken
 * too ("Symptoms", "Symptoms", "Symptoms 1" give {@code symptoms}, {@code symptoms-1},
 * {@code symptoms-1-1}). flexmark's own generator collapses and re-numbers differently,
 * hence this one.
 */
final class GitHubHeadingIds implements HtmlIdGenerator {

	private static final Pattern REMOVED = Pattern.compile("[^\\p{L}\\p{M}\\p{N}\\p{Pc} -]");

	private final Map<String, Integer> occurrences = new HashMap<>();

	/**
	 * GitHub's slug of a heading's text, before duplicates are numbered.
	 * @param text the heading's text as a reader sees it
	 * @return the slug, empty when the text has no letters, digits, spaces, hyphens or
	 * underscores
	 */
	static String slug(CharSequence text) {
		return REMOVED.matcher(text.toString().toLowerCase(Locale.ROOT)).replaceAll("").replace(' ', '-');
	}

	/**
	 * The id of the next heading with this text, numbered as GitHub numbers duplicates.
	 * @param text the heading's text
	 * @return a slug no earlier heading of the document has
	 */
	String next(CharSequence text) {
		String original = slug(text);
		String result = original;
		while (this.occurrences.containsKey(result)) {
			int count = this.occurrences.merge(original, 1, Integer::sum);
			result = original + "-" + count;
		}
		this.occurrences.put(result, 0);
		return result;
	}

	@Override
	public void generateIds(Document document) {
		generateIds(document, null);
	}

	@Override
	public void generateIds(Document document, AnchorRefTargetBlockPreVisitor preVisitor) {
		this.occurrences.clear();
		for (Node node : document.getDescendants()) {
			if (node instanceof com.vladsch.flexmark.ast.Heading heading
					&& (heading.getAnchorRefId() == null || heading.getAnchorRefId().isEmpty())) {
				heading.setAnchorRefId(next(heading.getAnchorRefText()));
			}
		}
	}

	@Override
	public String getId(Node node) {
		return (node instanceof com.vladsch.flexmark.ast.Heading heading) ? heading.getAnchorRefId() : null;
	}

	@Override
	public String getId(CharSequence text) {
		return slug(text);
	}

	/** Makes a fresh generator, with no slugs taken, for each document rendered. */
	static final class Factory implements HeaderIdGeneratorFactory {

		@Override
		public HtmlIdGenerator create(LinkResolverContext context) {
			return new GitHubHeadingIds();
		}

		@Override
		public HtmlIdGenerator create() {
			return new GitHubHeadingIds();
		}

	}

}
