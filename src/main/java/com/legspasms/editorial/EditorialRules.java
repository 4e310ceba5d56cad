package com.legspasms.editorial;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.legspasms.content.Source;
import com.legspasms.site.Article;
import com.legspasms.site.SiteSnapshot;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The site's editorial rules that a program can check: length, reading level, sources, links in
 * and out, and care advice. Each broken rule is one sentence naming what to fix.
 */
public final class EditorialRules {

	public static final int MIN_WORDS = 500;

	public static final int MIN_HUB_WORDS = 900;

	public static final double MAX_GRADE = 8.0;

	public static final int MIN_SOURCES = 2;

	public static final int MIN_RELATED = 2;

	public static final int MIN_LINKS = 2;

	public static final String DOCTOR_SECTION_ID = "when-to-see-a-doctor";

	/** Publishers the content brief reads; a source must be one of their own pages. */
	private static final List<String> PUBLISHERS = List.of("nhs.uk", "nhs.scot", "nhslothian.scot", "heiw.wales",
			"nidirect.gov.uk", "nice.org.uk", "hscni.net", "aafp.org", "annfammed.org", "nih.gov", "medlineplus.gov",
			"doi.org", "cochranelibrary.com", "clevelandclinic.org", "mayoclinic.org", "mayoclinic.com",
			"merckmanuals.com", "fda.gov", "kidneycareuk.org", "hse.ie", "nct.org.uk", "ahpsuffolk.co.uk",
			"healthify.nz", "cardiosmart.org", "patient.info", "ndsu.edu", "pedro.org.au", "mp.pl",
			"researchgate.net", "stanfordhealthcare.org", "mims.co.uk", "gponline.com", "portsmouth.gov.uk",
			"tarrantcounty.com", "ggnc.azurewebsites.net", "legsmatter.org", "sja.org.uk", "cdc.gov", "bestpractice.bmj.com");

	/** Copies and mirrors the content brief warns about: never cited, never linked. */
	private static final List<String> MIRRORS = List.of("doctoori.net", "zana.com", "gubta.com", "studyres.com",
			"5y1.org", "abcdocz.com", "drpharmacy.uk", "myminutemed.com", "philstar.com", "mymlc.com", "stclair.org",
			"stlukes-stl.com", "adam.com", "tiga-sa.com", "stelizabeth.com", "particle.news", "newschant.com",
			"primidi.com", "lincolndailynews.com", "spartaindependent.com", "skyscape.com", "mediguard.org",
			"blogspot.com", "quarrysidepractice.gp.scot", "goldbamboo.com", "peoplespharmacy.com",
			"news-medical.net", "painscience.com", "medicinenet.com", "unt.edu");

	private static final Pattern DOSE = Pattern.compile(
			"\\b\\d+(?:[.,]\\d+)?\\s?(?:mg|mcg|\u00B5g|micrograms?|milligrams?|grams?|IU|ml|millilitres?)\\b",
			Pattern.CASE_INSENSITIVE);

	private final String hubSlug;

	public EditorialRules(String hubSlug) {
		this.hubSlug = hubSlug;
	}

	/** Every rule the article breaks, each as a sentence; empty when it follows them all. */
	public List<String> check(SiteSnapshot site, Article article) {
		List<String> broken = new ArrayList<>();
		Document body = Jsoup.parseBodyFragment(article.bodyHtml());
		ReadingLevel reading = ReadingLevel.ofHtml(article.bodyHtml());
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
		int out = site.links().from(article.slug()).size();
		if (out < MIN_LINKS) {
			broken.add("body links to " + out + " other articles; at least " + MIN_LINKS + " are needed");
		}
		int in = site.links().to(article.slug()).size();
		if (in < MIN_LINKS) {
			broken.add("only " + in + " other articles link to this one; at least " + MIN_LINKS + " should");
		}
		checkCareAdvice(body, broken);
		checkLinks(body, broken);
		Matcher dose = DOSE.matcher(body.text());
		if (dose.find()) {
			broken.add("mentions a dose ('" + dose.group() + "'); the site gives no dosing advice");
		}
		return broken;
	}

	private void checkSources(Article article, List<String> broken) {
		if (article.sources().size() < MIN_SOURCES) {
			broken.add("lists " + article.sources().size() + " sources; at least " + MIN_SOURCES + " are needed");
		}
		for (Source source : article.sources()) {
			String problem = problemWithSourceUrl(source.url());
			if (problem != null) {
				broken.add("source '" + source.title() + "' " + problem);
			}
		}
	}

	static String problemWithSourceUrl(String url) {
		URI uri;
		try {
			uri = new URI(url);
		}
		catch (URISyntaxException ex) {
			return "has a malformed url";
		}
		String host = (uri.getHost() != null) ? uri.getHost().toLowerCase(Locale.ROOT) : "";
		if (!"https".equals(uri.getScheme())) {
			return "must use an https:// url";
		}
		if (host.matches("[0-9.]+") || host.startsWith("[")) {
			return "must not point at a bare IP address";
		}
		if (isUnder(host, MIRRORS)) {
			return "points at a copy (" + host + "); cite the publisher's own page";
		}
		if (!isUnder(host, PUBLISHERS)) {
			return "is not from a publisher in the content brief (" + host + ")";
		}
		return null;
	}

	private static void checkCareAdvice(Document body, List<String> broken) {
		Element section = body.getElementById(DOCTOR_SECTION_ID);
		if (section == null || !section.tagName().equals("h2")) {
			broken.add("has no '## When to see a doctor' section");
		}
		boolean nonUrgent = !body.select(".care-card--see-doctor").isEmpty();
		boolean urgent = !body.select(".care-card--urgent, .care-card--emergency").isEmpty();
		if (!nonUrgent || !urgent) {
			broken.add("needs a 'see-doctor' care card and an 'urgent' or 'emergency' care card");
		}
	}

	private static void checkLinks(Document body, List<String> broken) {
		for (Element link : body.select("a[href]")) {
			String href = link.attr("href");
			if (href.startsWith("http") && isUnder(hostOf(href), MIRRORS)) {
				broken.add("links to a copy (" + href + "); link to the publisher's own page");
			}
		}
	}

	private static String hostOf(String url) {
		try {
			String host = new URI(url).getHost();
			return (host != null) ? host.toLowerCase(Locale.ROOT) : "";
		}
		catch (URISyntaxException ex) {
			return "";
		}
	}

	private static boolean isUnder(String host, List<String> domains) {
		return domains.stream().anyMatch((domain) -> host.equals(domain) || host.endsWith("." + domain));
	}

}
