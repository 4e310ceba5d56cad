package com.legspasms.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Period;
import java.util.List;

import com.legspasms.content.ContentProblem;
import com.legspasms.content.InvalidContentException;
import com.legspasms.rendering.MarkdownRenderer;
import com.legspasms.web.SiteUrls;

/**
 * A content folder written by a test, with a factory configured like the real site.
 */
public final class ContentFixture {

	public static final List<Category> CATEGORIES = List.of(new Category("overview", "Overview", "Start here."),
			new Category("causes", "Causes", "Why legs cramp."), new Category("treatment", "Treatment", "What helps."));

	private final Path dir;

	public ContentFixture(Path dir) {
		this.dir = dir;
		try {
			Files.createDirectories(dir.resolve("articles"));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public Path dir() {
		return this.dir;
	}

	public ContentFixture write(String fileName, String text) {
		try {
			Files.writeString(this.dir.resolve("articles").resolve(fileName), text);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return this;
	}

	/** Writes a shared care block, {@code care/NAME.md}. */
	public ContentFixture careBlock(String name, String text) {
		try {
			Files.createDirectories(this.dir.resolve("care"));
			Files.writeString(this.dir.resolve("care").resolve(name + ".md"), text);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return this;
	}

	/** A problem in one of this folder's care blocks. */
	public ContentProblem careProblem(String name, int line, String message) {
		Path path = this.dir.resolve("care").resolve(name + ".md").toAbsolutePath();
		Path workingDir = Path.of("").toAbsolutePath();
		return new ContentProblem((path.startsWith(workingDir) ? workingDir.relativize(path) : path).toString(), line,
				message);
	}

	/**
	 * An article whose front matter and body are valid, for tests that break one thing
	 * elsewhere.
	 */
	public ContentFixture article(String slug, String title, String category, String body) {
		return write(slug + ".md", """
				---
				title: %s
				summary: A short summary of %s.
				category: %s
				---
				%s
				""".formatted(title, title, category, body));
	}

	/**
	 * The path as problems report it: relative to the working directory where possible.
	 */
	public String file(String fileName) {
		Path path = this.dir.resolve("articles").resolve(fileName).toAbsolutePath();
		Path workingDir = Path.of("").toAbsolutePath();
		return (path.startsWith(workingDir) ? workingDir.relativize(path) : path).toString();
	}

	public SiteSnapshot build(String hub) {
		return build(hub, false, false);
	}

	/**
	 * Builds as a live reload does: links to missing articles are reported, not refused.
	 */
	public SiteSnapshot buildTolerant(String hub) {
		return factory(hub, false, false).build(this.dir, true);
	}

	/**
	 * Builds the site as configured by the two editorial settings.
	 * @param preview {@code site.preview}: drafts and pages in review are kept
	 * @param requireClinicalSignOff {@code site.require-clinical-sign-off}
	 */
	public SiteSnapshot build(String hub, boolean preview, boolean requireClinicalSignOff) {
		return factory(hub, preview, requireClinicalSignOff).build(this.dir);
	}

	private SiteSnapshotFactory factory(String hub, boolean preview, boolean requireClinicalSignOff) {
		return new SiteSnapshotFactory(properties(this.dir, hub, preview, requireClinicalSignOff),
				new MarkdownRenderer(new SiteUrls()));
	}

	/**
	 * Settings like the real site's for a content folder written by a test: no popular
	 * articles, no comparison blocks, a three-year review interval and the fixture's
	 * categories. The one place tests build {@link SiteProperties}, so a new setting
	 * touches one test file.
	 */
	public static SiteProperties properties(Path dir, String hub, boolean preview, boolean requireClinicalSignOff) {
		return new SiteProperties("Test site", "Tagline.", "http://localhost:8080", dir.toString(), hub, List.of(),
				Period.ofYears(3), CATEGORIES, List.of(), preview, requireClinicalSignOff);
	}

	/**
	 * What stops the site from being built from this folder; fails the test if it builds.
	 */
	public List<ContentProblem> problems(String hub) {
		InvalidContentException failure = org.assertj.core.api.Assertions
			.catchThrowableOfType(InvalidContentException.class, () -> build(hub));
		org.assertj.core.api.Assertions.assertThat(failure).as("content should have been refused").isNotNull();
		return failure.getProblems();
	}

	/** A problem in one of this folder's articles. */
	public ContentProblem problem(String fileName, int line, String message) {
		return new ContentProblem(file(fileName), line, message);
	}

}
