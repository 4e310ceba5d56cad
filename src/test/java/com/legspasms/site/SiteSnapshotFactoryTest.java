package com.legspasms.site;

import java.nio.file.Path;
import java.time.LocalDate;

import com.legspasms.content.CitedSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class SiteSnapshotFactoryTest {

	@TempDir
	Path dir;

	SiteSnapshot snapshot;

	@BeforeEach
	void build() {
		this.snapshot = new ContentFixture(this.dir).write("hub.md", """
				---
				title: Muscle spasms in legs
				summary: What leg cramps are.
				category: overview
				related:
				  - stretches
				  - night-cramps
				reviewed: 2026-01-31
				sources:
				  - title: "NHS: Leg cramps"
				    url: https://www.nhs.uk/conditions/leg-cramps/
				aliases:
				  - leg-spasms
				---
				Cramps are common. See [night cramps](night-cramps.md#at-night).

				## What they are

				Text.

				## When to see a doctor

				Text.
				""")
			.article("night-cramps", "Night cramps", "causes", "Back to [the hub](hub.md).\n\n## At night\n\nText.")
			.article("exercise-cramps", "Exercise cramps", "causes", "Text about [night cramps](night-cramps.md).")
			.write("stretches.md", """
					---
					title: Stretches
					summary: Safe stretches.
					category: treatment
					order: 1
					---
					Text.
					""")
			.write("zz-first-in-causes.md", """
					---
					title: Zebra
					summary: Ordered first by its order field.
					category: causes
					order: 1
					---
					Text.
					""")
			.build("hub");
	}

	@Test
	void frontMatterIsMappedOntoTheArticle() {
		Article hub = this.snapshot.article("hub").orElseThrow();
		assertThat(hub.title()).isEqualTo("Muscle spasms in legs");
		assertThat(hub.summary()).isEqualTo("What leg cramps are.");
		assertThat(hub.category().key()).isEqualTo("overview");
		assertThat(hub.reviewed()).isEqualTo(LocalDate.of(2026, 1, 31));
		assertThat(hub.nextReviewDue()).isEqualTo(LocalDate.of(2029, 1, 31));
		assertThat(hub.sources())
			.containsExactly(new CitedSource("NHS: Leg cramps", "https://www.nhs.uk/conditions/leg-cramps/"));
		assertThat(hub.contents()).extracting("id").containsExactly("what-they-are", "when-to-see-a-doctor");
		assertThat(hub.bodyHtml()).contains("href=\"/articles/night-cramps#at-night\"");
		assertThat(this.snapshot.hub()).isSameAs(hub);
	}

	@Test
	void articlesAreGroupedByConfiguredCategoryThenOrderThenTitle() {
		assertThat(this.snapshot.sections()).extracting((section) -> section.category().key())
			.containsExactly("overview", "causes", "treatment");
		assertThat(this.snapshot.section("causes").orElseThrow().articles()).extracting(Article::slug)
			.containsExactly("zz-first-in-causes", "exercise-cramps", "night-cramps");
		assertThat(this.snapshot.articles()).extracting(Article::slug)
			.containsExactly("hub", "zz-first-in-causes", "exercise-cramps", "night-cramps", "stretches");
	}

	@Test
	void relatedConditionsAreTheRelatedListThenBacklinks() {
		Article nightCramps = this.snapshot.article("night-cramps").orElseThrow();
		assertThat(this.snapshot.relatedConditions(nightCramps)).extracting(Article::slug)
			.containsExactly("hub", "exercise-cramps");
		Article hub = this.snapshot.hub();
		assertThat(this.snapshot.relatedConditions(hub)).extracting(Article::slug)
			.containsExactly("stretches", "night-cramps");
	}

	@Test
	void neighboursAreWithinTheCategory() {
		Neighbours neighbours = this.snapshot.neighbours(this.snapshot.article("exercise-cramps").orElseThrow());
		assertThat(neighbours.previous().slug()).isEqualTo("zz-first-in-causes");
		assertThat(neighbours.next().slug()).isEqualTo("night-cramps");
		assertThat(this.snapshot.neighbours(this.snapshot.hub())).isEqualTo(new Neighbours(null, null));
	}

	@Test
	void oldSlugsPointToTheirArticle() {
		assertThat(this.snapshot.aliasTarget("leg-spasms")).contains("hub");
		assertThat(this.snapshot.aliasTarget("hub")).isEmpty();
	}

}
