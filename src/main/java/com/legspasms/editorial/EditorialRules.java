package com.legspasms.editorial;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.legspasms.content.CitedSource;
import com.legspasms.rendering.ArticleText;
import com.legspasms.rendering.CareCardKind;
import com.legspasms.rendering.Heading;
import com.legspasms.rendering.ReadingLevel;
import com.legspasms.site.Article;
import com.legspasms.site.SiteSnapshot;

/**
 * The site's editorial rules that a program can check: length, reading level, sources,
 * links in and out, and care advice. Each broken rule is one sentence naming what to fix.
 * They read the article's text as it was read once when rendered
 * ({@link Article#text()}), never its HTML.
 */
public final class EditorialRules {

	/**
	 * The fewest words an article's body may have (the hub needs {@link #MIN_HUB_WORDS}).
	 */
	public static final int MIN_WORDS = 500;

	/**
	 * The fewest words the hub article's body may have.
	 */
	public static final int MIN_HUB_WORDS = 900;

	/**
	 * The highest reading grade (US school grade, from {@code ReadingLevel}) an article
	 * may have.
	 */
	public static final double MAX_GRADE = 8.0;

	/**
	 * The fewest sources an article may cite.
	 */
	public static final int MIN_SOURCES = 2;

	/**
	 * The fewest articles an article's {@code related} list may name.
	 */
	public static final int MIN_RELATED = 2;

	/**
	 * The fewest other articles an article's body must link to, and the fewest that must
	 * link to it.
	 */
	public static final int MIN_LINKS = 2;

	/**
	 * The heading id of the section every article needs, saying when to see a doctor.
	 */
	public static final String DOCTOR_SECTION_ID = "when-to-see-a-doctor";

	/**
	 * Who may be cited and linked: the data file behind every source check, read once.
	 */
	private static final SourcePolicy SOURCES = SourcePolicy.load();

	private static final Pattern DOSE = Pattern.compile(
			"\\b\\d+(?:[.,]\\d+)?\\s?(?:mg|mcg|\u00B5g|micrograms?|milligrams?|grams?|IU|ml|millilitres?)\\b",
			Pattern.CASE_INSENSITIVE);

	private final String hubSlug;

	public EditorialRules(String hubSlug) {
		this.hubSlug = hubSlug;
	}

	/**
	 * Every rule the article breaks, each as a sentence; empty when it follows them all.
	 * @param snapshot the snapshot the article belongs to, for the links into it from
	 * other articles
	 * @param article the article to check
	 * @return the sentences, one per broken rule, in a fixed order; empty when it breaks
	 * none
	 */
	public List<String> check(SiteSnapshot snapshot, Article article) {
		List<String> broken = new ArrayList<>();
		ArticleText body = article.text();
		ReadingLevel reading = body.ownReading();
		int minWords = article.slug().equals(this.hubSlug) ? MIN_HUB_WORDS : MIN_WORDS;
		if (reading.words() < minWords) {
			broken.add("body has " + reading.words() + " words; at least " + minWords + " are needed");
		}
		if (reading.grade() > MAX_GRADE) {
			broken.add(String.format(Locale.ROOT, "reading grade is %.1f; it must be %.0f or lower", reading.grade(),
					MAX_GRADE));
		}
		if (!article.summary().matches("[A-Z\u201C\"].*[.?!]")) {
			broken.add("summary must be a full sentence: a capital letter first and a full stop at the end");
		}
		if (article.reviewed() == null) {
			broken.add("front matter has no 'reviewed' date");
		}
		checkSources(article, broken);
		if (article.related().size() < MIN_RELATED) {
			broken.add("'related' lists " + article.related().size() + " articles; at least " + MIN_RELATED
					+ " are needed");
		}
		int out = snapshot.links().from(article.slug()).size();
		if (out < MIN_LINKS) {
			broken.add("body links to " + out + " other articles; at least " + MIN_LINKS + " are needed");
		}
		int in = snapshot.links().to(article.slug()).size();
		if (in < MIN_LINKS) {
			broken.add("only " + in + " other articles link to this one; at least " + MIN_LINKS + " should");
		}
		checkCareAdvice(body, broken);
		checkLinks(body, broken);
		Matcher dose = DOSE.matcher(body.plainText());
		if (dose.find()) {
			broken.add("mentions a dose ('" + dose.group() + "'); the site gives no dosing advice");
		}
		return broken;
	}

	private void checkSources(Article article, List<String> broken) {
		if (article.sources().size() < MIN_SOURCES) {
			broken.add("lists " + article.sources().size() + " sources; at least " + MIN_SOURCES + " are needed");
		}
		for (CitedSource source : article.sources()) {
			String problem = problemWithSourceUrl(source.url());
			if (problem != null) {
				broken.add("source '" + source.title() + "' " + problem);
			}
		}
	}

	/**
	 * What is wrong with citing an address, by {@link SourcePolicy}.
	 * @param url the address a source or link gives, as written
	 * @return a phrase to follow "source 'TITLE' ", or {@code null} when it may be cited
	 */
	static String problemWithSourceUrl(String url) {
		return SOURCES.problemWithSource(url);
	}

	private static void checkCareAdvice(ArticleText body, List<String> broken) {
		Heading section = body.heading(DOCTOR_SECTION_ID);
		if (section == null || section.level() != 2) {
			broken.add("has no '## When to see a doctor' section");
		}
		boolean nonUrgent = body.hasCareCard(CareCardKind.SEE_DOCTOR);
		boolean urgent = body.hasCareCard(CareCardKind.URGENT) || body.hasCareCard(CareCardKind.EMERGENCY);
		if (!nonUrgent || !urgent) {
			broken.add("needs a 'see-doctor' care card and an 'urgent' or 'emergency' care card");
		}
	}

	private static void checkLinks(ArticleText body, List<String> broken) {
		for (String href : body.links()) {
			String problem = SOURCES.problemWithLink(href);
			if (problem != null && problem.startsWith("points at a copy")) {
				broken.add("links to a copy (" + href + "); link to the publisher's own page");
			}
			else if (problem != null) {
				broken.add("links to " + href + ", which " + problem);
			}
		}
	}

}
