package com.legspasms.rendering;

import java.util.stream.Stream;

import com.legspasms.web.SiteUrls;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Heading texts with the ids GitHub gives them (github-slugger's rule, which GitHub's
 * Markdown pipeline follows), so a link copied from GitHub's preview of an article works
 * on the site.
 */
class GitHubHeadingIdsTest {

	private final MarkdownRenderer markdown = new MarkdownRenderer(new SiteUrls());

	static Stream<Arguments> githubIds() {
		return Stream.of(Arguments.of("When to see a doctor", "when-to-see-a-doctor"),
				Arguments.of("What causes cramps?", "what-causes-cramps"), Arguments.of("Don't panic", "dont-panic"),
				Arguments.of("stretch_the calf", "stretch_the-calf"), Arguments.of("Under__score", "under__score"),
				Arguments.of("Symptoms & signs", "symptoms--signs"), Arguments.of("Step 1: stretch", "step-1-stretch"),
				Arguments.of("A.B.C.", "abc"), Arguments.of("100% sure", "100-sure"),
				Arguments.of("C++ and C#", "c-and-c"), Arguments.of("Hyphen-ated words", "hyphen-ated-words"),
				Arguments.of("Trailing dash -", "trailing-dash--"),
				Arguments.of("Question? Answer!", "question-answer"),
				Arguments.of("(Brackets) [and] {braces}", "brackets-and-braces"),
				Arguments.of("Slash/and|pipe", "slashandpipe"), Arguments.of("Version 2.0", "version-20"),
				Arguments.of("ALL CAPS", "all-caps"), Arguments.of("Leg cramps: FAQ", "leg-cramps-faq"),
				Arguments.of("Émile's \"quotes\"", "émiles-quotes"), Arguments.of("Wait...", "wait"),
				Arguments.of("Crampes à la jambe", "crampes-à-la-jambe"),
				Arguments.of("Crampes a\u0300 la jambe", "crampes-a\u0300-la-jambe"),
				Arguments.of("Ärzte und Krämpfe", "ärzte-und-krämpfe"), Arguments.of("ÉTÉ", "été"),
				Arguments.of("Café au lait", "café-au-lait"), Arguments.of("Straße", "straße"),
				Arguments.of("İstanbul", "i\u0307stanbul"), Arguments.of("🦵 Leg cramps", "-leg-cramps"),
				Arguments.of("Leg cramps 🦵", "leg-cramps-"), Arguments.of("Leg 🦵 cramps", "leg--cramps"),
				Arguments.of("Судороги в ногах", "судороги-в-ногах"), Arguments.of("こむら返り", "こむら返り"),
				Arguments.of("腿抽筋", "腿抽筋"), Arguments.of("تشنج العضلات", "تشنج-العضلات"),
				Arguments.of("Κράμπες", "κράμπες"), Arguments.of("Number ① circled", "number-①-circled"),
				Arguments.of("½ dose", "½-dose"), Arguments.of("Ω Ohm", "ω-ohm"),
				Arguments.of("Non\u2011breaking hyphen", "nonbreaking-hyphen"),
				Arguments.of("50\u201360 years", "5060-years"), Arguments.of("Soft\u00ADhyphen", "softhyphen"),
				Arguments.of("`code_span` here", "code_span-here"),
				Arguments.of("**Bold** and *italic*", "bold-and-italic"),
				Arguments.of("[Link text](other.md)", "link-text"),
				Arguments.of("Email me@example.com", "email-meexamplecom"));
	}

	@ParameterizedTest(name = "{0} -> #{1}")
	@MethodSource("githubIds")
	void headingIdsAreGitHubs(String heading, String id) {
		RenderedBody body = this.markdown.render("## " + heading + "\n", 1);
		assertThat(body.headings()).extracting(Heading::id).containsExactly(id);
		assertThat(Jsoup.parseBodyFragment(body.html()).select("h2").attr("id")).isEqualTo(id);
	}

	@Test
	void duplicatesAreNumberedAsGitHubNumbersThem() {
		RenderedBody body = this.markdown.render("""
				## Symptoms

				## Symptoms

				## Symptoms 1

				### Cramp

				### Cramp

				### Cramp
				""", 1);
		assertThat(body.headings()).extracting(Heading::id)
			.containsExactly("symptoms", "symptoms-1", "symptoms-1-1", "cramp", "cramp-1", "cramp-2");
	}

	@Test
	void doubleHyphensStayAsGitHubKeepsThem() {
		RenderedBody body = this.markdown.render("## Double--dash\n", 1);
		assertThat(body.headings()).extracting(Heading::id).containsExactly("double--dash");
	}

}
