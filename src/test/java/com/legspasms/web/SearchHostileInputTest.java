package com.legspasms.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whatever a reader types into the search box, the answer is a page in the layout, never
 * an error with internals.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SearchHostileInputTest extends WebTestSupport {

	static Stream<Arguments> typedQueries() {
		return Stream
			.of("\"", "\"calf cramp", "cramp\"\"\"", "(", "))((", "[cramp TO spasm]", "{!lucene}", "AND", "OR NOT AND",
					"cramp AND", "NOT cramp", "*", "cramp*", "?", "c?amp", "~", "cramp~2", "cramp^10", "\\", "\\\\\\",
					"cramp:", "title:cramp", "/regex.*/", "+cramp -spasm", "&&||!!", "cramp && spasm", "%", "%s%n%x",
					"${jndi:ldap://x}", "#{7*7}", "<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>",
					"'; DROP TABLE articles; --", "../../etc/passwd", "\u0000\u0001\u0007\u001b[31m",
					"\uD83E\uDDB5\uD83D\uDCA5 leg cramp \uD83D\uDE2B", "تشنج العضلات في الساق", "\u202Ecramp\u202C",
					"\uFEFFcramp\u200B", "x".repeat(10_000), "cramp ".repeat(2_000), "\uD800", "ア".repeat(500), " ",
					"-", "--", "!", "@#$%^&*()_+=", "null", "undefined")
			.map(Arguments::of);
	}

	@ParameterizedTest
	@MethodSource("typedQueries")
	void typedQueryGetsAPageInTheLayout(String typed) {
		WebClient.Page page = this.web.get("/search?q=" + URLEncoder.encode(typed, StandardCharsets.UTF_8));
		assertThat(page.status()).isIn(200, 400);
		PageAssertions.assertInLayout(page.html());
		assertThat(page.html().select("main script, main img")).isEmpty();
		assertThat(page.response().body()).doesNotContain("Exception", "\tat ", "org.apache.lucene", "/work/");
	}

	static Stream<Arguments> brokenQueryStrings() {
		return Stream
			.of("q=%", "q=%zz", "q=%%41", "q=%C3%28", "q=%ED%A0%80", "q=%FF%FE", "q=a&q=b&q=c", "q[]=cramp",
					"q[0]=cramp&q[1]=spasm", "q=cramp&q", "q", "=cramp", "q=%25252e%25252e", "q=%u0041", "&&&", "q=a;b")
			.map(Arguments::of);
	}

	@ParameterizedTest
	@MethodSource("brokenQueryStrings")
	void brokenQueryStringGetsAPageInTheLayout(String queryString) {
		WebClient.RawResponse response = this.web.raw("GET", "/search?" + queryString);
		assertThat(response.status()).isIn(200, 400);
		PageAssertions.assertInLayout(response.html());
		assertThat(response.body()).doesNotContain("Exception", "\tat ", "org.apache", "/work/");
	}

}
