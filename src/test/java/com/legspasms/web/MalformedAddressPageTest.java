package com.legspasms.web;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Addresses Tomcat refuses before the site sees them (issue #13, point 14): malformed or
 * forbidden percent-encoding, bytes that are not UTF-8, characters that may not be in a
 * path. The reader gets the site's own 400 page, the same one the site shows for a query
 * it cannot decode, not Tomcat's bare one.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MalformedAddressPageTest extends WebTestSupport {

	/**
	 * An address the site itself refuses with its 400 page (BadRequestAdvice): the
	 * reference.
	 */
	static final String SITE_400 = "/search?q=cramp&page=1%00";

	@ParameterizedTest
	@ValueSource(strings = { "/articles/a%2Fb", "/articles/a%2fb", "/articles/x%", "/topics/%00", "/%zz",
			"/articles/%C3%28", "/articles/%ff%fe", "/articles/%ed%a0%80", "/articles/%2", "/articles/a%5Cb",
			"/articles/caf\u00e9", "/articles/a\u0001b", "/articles/a\u007fb", "/%2e%2e%2fetc%2fpasswd" })
	void anAddressTomcatRefusesGetsTheSitesOwn400Page(String target) {
		WebClient.RawResponse response = this.web.raw("GET", target);
		String description = target + "\n" + response.head() + "\n\n" + response.body();
		assertThat(response.status()).as(description).isEqualTo(400);
		assertThat(response.header("Content-Type")).as(description).isEqualTo("text/html;charset=UTF-8");
		assertIsTheSites400Page(response.html(), description);
		assertThat(response.head() + response.body()).as(description)
			.doesNotContain("Tomcat", "Apache", "Exception", "java.", "org.apache");
		assertThat(response.header("Content-Security-Policy")).as(description).contains("default-src 'self'");
		assertThat(response.header("X-Content-Type-Options")).as(description).isEqualTo("nosniff");
		assertThat(response.header("X-Frame-Options")).as(description).isEqualTo("DENY");
	}

	@Test
	void thePageIsTheOneTheSiteShowsForARequestItRefusesItself() {
		WebClient.RawResponse tomcats = this.web.raw("GET", "/articles/x%");
		WebClient.RawResponse sites = this.web.raw("GET", SITE_400);
		assertThat(sites.status()).isEqualTo(400);
		assertThat(tomcats.html().title()).isEqualTo(sites.html().title());
		assertThat(tomcats.html().select("main").outerHtml()).isEqualTo(sites.html().select("main").outerHtml());
		assertThat(tomcats.html().select("header").outerHtml()).isEqualTo(sites.html().select("header").outerHtml());
		assertThat(tomcats.html().select("footer").outerHtml()).isEqualTo(sites.html().select("footer").outerHtml());
		assertThat(tomcats.html().select("head").outerHtml()).isEqualTo(sites.html().select("head").outerHtml());
	}

	@Test
	void theStylesheetLinkIsTheVersionedOneEveryPageUses() {
		String stylesheet = this.web.get("/").html().select("link[rel=stylesheet]").attr("href");
		assertThat(stylesheet).matches("/css/site-[0-9a-f]+\\.css");
		WebClient.RawResponse response = this.web.raw("GET", "/topics/%00");
		assertThat(response.html().select("link[rel=stylesheet]").attr("href")).isEqualTo(stylesheet);
		assertThat(this.web.raw("GET", stylesheet).status()).isEqualTo(200);
	}

	/** Java's HTTP client over HTTP/1.1, for the addresses its URI class accepts. */
	@ParameterizedTest
	@ValueSource(strings = { "/articles/a%2Fb", "/topics/%00", "/articles/%C3%28" })
	void aBrowserLikeClientGetsThePageToo(String path) throws Exception {
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(this.web.uri(path)).header("Accept", "text/html").build(),
					HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("text/html;charset=UTF-8");
		assertIsTheSites400Page(Jsoup.parse(response.body()), path);
	}

	@Test
	void headGetsTheStatusAndHeadersWithoutABody() {
		WebClient.RawResponse response = this.web.raw("HEAD", "/articles/x%");
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.header("Content-Type")).isEqualTo("text/html;charset=UTF-8");
		assertThat(response.body()).isEmpty();
	}

	@Test
	void aMalformedAddressWithGzipAcceptedStillGetsThePage() {
		WebClient.RawResponse response = this.web.raw("GET", "/%zz", "Accept-Encoding: identity");
		assertThat(response.status()).isEqualTo(400);
		assertIsTheSites400Page(response.html(), "/%zz");
	}

	@Test
	void otherAnswersTomcatGivesItselfStayPlain() {
		WebClient.RawResponse version = this.web
			.rawRequest("GET / HTTP/1.2\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
		assertThat(version.status()).as(version.head()).isIn(200, 400, 505);
		WebClient.RawResponse tooLarge = this.web.raw("GET", "/", "X-Big: " + "a".repeat(100_000));
		assertThat(tooLarge.status()).as(tooLarge.head()).isIn(400, 413, 431);
		for (WebClient.RawResponse response : new WebClient.RawResponse[] { version, tooLarge }) {
			assertThat(response.head() + response.body()).doesNotContain("Tomcat", "Apache", "Exception");
		}
		// The CONNECT valve still turns Tomcat's 501 into 405, now with the site's page.
		WebClient.RawResponse connect = this.web.raw("CONNECT", "/");
		assertThat(connect.status()).isEqualTo(405);
		assertThat(connect.header("Allow")).isEqualTo("GET, HEAD");
		assertThat(connect.body()).doesNotContain("Tomcat", "Apache");
	}

	private static void assertIsTheSites400Page(Document html, String description) {
		PageAssertions.assertInLayout(html);
		assertThat(html.select("h1").text()).as(description).isEqualTo("We could not understand that request");
		assertThat(html.title()).as(description).isEqualTo("Request not understood – Leg Cramp Guide");
		assertThat(html.select("link[rel=stylesheet]").attr("href")).as(description)
			.matches("/css/site-[0-9a-f]+\\.css");
		assertThat(html.select("main a").eachAttr("href")).as(description).contains("/", "/topics");
		assertThat(html.text()).as(description).doesNotContain("Tomcat", "Apache");
	}

}
