package com.legspasms.launch;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import com.legspasms.site.Article;
import com.legspasms.site.PublishedSite;
import com.legspasms.site.SiteSnapshot;
import com.legspasms.web.PageKind;
import com.legspasms.web.SiteUrls;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The training run for JDK 25's ahead-of-time cache ({@code -XX:AOTCacheOutput=app.aot},
 * JEP 483 and 515): started with {@code --site.training-run=true}, the site starts as
 * usual (loading, checking and rendering its content), then asks itself for what the
 * first readers ask for (the home page, the hub and a few other articles plain and
 * gzipped, the topic pages, the comparison page, the stylesheet, a search with and one
 * without a typo, a 404 and the liveness probe) and exits with status 0, so the JVM
 * writes the classes it loaded and linked and the methods' profiles into the cache. Any
 * answer other than the expected status stops it with status 1 and the request named.
 */
@Component
@ConditionalOnProperty("site.training-run")
class TrainingRun implements ApplicationRunner {

	private static final Log logger = LogFactory.getLog(TrainingRun.class);

	/** How many articles besides the hub are requested. */
	private static final int ARTICLES = 4;

	private static final SiteUrls URLS = new SiteUrls();

	private final ApplicationContext context;

	private final PublishedSite content;

	private final Environment environment;

	private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	TrainingRun(ApplicationContext context, PublishedSite content, Environment environment) {
		this.context = context;
		this.content = content;
		this.environment = environment;
	}

	/**
	 * Sends the requests, then exits the application (status 0, or 1 when an answer was
	 * not the expected one).
	 * @param args the application's arguments (unused)
	 */
	@Override
	public void run(ApplicationArguments args) throws Exception {
		long start = System.nanoTime();
		String origin = "http://127.0.0.1:" + this.environment.getRequiredProperty("local.server.port");
		List<String> failures = new ArrayList<>();
		int sent = 0;
		for (int round = 0; round < 2; round++) {
			for (Request request : requests(this.content.current())) {
				HttpResponse<byte[]> response = get(origin + request.path(), request.gzip());
				sent++;
				if (response.statusCode() != request.status()) {
					failures.add("GET " + request.path() + " answered " + response.statusCode() + ", expected "
							+ request.status());
				}
			}
		}
		failures.forEach(logger::error);
		logger.info("Training run: " + sent + " requests in " + (System.nanoTime() - start) / 1_000_000 + " ms");
		int status = failures.isEmpty() ? 0 : 1;
		System.exit(SpringApplication.exit(this.context, () -> status));
	}

	private static List<Request> requests(SiteSnapshot snapshot) {
		List<Request> requests = new ArrayList<>();
		List<String> paths = new ArrayList<>(List.of(PageKind.HOME.path(), URLS.article(snapshot.hub())));
		snapshot.articles()
			.stream()
			.map(Article::slug)
			.filter((slug) -> !slug.equals(snapshot.hub().slug()))
			.limit(ARTICLES)
			.forEach((slug) -> paths.add(URLS.pathOf(slug)));
		paths.add(PageKind.TOPICS.path());
		snapshot.sections().stream().limit(2).forEach((section) -> paths.add(URLS.topic(section.category())));
		paths.addAll(List.of("/compare", "/search?q=calf+cramp+at+night", "/search?q=crampz+in+my+calff",
				"/sitemap.xml", "/feed.xml"));
		for (String path : paths) {
			requests.add(new Request(path, false, 200));
			requests.add(new Request(path, true, 200));
		}
		requests.add(new Request(URLS.pathOf("no-such-article"), true, 404));
		requests.add(new Request("/actuator/health/liveness", false, 200));
		return requests;
	}

	private HttpResponse<byte[]> get(String url, boolean gzip) throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url));
		if (gzip) {
			request.header("Accept-Encoding", "gzip");
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
	}

	private record Request(String path, boolean gzip, int status) {
	}

}
