package com.legspasms.editorial;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.legspasms.LegSpasmsApplication;
import com.legspasms.rendering.ReadingLevel;
import com.legspasms.site.Article;
import com.legspasms.site.PublishedSite;
import com.legspasms.site.SiteProperties;
import com.legspasms.site.SiteSnapshot;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A writer's report on every article: words and reading grade of its own text (without
 * the care blocks it places), sources, links in and out, whether a review is due, and
 * each editorial rule it breaks; then every shared care block with its urgency, review
 * date (flagged when due) and the pages that place it. Run with
 * {@code ./mvnw -q compile exec:exec@content-report}.
 */
public final class ContentReport {

	private final SiteSnapshot snapshot;

	private final EditorialRules rules;

	private final LocalDate today;

	public ContentReport(SiteSnapshot snapshot, EditorialRules rules, LocalDate today) {
		this.snapshot = snapshot;
		this.rules = rules;
		this.today = today;
	}

	public static void main(String[] args) {
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(LegSpasmsApplication.class)
			.web(WebApplicationType.NONE)
			.logStartupInfo(false)
			.properties("logging.level.root=WARN")
			.run(args)) {
			SiteProperties properties = context.getBean(SiteProperties.class);
			SiteSnapshot snapshot = context.getBean(PublishedSite.class).current();
			ContentReport report = new ContentReport(snapshot, new EditorialRules(properties.hub()),
					LocalDate.now(Clock.systemDefaultZone()));
			System.out.print(report.format());
		}
	}

	public List<Row> rows() {
		List<Row> rows = new ArrayList<>();
		for (Article article : this.snapshot.articles()) {
			ReadingLevel reading = article.text().ownReading();
			boolean reviewDue = article.nextReviewDue() == null || !article.nextReviewDue().isAfter(this.today);
			rows.add(new Row(article.slug(), reading.words(), reading.grade(), article.sources().size(),
					this.snapshot.links().to(article.slug()).size(), this.snapshot.links().from(article.slug()).size(),
					article.reviewed(), reviewDue, this.rules.check(this.snapshot, article)));
		}
		return rows;
	}

	public String format() {
		StringBuilder out = new StringBuilder();
		out.append(String.format(Locale.ROOT, "%-42s %6s %6s %8s %4s %4s  %-10s  %s%n", "article", "words", "grade",
				"sources", "in", "out", "reviewed", "review"));
		List<Row> rows = rows();
		for (Row row : rows) {
			out.append(String.format(Locale.ROOT, "%-42s %6d %6.1f %8d %4d %4d  %-10s  %s%n", row.slug(), row.words(),
					row.grade(), row.sources(), row.linksIn(), row.linksOut(),
					(row.reviewed() != null) ? row.reviewed() : "-", row.reviewDue() ? "DUE" : "ok"));
		}
		long failing = rows.stream().filter((row) -> !row.brokenRules().isEmpty()).count();
		out.append(String.format(Locale.ROOT, "%n%d articles, %d breaking an editorial rule, %d due for review%n",
				rows.size(), failing, rows.stream().filter(Row::reviewDue).count()));
		for (Row row : rows) {
			row.brokenRules()
				.forEach((rule) -> out.append("  ").append(row.slug()).append(": ").append(rule).append('\n'));
		}
		List<CareBlockRow> blocks = careBlockRows();
		out.append(String.format(Locale.ROOT, "%n%-28s %-10s  %-10s  %-6s  %s%n", "care block", "urgency", "reviewed",
				"review", "placed on"));
		for (CareBlockRow block : blocks) {
			out.append(String.format(Locale.ROOT, "%-28s %-10s  %-10s  %-6s  %s%n", block.name(), block.urgency(),
					block.reviewed(), block.reviewDue() ? "DUE" : "ok",
					block.placedOn().isEmpty() ? "(no page)" : String.join(", ", block.placedOn())));
		}
		out.append(String.format(Locale.ROOT, "%n%d care blocks, %d due for review%n", blocks.size(),
				blocks.stream().filter(CareBlockRow::reviewDue).count()));
		return out.toString();
	}

	/**
	 * One line per shared care block: its urgency, review date, whether a review is due,
	 * and where it is placed.
	 * @return one row per care block, in name order
	 */
	public List<CareBlockRow> careBlockRows() {
		return this.snapshot.careBlocks()
			.stream()
			.map((block) -> new CareBlockRow(block.name(), block.urgency().key(), block.reviewed(),
					block.isDueForReview(this.today),
					this.snapshot.placements(block).stream().map(Article::slug).toList()))
			.toList();
	}

	/**
	 * One care block's line of the report.
	 *
	 * @param name the block's name, its file name without {@code .md}
	 * @param urgency the block's urgency as written in its front matter
	 * ({@code see-doctor}, {@code urgent} or {@code emergency})
	 * @param reviewed the date its facts were last checked
	 * @param reviewDue whether that date is older than the review interval
	 * @param placedOn the slugs of the articles that place the block
	 */
	public record CareBlockRow(String name, String urgency, LocalDate reviewed, boolean reviewDue,
			List<String> placedOn) {
	}

	/**
	 * One article's line of the report.
	 *
	 * @param slug the article's slug
	 * @param words the number of words in its body
	 * @param grade its reading grade (US school grade; the rules ask for at most
	 * {@link EditorialRules#MAX_GRADE})
	 * @param sources the number of sources it cites
	 * @param linksIn the number of other articles whose bodies link to it
	 * @param linksOut the number of other articles its body links to
	 * @param reviewed the date its facts were last checked
	 * @param reviewDue whether that date is older than the review interval
	 * @param brokenRules the editorial rules it breaks, one sentence each; empty when
	 * none
	 */
	public record Row(String slug, int words, double grade, int sources, int linksIn, int linksOut, LocalDate reviewed,
			boolean reviewDue, List<String> brokenRules) {
	}

}
