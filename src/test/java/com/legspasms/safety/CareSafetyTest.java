package com.legspasms.safety;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.legspasms.content.Urgency;
import com.legspasms.editorial.SourcePolicy;
import com.legspasms.rendering.CareCardKind;
import com.legspasms.rendering.CareCardWording;
import com.legspasms.rendering.MarkdownRenderer;
import com.legspasms.rendering.ReadingLevel;
import com.legspasms.site.Article;
import com.legspasms.site.CareBlock;
import com.legspasms.site.PublishedSite;
import com.legspasms.site.SiteSnapshot;
import com.legspasms.web.SiteUrls;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The safety check over the real {@code content/}, the templates and the README's
 * examples: each health page places the care blocks its condition needs, no card mixes
 * urgencies (the NHS care-card pattern: one urgency per card), every emergency card says
 * what to do, no card or block is empty or unsourced, and the blood-clot signs are never
 * written as one list that must all be true (brief §13.1).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CareSafetyTest {

	/**
	 * The blocks each health page must place. Every page that describes a swollen or
	 * painful leg places the clot blocks; grow this table when pages arrive.
	 */
	static final Map<String, List<String>> REQUIRED_BLOCKS = Map.ofEntries(
			Map.entry("muscle-spasms-in-legs", List.of("dvt-signs", "pulmonary-embolism")),
			Map.entry("when-to-see-a-doctor-about-leg-cramps",
					List.of("dvt-signs", "pulmonary-embolism", "acute-limb-ischaemia", "cauda-equina")),
			Map.entry("muscle-pain-in-legs", List.of("dvt-signs", "pulmonary-embolism")),
			Map.entry("pain-in-legs-at-night", List.of("dvt-signs", "pulmonary-embolism", "critical-limb-ischaemia")),
			Map.entry("symptoms-of-muscle-spasms-in-legs", List.of("dvt-signs", "pulmonary-embolism")),
			Map.entry("nocturnal-leg-cramps", List.of("dvt-signs", "pulmonary-embolism")),
			Map.entry("deep-vein-thrombosis", List.of("dvt-signs", "pulmonary-embolism")),
			Map.entry("leg-cramps-in-pregnancy", List.of("dvt-signs", "pulmonary-embolism", "pre-eclampsia")),
			Map.entry("peripheral-artery-disease", List.of("acute-limb-ischaemia", "critical-limb-ischaemia")),
			Map.entry("spinal-stenosis", List.of("cauda-equina")),
			Map.entry("exercise-associated-muscle-cramps", List.of("heatstroke", "muscle-breakdown")),
			Map.entry("medicines-that-can-cause-muscle-cramps", List.of("statin-muscle-pain")),
			Map.entry("heat-cramps-and-heat-illness", List.of("heatstroke", "heat-exhaustion")),
			Map.entry("severe-muscle-pain-after-exercise-or-injury",
					List.of("muscle-breakdown", "compartment-syndrome", "dvt-signs", "pulmonary-embolism")),
			Map.entry("sciatica", List.of("cauda-equina", "dvt-signs", "pulmonary-embolism")),
			Map.entry("bakers-cyst", List.of("bakers-cyst", "dvt-signs", "pulmonary-embolism")),
			Map.entry("cellulitis", List.of("cellulitis", "dvt-signs", "pulmonary-embolism")),
			Map.entry("leg-pain-in-children", List.of("child-leg-pain-red-flags", "child-leg-pain-emergency")),
			Map.entry("cramps-with-long-term-conditions", List.of("statin-muscle-pain")));

	/**
	 * A clot's signs written as one list that must all be true: "swollen, warm, red and
	 * painful".
	 */
	private static final Pattern ALL_OF_CLOT_LIST = Pattern.compile(
			"\\b(swollen|warm|hot|red|painful|tender|sore)(,\\s*(swollen|warm|hot|red|painful|tender|sore)){1,},?\\s+and\\s+(swollen|warm|hot|red|painful|tender|sore)\\b",
			Pattern.CASE_INSENSITIVE);

	@Autowired
	PublishedSite content;

	@LocalServerPort
	int port;

	@TestFactory
	Stream<DynamicTest> eachHealthPagePlacesTheBlocksItsConditionNeeds() {
		SiteSnapshot snapshot = this.content.current();
		return REQUIRED_BLOCKS.entrySet().stream().map((entry) -> DynamicTest.dynamicTest(entry.getKey(), () -> {
			Article article = snapshot.article(entry.getKey()).orElseThrow();
			Document body = Jsoup.parseBodyFragment(article.bodyHtml());
			for (String block : entry.getValue()) {
				assertThat(body.select("[data-care-block=" + block + "]"))
					.as("content/articles/%s.md places care block '%s'", entry.getKey(), block)
					.isNotEmpty();
			}
		}));
	}

	/**
	 * Chest cramps are on the "see a doctor promptly" card; chest pain with
	 * breathlessness is 999.
	 */
	@Test
	void everyPageWithThePromptlyCardAlsoHasTheLungClotCard() {
		for (Article article : this.content.current().articles()) {
			if (article.careBlocks().contains("cramps-see-doctor-promptly")) {
				assertThat(article.careBlocks()).as("content/articles/%s.md", article.slug())
					.contains("pulmonary-embolism");
			}
		}
	}

	@TestFactory
	Stream<DynamicTest> noCardMixesUrgencies() throws IOException {
		return cards().stream().map((card) -> DynamicTest.dynamicTest(card.where(), () -> {
			String text = card.text();
			assertThat(text).as("%s: a card holds its list of signs", card.where()).isNotBlank();
			assertThat(CareCardWording.problem(CareCardKind.of(card.urgency()), text))
				.as("%s (\"%s\")", card.where(), text)
				.isEmpty();
		}));
	}

	@TestFactory
	Stream<DynamicTest> everyBlockIsSourcedReviewedAndPlain() {
		SourcePolicy policy = SourcePolicy.load();
		return this.content.current().careBlocks().stream().map((block) -> DynamicTest.dynamicTest(block.name(), () -> {
			assertThat(block.sources()).as("%s lists its sources", block.file()).isNotEmpty();
			block.sources()
				.forEach((source) -> assertThat(policy.problemWithSource(source.url()))
					.as("%s: source '%s'", block.file(), source.title())
					.isNull());
			assertThat(block.reviewed()).as("%s has a reviewed date", block.file()).isNotNull();
			Element card = Jsoup.parseBodyFragment(block.cardHtml()).selectFirst(".care-card");
			assertThat(card.select("li")).as("%s lists its signs", block.file()).isNotEmpty();
			card.select("a[href]")
				.forEach((link) -> assertThat(policy.problemWithLink(link.attr("href")))
					.as("%s links to %s", block.file(), link.attr("href"))
					.isNull());
			assertThat(ReadingLevel.ofHtml(block.cardHtml()).grade()).as("%s reading grade", block.file())
				.isLessThanOrEqualTo(8.0);
		}));
	}

	@Test
	void clotSignsAreNeverWrittenAsOneListThatMustAllBeTrue() throws IOException {
		List<Path> files = new ArrayList<>();
		try (Stream<Path> paths = Stream.concat(Files.walk(Path.of("content")),
				Files.walk(Path.of("src/main/resources/templates")))) {
			paths.filter(Files::isRegularFile)
				.filter((path) -> path.toString().endsWith(".md") || path.toString().endsWith(".html"))
				.forEach(files::add);
		}
		files.add(Path.of("README.md"));
		List<String> found = new ArrayList<>();
		for (Path file : files) {
			List<String> lines = Files.readAllLines(file);
			for (int i = 0; i < lines.size(); i++) {
				Matcher matcher = ALL_OF_CLOT_LIST.matcher(lines.get(i));
				if (matcher.find()) {
					found.add(file + ":" + (i + 1) + ": \"" + matcher.group() + "\"");
				}
			}
		}
		assertThat(found).as("signs listed so that all must be true; list each sign on its own").isEmpty();
	}

	@Test
	void theClotBlockNamesTheThighAndDarkerSkin() {
		CareBlock clot = this.content.current().careBlock("dvt-signs").orElseThrow();
		String text = Jsoup.parseBodyFragment(clot.cardHtml()).text().toLowerCase(Locale.ROOT);
		assertThat(text).contains("thigh").containsAnyOf("brown or black skin", "darker skin", "dark skin");
		assertThat(Jsoup.parseBodyFragment(clot.cardHtml()).select("li").size()).as("each sign on its own")
			.isGreaterThanOrEqualTo(4);
	}

	/**
	 * Every care card a reader can see: in each article, on /compare, and in the README's
	 * examples.
	 */
	private List<Card> cards() throws IOException {
		List<Card> cards = new ArrayList<>();
		SiteSnapshot snapshot = this.content.current();
		for (Article article : snapshot.articles()) {
			cardsIn(Jsoup.parseBodyFragment(article.bodyHtml()), "content/articles/" + article.slug() + ".md", cards);
		}
		for (CareBlock block : snapshot.careBlocks()) {
			cardsIn(Jsoup.parseBodyFragment(block.cardHtml()), block.file(), cards);
		}
		cardsIn(Jsoup.connect("http://localhost:" + this.port + "/compare").get(), "/compare", cards);
		MarkdownRenderer markdown = new MarkdownRenderer(new SiteUrls());
		Matcher block = Pattern.compile("```markdown\\n([\\s\\S]*?)```")
			.matcher(Files.readString(Path.of("README.md")));
		while (block.find()) {
			String example = block.group(1).replaceAll("(?m)^  ", "");
			cardsIn(Jsoup.parseBodyFragment(markdown.render(example, 1).html()), "README.md example", cards);
		}
		return cards;
	}

	private static void cardsIn(Document page, String where, List<Card> cards) {
		for (Element card : page.select(".care-card")) {
			Urgency urgency = card.hasClass("care-card--see-doctor") ? Urgency.SEE_DOCTOR
					: card.hasClass("care-card--urgent") ? Urgency.URGENT
							: card.hasClass("care-card--emergency") ? Urgency.EMERGENCY : null;
			if (urgency == null) {
				continue;
			}
			Element copy = card.clone();
			copy.select(".visually-hidden").remove();
			String name = card.hasAttr("data-care-block") ? " (block " + card.attr("data-care-block") + ")" : "";
			cards.add(new Card(where + ": " + urgency.key() + " card '" + copy.selectFirst(".care-card__title").text()
					+ "'" + name, urgency, copy.text()));
		}
	}

	private record Card(String where, Urgency urgency, String text) {
	}

}
