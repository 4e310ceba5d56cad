package com.legspasms.content;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Front matter read straight through {@link FrontMatterReader}: each input below gives
 * exactly the listed problems ({@code LINE: message}, the file's line as the loader
 * counts it, from 2, in the site's order) and, when it has none, exactly the listed
 * record, so that the wording and lines writers see and what is read stay the same
 * whatever does the reading.
 */
class FrontMatterReaderTest {

	private static final String GOOD = """
			title: Good
			summary: A good page.
			category: causes
			""";

	private static final String GOOD_BLOCK = """
			urgency: urgent
			title: "Call 111 if:"
			reviewed: 2026-11-29
			sources:
			  - title: NHS
			    url: https://www.nhs.uk/
			""";

	private final FrontMatterReader reader = new FrontMatterReader(List.of("overview", "causes"));

	static List<Object[]> articles() {
		return Cases.ARTICLES;
	}

	static List<Object[]> careBlocks() {
		return Cases.CARE_BLOCKS;
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("articles")
	void articleProblemsKeepTheirWordingAndLines(String yaml, String result, List<String> expected) {
		List<ContentProblem> problems = new ArrayList<>();
		FrontMatterReader.Result read = this.reader.read("a.md", yaml, 2, problems);
		assertThat(byLine(problems)).containsExactlyElementsOf(expected);
		assertThat((read != null) ? read.toString() : null).isEqualTo(result);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("careBlocks")
	void careBlockProblemsKeepTheirWordingAndLines(String yaml, String result, List<String> expected) {
		List<ContentProblem> problems = new ArrayList<>();
		FrontMatterReader.CareBlockResult read = this.reader.readCareBlock("b.md", yaml, 2, problems);
		assertThat(byLine(problems)).containsExactlyElementsOf(expected);
		assertThat((read != null) ? read.toString() : null).isEqualTo(result);
	}

	/**
	 * Problems as the site lists them: by line, in the order found within a line
	 * ({@link ContentProblem}'s order).
	 */
	private static List<String> byLine(List<ContentProblem> problems) {
		return problems.stream().sorted().map((problem) -> problem.line() + ": " + problem.message()).toList();
	}

	static final class Cases {

		static final List<Object[]> ARTICLES = new ArrayList<>();

		static final List<Object[]> CARE_BLOCKS = new ArrayList<>();

		private static void article(String yaml, String result, String... expected) {
			ARTICLES.add(new Object[] { yaml, result, List.of(expected) });
		}

		private static void block(String yaml, String result, String... expected) {
			CARE_BLOCKS.add(new Object[] { yaml, result, List.of(expected) });
		}

		static {
			article("title: Good\nsummary: A good page.\ncategory: causes\n",
					"Result[frontMatter=FrontMatter[title=Good, summary=A good page., category=causes, related=[], reviewed=null, sources=[], order=null, aliases=[], condition=null, profile=null, status=PUBLISHED, reviewedBy=null, changes=[]], fieldLines={summary=3, title=2, category=4}, relatedLines=[]]");
			article("title: Good\nsummary: A good page.\ncategory: causes\nrelated:\n  - other-page\n  - Bad Slug\n  - [x]\naliases: old-page\nreviewed: 2026-13-01\norder: two\ncondition: ~\nstatus: ready\nsources:\n  - title: NHS\n    url: https://www.nhs.uk/\n  - title: Bad\n    url: javascript:alert(1)\n  - just text\n  - title: No url\n  - title: X\n    url: https://x.org/\n    note: extra\n",
					null, "7: 'related' entry must be an article slug such as leg-cramps",
					"8: 'related' entry must be an article slug such as leg-cramps",
					"9: 'aliases' must be a list of article slugs, one '- slug' per line",
					"10: 'reviewed' must be a date written as YYYY-MM-DD", "11: 'order' must be a whole number",
					"13: unknown status 'ready' (use one of: draft, in-review, published)",
					"18: source url 'javascript:alert(1)' must be a full web address starting with https://",
					"19: each source needs a 'title' and a 'url'", "20: each source needs a 'title' and a 'url'",
					"23: unknown source field 'note' (known fields: title, url)");
			article("summary: A good page.\ncategory: gossip\nTitle: Upper\nreviewed_by: someone\nreviewedBy: someone\ncategroy: x\nsummary: again\n",
					null, "2: missing required field 'title'",
					"3: unknown category 'gossip' (configured categories: overview, causes)",
					"4: unknown field 'Title' (known fields: title, summary, category, related, reviewed, sources, order, aliases, condition, profile, status, reviewed-by, changes)",
					"5: unknown field 'reviewed_by' (known fields: title, summary, category, related, reviewed, sources, order, aliases, condition, profile, status, reviewed-by, changes)",
					"6: unknown field 'reviewedBy' (known fields: title, summary, category, related, reviewed, sources, order, aliases, condition, profile, status, reviewed-by, changes)",
					"7: unknown field 'categroy' (known fields: title, summary, category, related, reviewed, sources, order, aliases, condition, profile, status, reviewed-by, changes)",
					"8: field 'summary' is given twice");
			article("title: \"\"\nsummary: \"   \"\ncategory: [causes]\ncondition: [a]\n", null,
					"2: field 'title' must be a line of text", "3: field 'summary' must be a line of text",
					"4: field 'category' must be a line of text", "5: field 'condition' must be a line of text");
			article("title: ~\nsummary: 123\ncategory: causes\norder: 0x10\nreviewed: [2026-01-01]\n", null,
					"2: field 'title' must be a line of text", "5: 'order' must be a whole number",
					"6: 'reviewed' must be a date written as YYYY-MM-DD");
			article("title: Good\nsummary: A good page.\ncategory: causes\nstatus: Draft\n", null,
					"5: unknown status 'Draft' (use one of: draft, in-review, published)");
			article("title: Good\nsummary: A good page.\ncategory: causes\nstatus: in-review\norder: 3\nreviewed: 2026-11-01\nrelated: ~\nsources: ~\n",
					"Result[frontMatter=FrontMatter[title=Good, summary=A good page., category=causes, related=[], reviewed=2026-11-01, sources=[], order=3, aliases=[], condition=null, profile=null, status=IN_REVIEW, reviewedBy=null, changes=[]], fieldLines={summary=3, related=8, sources=9, reviewed=7, title=2, category=4, status=5, order=6}, relatedLines=[]]");
			article("title: Good\nsummary: A good page.\ncategory: causes\nreviewed-by: Dr A\n", null,
					"5: 'reviewed-by' must give the clinician's 'name' and 'role', such as {name: Dr A Patel, role: GP}");
			article("title: Good\nsummary: A good page.\ncategory: causes\nreviewed-by:\n  name: Dr A\n  grade: 3\n",
					null,
					"6: 'reviewed-by' must give the clinician's 'name' and 'role', such as {name: Dr A Patel, role: GP}",
					"7: unknown reviewed-by field 'grade' (known fields: name, role)");
			article("title: Good\nsummary: A good page.\ncategory: causes\nreviewed-by: {name: Dr A, role: GP}\n",
					"Result[frontMatter=FrontMatter[title=Good, summary=A good page., category=causes, related=[], reviewed=null, sources=[], order=null, aliases=[], condition=null, profile=null, status=PUBLISHED, reviewedBy=ClinicalReviewer[name=Dr A, role=GP], changes=[]], fieldLines={summary=3, reviewed-by=5, title=2, category=4}, relatedLines=[]]");
			article("title: Good\nsummary: A good page.\ncategory: causes\nreviewed-by: {name: \"\", role: GP}\n", null,
					"5: field 'reviewed-by.name' must be a line of text",
					"5: 'reviewed-by' must give the clinician's 'name' and 'role', such as {name: Dr A Patel, role: GP}");
			article("title: Good\nsummary: A good page.\ncategory: causes\nreviewed: 2026-11-01\nchanges:\n  - {date: 2026-10-01, kind: clinical, summary: Fine.}\n  - {date: 2026-11-02, kind: clinical, summary: After review.}\n  - {date: 2026-11-02, kind: typo, summary: Odd kind.}\n  - {date: 2026-02-30, kind: editorial, summary: Bad date.}\n  - {date: 2026-10-01, kind: editorial}\n  - {date: 2026-10-01, kind: editorial, summary: x, by: me}\n  - just text\n",
					null,
					"8: clinical change of 2026-11-02 is after the page was last reviewed (2026-11-01): a clinical change needs a review; set 'reviewed' once the page has been checked",
					"9: unknown change kind 'typo' (use one of: clinical, editorial)",
					"10: 'changes.date' must be a date written as YYYY-MM-DD",
					"11: 'changes' must be a list of entries with a date, a kind (clinical or editorial) and a summary",
					"12: unknown change field 'by' (known fields: date, kind, summary)",
					"13: 'changes' must be a list of entries with a date, a kind (clinical or editorial) and a summary");
			article("title: Good\nsummary: A good page.\ncategory: causes\nchanges: {date: 2026-10-01}\n", null,
					"5: 'changes' must be a list of entries with a date, a kind (clinical or editorial) and a summary");
			article("title: Good\nsummary: A good page.\ncategory: causes\nchanges:\n  - {date: 2026-10-01, kind: clinical, summary: Never reviewed.}\n",
					null,
					"6: clinical change of 2026-10-01 is after the page was last reviewed (never): a clinical change needs a review; set 'reviewed' once the page has been checked");
			article("title: Good\nsummary: A good page.\ncategory: causes\nprofile: night cramps\n", null,
					"5: 'profile' must be fields such as 'comes-on: [night]', indented under it");
			article("title: Good\nsummary: A good page.\ncategory: causes\nprofile:\n  name: Odd\n  comes-on: [night, full-moon]\n  felt-in: calf\n  feels-like: Odd.\n  lasts: Minutes.\n  eased-by: []\n  worse-with: [a]\n  warning-signs: None.\n  colour: blue\n",
					null,
					"7: profile field 'comes-on' has an unknown value 'full-moon' (use one or more of: night, exercise, walking, standing, rest, heat, any-time)",
					"8: profile field 'felt-in' must be a list such as [calf] (use one or more of: calf, foot, thigh, knee, buttock, lower-back, one-leg, both-legs)",
					"11: profile field 'eased-by' must be a list such as [stretching] (use one or more of: stretching, moving, rest, sitting, self-care, medical-care)",
					"12: field 'profile.worse-with' must be a line of text",
					"14: unknown profile field 'colour' (known fields: comes-on, eased-by, feels-like, felt-in, lasts, name, warning-signs, worse-with)");
			article("title: Good\nsummary: A good page.\ncategory: causes\nprofile:\n  name: Thin\n  comes-on: [night]\n",
					null,
					"6: profile field 'felt-in' is missing (use one or more of: calf, foot, thigh, knee, buttock, lower-back, one-leg, both-legs)",
					"6: profile field 'feels-like' is missing", "6: profile field 'lasts' is missing",
					"6: profile field 'eased-by' is missing (use one or more of: stretching, moving, rest, sitting, self-care, medical-care)",
					"6: profile field 'worse-with' is missing", "6: profile field 'warning-signs' is missing");
			article("title: Good\nsummary: A good page.\ncategory: causes\nprofile:\n  name: Full\n  comes-on: [night]\n  felt-in: [calf, foot]\n  feels-like: Sharp.\n  lasts: Minutes.\n  eased-by: [stretching]\n  worse-with: Heat.\n  warning-signs: Swelling.\n",
					"Result[frontMatter=FrontMatter[title=Good, summary=A good page., category=causes, related=[], reviewed=null, sources=[], order=null, aliases=[], condition=null, profile=Profile[name=Full, comesOn=[night], feltIn=[calf, foot], feelsLike=Sharp., lasts=Minutes., easedBy=[stretching], worseWith=Heat., warningSigns=Swelling.], status=PUBLISHED, reviewedBy=null, changes=[]], fieldLines={summary=3, profile=5, title=2, category=4}, relatedLines=[]]");
			article("title: Good\nsummary: This summary is far too long for the listing because it goes on and on and on and on and on and on and on and on and on and on and on and on and on and on and on and on.\ncategory: causes\ntitle: Twice\n",
					null, "3: summary is 169 characters long; the limit is 160", "5: field 'title' is given twice");
			article("- a\n- b\n", null, "2: front matter must be YAML fields such as 'title: ...', one per line");
			article("just text\n", null, "2: front matter must be YAML fields such as 'title: ...', one per line");
			article("title: Cramps\nsummary: Sciatica: nerve pain\ncategory: causes\n", null,
					"3: malformed YAML in front matter: mapping values are not allowed here (put the value in quotes "
							+ "if it contains a colon, such as summary: \"Sciatica: nerve pain\")");
			article("title: [unclosed\n", null,
					"3: malformed YAML in front matter: expected ',' or ']', but got <stream end>");
			article("a: &a [x, x]\nb: &b [*a, *a]\nc: &c [*b, *b]\nd: &d [*c, *c]\ne: &e [*d, *d]\nf: &f [*e, *e]\ng: &g [*f, *f]\nh: [*g, *g, *g, *g, *g, *g, *g, *g, *g, *g, *g, *g, *g, *g, *g, *g, *g, *g, *g, *g, *g, *g, *g, *g, *g, *g, *g, *g, *g, *g, *g, *g, *g, *g, *g, *g, *g, *g, *g, *g, *g, *g, *g, *g, *g, *g, *g, *g, *g, *g, *g, *g]\n",
					null,
					"2: front matter cannot be read: Number of aliases for non-scalar nodes exceeds the specified max=50");
			article("title: yes\nsummary: 2026-01-01\ncategory: causes\ncondition: true\nrelated: [no, on]\n",
					"Result[frontMatter=FrontMatter[title=yes, summary=2026-01-01, category=causes, related=[no, on], reviewed=null, sources=[], order=null, aliases=[], condition=true, profile=null, status=PUBLISHED, reviewedBy=null, changes=[]], fieldLines={summary=3, condition=5, related=6, title=2, category=4}, relatedLines=[6, 6]]");
			article("? [complex]\n: value\ntitle: Good\nsummary: A good page.\ncategory: causes\n", null,
					"2: unknown field '(sequence)' (known fields: title, summary, category, related, reviewed, sources, order, aliases, condition, profile, status, reviewed-by, changes)");
			article("title: Good\nsummary: A good page.\ncategory: causes\nsources:\n  title: NHS\n", null,
					"6: 'sources' must be a list of entries with a title and a url");
			article("title: Good\nsummary: A good page.\ncategory: causes\nrelated: []\naliases: [old-name]\nsources: []\n",
					"Result[frontMatter=FrontMatter[title=Good, summary=A good page., category=causes, related=[], reviewed=null, sources=[], order=null, aliases=[old-name], condition=null, profile=null, status=PUBLISHED, reviewedBy=null, changes=[]], fieldLines={summary=3, aliases=6, related=5, sources=7, title=2, category=4}, relatedLines=[]]");
			block("urgency: urgent\ntitle: \"Call 111 if:\"\nreviewed: 2026-11-29\nsources:\n  - title: NHS\n    url: https://www.nhs.uk/\n",
					"CareBlockResult[frontMatter=CareBlockFrontMatter[urgency=URGENT, title=Call 111 if:, reviewed=2026-11-29, sources=[CitedSource[title=NHS, url=https://www.nhs.uk/]], home=null, triggers=[]], fieldLines={sources=5, urgency=2, reviewed=4, title=3}]");
			block("urgency: soon\ntriggers: swollen calf\n", null,
					"2: unknown urgency 'soon' (use one of: see-doctor, urgent, emergency)",
					"2: missing required field 'title'", "2: missing required field 'reviewed'",
					"2: missing required field 'sources'",
					"3: 'triggers' must be a list of short phrases, one '- phrase' per line");
			block("urgency: urgent\ntitle: \"Call 111 if:\"\nreviewed: 2026-11-29\nsources: []\nhome: Not A Slug\ntriggers: [swollen calf, [x], \"\"]\nextra: 1\n",
					null, "5: 'sources' must list at least one source",
					"6: 'home' must be an article slug such as leg-cramps",
					"7: field 'triggers' must be a line of text", "7: field 'triggers' must be a line of text",
					"8: unknown field 'extra' (known fields: urgency, title, reviewed, sources, home, triggers)");
			block("urgency: [urgent]\ntitle: \"Call 111 if:\"\nreviewed: soon\nsources: ~\nhome: deep-vein-thrombosis\ntriggers: []\n",
					null, "2: field 'urgency' must be a line of text",
					"4: 'reviewed' must be a date written as YYYY-MM-DD", "5: 'sources' must list at least one source",
					"7: 'triggers' must be a list of short phrases, one '- phrase' per line");
			block("urgency: Urgent\ntitle: \"Call 111 if:\"\nreviewed: 2026-11-29\nsources:\n  - title: NHS\n    url: https://www.nhs.uk/\nhome: ~\ntriggers: ~\n",
					null, "2: unknown urgency 'Urgent' (use one of: see-doctor, urgent, emergency)",
					"9: 'triggers' must be a list of short phrases, one '- phrase' per line");
		}

	}

}
