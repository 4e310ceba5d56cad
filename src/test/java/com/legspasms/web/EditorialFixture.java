package com.legspasms.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A small content folder, written under {@code target/} for one test class, with a page
 * of each editorial kind: published and checked against its sources ({@code hub}),
 * published with a clinical sign-off and a page history but past its review date
 * ({@code calf-cramps}), published but placing a care block past its review date
 * ({@code night-cramps}), a draft and a page in review.
 */
final class EditorialFixture {

	static final Map<String, String> ARTICLES = Map.of("hub", """
			---
			title: Leg cramps hub
			summary: Everything about leg cramps in one place.
			category: overview
			reviewed: 2026-11-01
			related:
			  - calf-cramps
			sources:
			  - title: "NHS: Leg cramps"
			    url: https://www.nhs.uk/conditions/leg-cramps/
			changes:
			  - {date: 2026-11-20, kind: editorial, summary: Shorter sentences in the lead.}
			---
			Cramps are common. Read about [calf cramps](calf-cramps.md) and [night cramps](night-cramps.md).
			""", "calf-cramps", """
			---
			title: Calf cramps
			summary: Why the calf cramps and what helps.
			category: causes
			reviewed: 2020-01-01
			reviewed-by: {name: Dr Test Example, role: GP}
			sources:
			  - title: "NHS: Leg cramps"
			    url: https://www.nhs.uk/conditions/leg-cramps/
			changes:
			  - {date: 2019-12-01, kind: clinical, summary: Added when to get urgent help.}
			  - {date: 2020-02-01, kind: editorial, summary: Fixed a broken link.}
			---
			The calf is the muscle that cramps most often. Back to the [hub](hub.md).
			""", "night-cramps", """
			---
			title: Night cramps
			summary: Cramps that wake you at night.
			category: causes
			reviewed: 2026-11-01
			---
			Night cramps wake people up. Back to the [hub](hub.md).

			!!! care see-gp
			""", "draft-page", """
			---
			title: Cramps in winter
			summary: A page still being written.
			category: causes
			status: draft
			---
			Half written. Back to the [hub](hub.md).
			""", "review-page", """
			---
			title: Cramps in summer
			summary: A page waiting for its review.
			category: causes
			status: in-review
			---
			Written, waiting for sign-off. Back to the [hub](hub.md).
			""");

	static final String CARE_BLOCK = """
			---
			urgency: see-doctor
			title: "See a GP if:"
			reviewed: 2020-01-01
			sources:
			  - title: "NHS: Leg cramps"
			    url: https://www.nhs.uk/conditions/leg-cramps/
			---
			- cramps often wake you up
			""";

	private EditorialFixture() {
	}

	/** Writes the folder and points the site at it, with {@code hub} as its hub. */
	static Path write(DynamicPropertyRegistry registry, String name) {
		try {
			Path dir = Files.createTempDirectory(Files.createDirectories(Path.of("target")), name + "-");
			Files.createDirectories(dir.resolve("articles"));
			Files.createDirectories(dir.resolve("care"));
			for (Map.Entry<String, String> article : ARTICLES.entrySet()) {
				Files.writeString(dir.resolve("articles/" + article.getKey() + ".md"), article.getValue());
			}
			Files.writeString(dir.resolve("care/see-gp.md"), CARE_BLOCK);
			registry.add("site.content-dir", dir::toString);
			registry.add("site.hub", () -> "hub");
			registry.add("site.popular[0]", () -> "hub");
			registry.add("site.compare-care-blocks", () -> "");
			return dir;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
