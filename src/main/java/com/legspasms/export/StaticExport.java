package com.legspasms.export;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import com.legspasms.web.PageKind;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.util.FileSystemUtils;

/**
 * Writes the whole site to a folder that any static host can serve:
 * {@code java -jar site.jar --site.export-to=DIR}. The site is started as usual and asked
 * for every page a reader can reach from the home page, plus the files search engines and
 * browsers ask for (both as the catalogue, {@link PageKind#export()}, says); each page is
 * saved as {@code PATH/index.html}. Then the site stops.
 * <p>
 * The pages are written to a new folder beside the one asked for, which then replaces it
 * as a whole: a page withdrawn or made a draft since an earlier export does not linger,
 * and a failed export leaves the earlier one as it was. An earlier export is recognised
 * by the {@value #MARKER} file it holds; a folder holding other files is refused
 * ({@link ExportFolderInUseException}).
 */
@Component
@ConditionalOnProperty(StaticExport.PROPERTY)
class StaticExport implements ApplicationRunner {

	static final String PROPERTY = "site.export-to";

	/** The file an export leaves in its folder, so the next export may replace it. */
	static final String MARKER = ".site-export";

	private static final Log logger = LogFactory.getLog(StaticExport.class);

	/**
	 * The home page, and the files no page links to but that browsers, crawlers and feed
	 * readers ask for: the catalogue's kinds exported from the start
	 * ({@link PageKind.Export#START}).
	 */
	private static final List<String> STARTING_POINTS = PageKind.exportStartingPoints();

	private final ApplicationContext context;

	private final Path folder;

	private final Environment environment;

	private String origin;

	private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	StaticExport(ApplicationContext context, Environment environment) {
		this.context = context;
		this.folder = Path.of(environment.getRequiredProperty(PROPERTY)).toAbsolutePath().normalize();
		this.environment = environment;
	}

	@Override
	public void run(ApplicationArguments args) throws Exception {
		long start = System.nanoTime();
		this.origin = "http://127.0.0.1:" + this.environment.getRequiredProperty("local.server.port");
		checkReplaceable(this.folder);
		// Not Files.createTempDirectory: its folder is readable by its owner only, and it
		// becomes the export, which a web server running as another user must read.
		Path staging = Files.createDirectory(Files.createDirectories(this.folder.getParent())
			.resolve("." + this.folder.getFileName() + "-" + ProcessHandle.current().pid() + "-" + System.nanoTime()));
		try {
			int saved = exportTo(staging);
			write(staging.resolve(MARKER), ("Written by the site's static export (--site.export-to); the next export "
					+ "replaces this whole folder.\n")
				.getBytes(StandardCharsets.UTF_8));
			FileSystemUtils.deleteRecursively(this.folder);
			Files.move(staging, this.folder);
			logger.info("Exported " + saved + " pages and files to " + this.folder + " in "
					+ (System.nanoTime() - start) / 1_000_000 + " ms");
		}
		finally {
			FileSystemUtils.deleteRecursively(staging);
		}
		SpringApplication.exit(this.context, () -> 0);
	}

	/**
	 * Refuses a folder the export may not replace: one that holds files, none of them the
	 * {@value #MARKER} of an earlier export.
	 * @param folder the folder asked for
	 * @throws ExportFolderInUseException when it holds other files (or is a file)
	 */
	private static void checkReplaceable(Path folder) throws IOException {
		if (!Files.exists(folder) || Files.exists(folder.resolve(MARKER))) {
			return;
		}
		if (!Files.isDirectory(folder)) {
			throw new ExportFolderInUseException(folder);
		}
		try (Stream<Path> files = Files.list(folder)) {
			if (files.findAny().isPresent()) {
				throw new ExportFolderInUseException(folder);
			}
		}
	}

	/**
	 * Saves every page reachable from the starting points into a folder.
	 * @param root the folder to write into
	 * @return how many pages and files were saved
	 */
	private int exportTo(Path root) throws IOException, InterruptedException {
		Set<String> saved = new LinkedHashSet<>();
		Deque<String> queue = new ArrayDeque<>(STARTING_POINTS);
		while (!queue.isEmpty()) {
			String path = queue.poll();
			if (saved.add(path)) {
				HttpResponse<byte[]> response = get(path);
				if (response.statusCode() != 200) {
					throw new IllegalStateException("GET " + path + " answered " + response.statusCode());
				}
				write(fileFor(root, path), response.body());
				if (response.headers().firstValue("Content-Type").orElse("").startsWith("text/html")) {
					queue.addAll(linksIn(
							Jsoup.parse(new String(response.body(), StandardCharsets.UTF_8), this.origin + path)));
				}
			}
		}
		// The export cannot search: its search box leads to a page listing every article
		// instead.
		write(fileFor(root, PageKind.SEARCH.path()), get(PageKind.SEARCH_UNAVAILABLE.path()).body());
		write(root.resolve("404.html"), get("/this-page-does-not-exist").body());
		return saved.size();
	}

	private Set<String> linksIn(Document page) {
		Set<String> paths = new LinkedHashSet<>();
		for (Element link : page.select("a[href], link[href]")) {
			URI target = URI.create(link.absUrl("href"));
			if (this.origin.equals(target.getScheme() + "://" + target.getAuthority()) && target.getQuery() == null
					&& !target.getPath().equals(PageKind.SEARCH.path())) {
				paths.add(target.getPath());
			}
		}
		return paths;
	}

	private static Path fileFor(Path root, String path) {
		String relative = path.substring(1);
		boolean isFile = relative.substring(relative.lastIndexOf('/') + 1).contains(".");
		Path file = isFile ? root.resolve(relative) : root.resolve(relative).resolve("index.html");
		if (!file.normalize().startsWith(root)) {
			throw new IllegalStateException("refusing to write outside the export folder: " + path);
		}
		return file;
	}

	private HttpResponse<byte[]> get(String path) throws IOException, InterruptedException {
		return this.http.send(HttpRequest.newBuilder(URI.create(this.origin + path)).build(),
				HttpResponse.BodyHandlers.ofByteArray());
	}

	private static void write(Path file, byte[] body) throws IOException {
		Files.createDirectories(file.getParent());
		Files.write(file, body);
	}

}
