package com.legspasms.export;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import com.legspasms.LegSpasmsApplication;
import com.legspasms.web.PageKind;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.boot.SpringApplication;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The static export of the real content: every page is there, and every link in it leads
 * to a file the way a static server (nginx's {@code try_files $uri $uri/index.html})
 * finds it.
 */
class StaticExportTest {

	static Path export;

	static Map<String, Document> pages = new TreeMap<>();

	@BeforeAll
	static void exportTheSite() throws IOException {
		export = Files.createTempDirectory(Files.createDirectories(Path.of("target")), "export-");
		// Started as a writer might have left it, in preview mode: the export must not
		// be.
		SpringApplication.run(LegSpasmsApplication.class, "--site.export-to=" + export, "--site.preview=true",
				"--logging.level.root=warn");
		try (Stream<Path> files = Files.walk(export)) {
			for (Path file : files.filter((path) -> path.toString().endsWith(".html")).toList()) {
				String name = export.relativize(file).toString();
				pages.put(name, Jsoup.parse(file.toFile(), "UTF-8",
						"http://site.test/" + name.replaceFirst("index\\.html$", "")));
			}
		}
	}

	@Test
	void nothingOfPreviewModeReachesTheExport() {
		assertThat(export.resolve("preview")).doesNotExist();
		assertThat(export.resolve("changes.xml")).isNotEmptyFile();
		pages.forEach((name, page) -> {
			assertThat(page.select("script:not([type=application/ld+json])")).as(name).isEmpty();
			assertThat(page.select(".preview-problems, .status-banner")).as(name).isEmpty();
		});
	}

	@Test
	void everyArticleTopicAndSiteFileIsExported() throws IOException {
		List<String> expected = new ArrayList<>(
				List.of("index.html", "topics/index.html", "search/index.html", "404.html", "sitemap.xml", "feed.xml",
						"robots.txt", "opensearch.xml", "favicon.svg", "site.webmanifest"));
		try (Stream<Path> articles = Files.list(Path.of("content/articles"))) {
			articles.map((file) -> file.getFileName().toString().replace(".md", ""))
				.forEach((slug) -> expected.add("articles/" + slug + "/index.html"));
		}
		for (String category : List.of("overview", "symptoms", "causes", "treatment", "related-conditions")) {
			expected.add("topics/" + category + "/index.html");
		}
		for (String file : expected) {
			assertThat(export.resolve(file)).as(file).isNotEmptyFile();
		}
		try (Stream<Path> css = Files.list(export.resolve("css"))) {
			assertThat(css.map((file) -> file.getFileName().toString())).singleElement()
				.satisfies((name) -> assertThat(name).matches("site-[0-9a-f]{32}\\.css"));
		}
		assertThat(pages.get("articles/spinal-stenosis/index.html").select("h1").text()).isEqualTo("Spinal stenosis");
		assertThat(pages.get("404.html").select("h1").text()).isEqualTo("Page not found");
	}

	@Test
	void everyLinkInTheExportLeadsToAFileAndEveryAnchorToAHeading() {
		List<String> broken = new ArrayList<>();
		int checked = 0;
		for (Map.Entry<String, Document> page : pages.entrySet()) {
			for (Element link : page.getValue().select("a[href], link[href], form[action]")) {
				String href = link.hasAttr("href") ? link.absUrl("href") : link.absUrl("action");
				URI target = URI.create(href);
				if (!"site.test".equals(target.getHost())) {
					continue;
				}
				checked++;
				Path file = served(target.getPath());
				if (file == null) {
					broken.add(page.getKey() + " -> " + href);
				}
				else if (target.getFragment() != null && file.toString().endsWith(".html")
						&& pages.get(export.relativize(file).toString()).getElementById(target.getFragment()) == null) {
					broken.add(page.getKey() + " -> " + href + " (no such heading)");
				}
			}
		}
		assertThat(checked).isGreaterThan(500);
		assertThat(broken).isEmpty();
	}

	@Test
	void theSearchBoxLeadsToAListOfEveryArticle() {
		Document home = pages.get("index.html");
		assertThat(home.select("header form[role=search]").attr("action")).isEqualTo("/search");
		Document search = pages.get("search/index.html");
		assertThat(search.select("main").text()).contains("cannot search");
		assertThat(search.select("ul.a-to-z a"))
			.hasSize((int) pages.keySet().stream().filter((file) -> file.startsWith("articles/")).count());
	}

	@Test
	void everyKindTheCatalogueExportsIsInTheExport() throws IOException {
		for (PageKind kind : PageKind.values()) {
			String example = switch (kind) {
				case ARTICLE -> kind.expand("spinal-stenosis");
				case TOPIC -> kind.expand("causes");
				case STYLESHEET, ASSETS, ICONS -> null;
				default -> kind.expand();
			};
			switch (kind.export()) {
				case START, LINKED -> {
					if (example != null) {
						assertThat(served(example)).as("%s %s", kind, example).isNotNull();
					}
					else {
						String folder = kind.path().substring(1, kind.path().length() - 3);
						try (Stream<Path> files = Files.list(export.resolve(folder))) {
							assertThat(files).as("%s %s", kind, folder).isNotEmpty();
						}
					}
				}
				case NO -> {
					if (example != null && kind != PageKind.SEARCH) {
						assertThat(served(example)).as("%s %s", kind, example).isNull();
					}
				}
			}
		}
		// The search page is the one kind not exported as itself: a list of every article
		// stands in.
		assertThat(served(PageKind.SEARCH.path())).isNotNull();
	}

	/** The file a static server sends for a path, or {@code null}. */
	private static Path served(String path) {
		Path file = export.resolve(path.substring(1)).normalize();
		if (Files.isRegularFile(file)) {
			return file;
		}
		Path index = file.resolve("index.html");
		return Files.isRegularFile(index) ? index : null;
	}

}
