package com.legspasms.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import com.legspasms.site.SiteProperties;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The catalogue of page kinds ({@link PageKind}) is what the site does: every controller
 * mapping is in it, and each kind answers with the lifetime, in-memory keeping,
 * trailing-slash redirect and sitemap listing it declares.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PageCatalogueTest extends WebTestSupport {

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping handlerMapping;

	@Autowired
	SiteProperties settings;

	@Test
	void everyControllerMappingIsInTheCatalogue() {
		Set<String> catalogue = new TreeSet<>(Arrays.stream(PageKind.values()).map(PageKind::path).toList());
		Set<String> mapped = new TreeSet<>();
		this.handlerMapping.getHandlerMethods().keySet().forEach((info) -> mapped.addAll(info.getPatternValues()));
		assertThat(mapped).isNotEmpty().isSubsetOf(catalogue);
		// Preview mode's controller is not started here; every other kind served by a
		// controller is.
		assertThat(mapped).contains(PageKind.HOME.path(), PageKind.ARTICLE.path(), PageKind.TOPIC.path(),
				PageKind.SITEMAP.path(), PageKind.CHANGES_FEED.path(), PageKind.ERROR.path());
	}

	@ParameterizedTest
	@EnumSource(PageKind.class)
	void everyKindAnswersWithItsDeclaredLifetime(PageKind kind) {
		String address = example(kind);
		if (address == null || kind.lifetime() == PageKind.Lifetime.NONE) {
			return;
		}
		WebClient.Page page = this.web.get(address, "*/*");
		assertThat(page.status()).as(address).isEqualTo(200);
		assertThat(page.header("Cache-Control")).as(address).isEqualTo(kind.lifetime().cacheControl().getHeaderValue());
	}

	@Test
	void aStaticFileThatIsNotShippedIsA404WithNoLifetime() {
		for (String address : List.of("/favicon.ico", "/icons/no-such-icon.png")) {
			WebClient.Page page = this.web.get(address, "*/*");
			assertThat(page.status()).as(address).isEqualTo(404);
			assertThat(page.header("Cache-Control")).as(address).isNull();
		}
	}

	@ParameterizedTest
	@EnumSource(PageKind.class)
	void kindsKeptInMemoryCarryAStrongETagAndOthersDoNot(PageKind kind) {
		String address = example(kind);
		if (address == null || kind.role() == PageKind.Role.INTERNAL || kind.lifetime().isAsset()) {
			return;
		}
		String etag = this.web.get(address, "*/*").header("ETag");
		if (kind.keptInMemory()) {
			assertThat(etag).as(address).startsWith("\"");
		}
		else {
			assertThat(etag).as(address)
				.satisfiesAnyOf((tag) -> assertThat(tag).isNull(), (tag) -> assertThat(tag).startsWith("W/"));
		}
	}

	@ParameterizedTest
	@EnumSource(PageKind.class)
	void readersPagesWithATrailingSlashAreRedirected(PageKind kind) {
		String address = example(kind);
		if (address == null || address.equals("/")) {
			return;
		}
		address = address.replaceFirst("\\?.*", "");
		WebClient.RawResponse answer = this.web.raw("GET", address + "/");
		if (kind.role() == PageKind.Role.PAGE) {
			assertThat(answer.status()).as(address + "/").isEqualTo(301);
			assertThat(answer.head()).as(address + "/").containsIgnoringCase("Location: " + address + "\r\n");
		}
		else {
			assertThat(answer.status()).as(address + "/").isNotEqualTo(301);
		}
	}

	@Test
	void theSitemapListsTheKindsTheCatalogueListsInItsOrder() {
		Document sitemap = Parser.xmlParser()
			.parseInput(this.web.get("/sitemap.xml", "application/xml").response().body(), "");
		List<String> locations = sitemap.select("url > loc").eachText();
		List<String> expected = new ArrayList<>();
		for (PageKind kind : PageKind.values()) {
			if (kind.sitemap() == PageKind.Sitemap.ONCE) {
				expected.add(this.settings.baseUrl() + kind.path());
			}
		}
		assertThat(locations.subList(0, expected.size())).isEqualTo(expected);
		assertThat(locations).contains(this.settings.baseUrl() + PageKind.TOPIC.expand("causes"),
				this.settings.baseUrl() + PageKind.ARTICLE.expand(this.settings.hub()));
		assertThat(locations).noneMatch(
				(location) -> location.endsWith(PageKind.SEARCH.path()) || location.endsWith(PageKind.FEED.path()));
	}

	@Test
	void anAddressIsBuiltFromItsKind() {
		assertThat(PageKind.ARTICLE.expand("leg-cramps")).isEqualTo("/articles/leg-cramps");
		assertThat(PageKind.HOME.expand()).isEqualTo("/");
		assertThat(PageKind.keptInMemoryAddresses().matcher("/articles/leg-cramps").matches()).isTrue();
		assertThat(PageKind.keptInMemoryAddresses().matcher("/articles/Leg-Cramps").matches()).isFalse();
		assertThat(PageKind.keptInMemoryAddresses().matcher("/search").matches()).isFalse();
	}

	/**
	 * An address of a kind that answers 200, or {@code null} when the site ships none.
	 */
	private String example(PageKind kind) {
		return switch (kind) {
			case ARTICLE -> kind.expand(this.settings.hub());
			case TOPIC -> kind.expand("causes");
			case SEARCH -> "/search?q=cramp";
			case STYLESHEET -> "/css/site.css";
			case ASSETS -> "/assets/site.webmanifest";
			// No such file is shipped (see
			// aStaticFileThatIsNotShippedIsA404WithNoLifetime); preview
			// mode is off here; the error page is never a 200.
			case FAVICON_ICO, ICONS, PREVIEW_EVENTS, PREVIEW_SCRIPT, ERROR -> null;
			default -> kind.expand();
		};
	}

}
