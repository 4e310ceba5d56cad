package com.legspasms.editorial;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.legspasms.LegSpasmsApplication;
import com.legspasms.site.Article;
import com.legspasms.site.SiteContent;
import com.legspasms.site.SiteProperties;
import com.legspasms.site.SiteSnapshot;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A writer's report on every article: words, reading grade, sources, links in and out, whether a
 * review is due, and each editorial rule it breaks. Run with
 * {@code ./mvnw -q compile exec:exec@content-report}.
 */
public final class ContentReport {

	private final SiteSnapshot site;

	private final EditorialRules rules;

	private final LocalDate today;

	public ContentReport(SiteSnapshot site, EditorialRules rules, LocalDate today) {
		this.site = site;
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
			SiteSnapshot site = context.getBean(SiteContent.class).current();
			ContentReport report = new ContentReport(site, new EditorialRules(properties.hub()),
					LocalDate.now(Clock.systemDefaultZone()));
			System.out.print(report.format());
		}
	}

	public List<Row> rows() {
		List<Row> rows = new ArrayList<>();
		for (Article article : this.site.articles()) {
			ReadingLevel reading = ReadingLevel.ofHtml(article.bodyHtml());
			boolean reviewDue = article.nextReviewDue() == null || !article.nextReviewDue().isAfter(this.today);
			rows.add(new Row(article.slug(), reading.words(), reading.grade(), article.sources().size(),
					this.site.links().to(article.slug()).size(), this.site.links().from(article.slug()).size(),
					article.reviewed(), reviewDue, this.rules.check(this.site, article)));
		}
		return rows;
	}

	public String format() {
		StringBuilder out = new StringBuilder();
		out.append(String.format(Locale.ROOT, "%-42s %6s %6s %8s %4s %4s  %-10s  %s%n", "article", "words", "grade",
				"sources", "in", "out", "reviewed", "review"));
		List<Row> rows = rows();
		for (Row row : rows) {
			out.append(String.format(Locale.ROOT, "%-42s %6d %6.1f %8d %4d %4d  %-10s  %s%n", row.slug(),
					row.words(), row.grade(), row.sources(), row.linksIn(), row.linksOut(),
					(row.reviewed() != null) ? row.reviewed() : "-", row.reviewDue() ? "DUE" : "ok"));
		}
		long failing = rows.stream().filter((row) -> !row.brokenRules().isEmpty()).count();
		out.append(String.format(Locale.ROOT, "%n%d articles, %d breaking an editorial rule, %d due for review%n",
				rows.size(), failing, rows.stream().filter(Row::reviewDue).count()));
		for (Row row : rows) {
			row.brokenRules().forEach((rule) -> out.append("  ").append(row.slug()).append(": ").append(rule).append('\n'));
		}
		return out.toString();
	}

	/** One article's line of the report. */
	public record Row(String slug, int words, double grade, int sources, int linksIn, int linksOut,
			LocalDate reviewed, boolean reviewDue, List<String> brokenRules) {
	}

}
