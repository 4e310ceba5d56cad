package com.legspasms.web;

import java.time.Duration;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.legspasms.content.Slug;

import org.springframework.http.CacheControl;

/**
 * The catalogue of everything the site answers: each kind of page or file declared once,
 * with its address pattern and how it is served. The in-memory page filter, the
 * {@code Cache-Control} headers, the trailing-slash redirect, the static export and the
 * sitemap all read this list, so adding a page kind means adding a line here, its
 * controller and its template (a test checks that every controller mapping is listed
 * here).
 * <p>
 * Modelled on Hugo's page kinds and output formats ({@code resources/kinds/kinds.go},
 * {@code output/outputFormat.go}: a kind per page type, each output format saying whether
 * it is plain text, its path and whether it is listed) and on JBake's list of rendering
 * tools.
 * <p>
 * A path pattern is in Spring's {@code PathPattern} syntax. A variable such as
 * {@code {slug}} stands for one name following {@link Slug}; a pattern ending in
 * {@code /**} stands for files under a folder.
 */
public enum PageKind {

	/** The home page. */
	HOME("/", Role.PAGE, true, Lifetime.PAGE, Export.START, Sitemap.ONCE),

	/** Every topic, with its articles. */
	TOPICS("/topics", Role.PAGE, true, Lifetime.PAGE, Export.LINKED, Sitemap.ONCE),

	/** The comparison of conditions. */
	COMPARE("/compare", Role.PAGE, true, Lifetime.PAGE, Export.LINKED, Sitemap.ONCE),

	/** One topic (a configured category). */
	TOPIC("/topics/{key}", Role.PAGE, true, Lifetime.PAGE, Export.LINKED, Sitemap.EACH),

	/** One article. */
	ARTICLE("/articles/{slug}", Role.PAGE, true, Lifetime.PAGE, Export.LINKED, Sitemap.EACH),

	/**
	 * Search results: they depend on the query, so they are never kept and are cached
	 * briefly.
	 */
	SEARCH("/search", Role.PAGE, false, Lifetime.SEARCH_RESULTS, Export.NO, Sitemap.NO),

	/**
	 * What the static export shows in place of search results (written as the export's
	 * search page).
	 */
	SEARCH_UNAVAILABLE("/search-unavailable", Role.INTERNAL, false, Lifetime.NONE, Export.NO, Sitemap.NO),

	/** The sitemap for search engines. */
	SITEMAP("/sitemap.xml", Role.FILE, true, Lifetime.PAGE, Export.START, Sitemap.NO),

	/** The Atom feed of articles. */
	FEED("/feed.xml", Role.FILE, true, Lifetime.PAGE, Export.START, Sitemap.NO),

	/** The Atom feed of clinical changes (linked from every page). */
	CHANGES_FEED("/changes.xml", Role.FILE, true, Lifetime.PAGE, Export.LINKED, Sitemap.NO),

	/** Instructions for crawlers. */
	ROBOTS("/robots.txt", Role.FILE, true, Lifetime.PAGE, Export.START, Sitemap.NO),

	/** The OpenSearch description that lets browsers search the site. */
	OPENSEARCH("/opensearch.xml", Role.FILE, true, Lifetime.PAGE, Export.START, Sitemap.NO),

	/** The icon at the fixed name browsers ask for. */
	FAVICON("/favicon.svg", Role.FILE, false, Lifetime.FIXED_ASSET, Export.START, Sitemap.NO),

	/** The old-style icon name browsers still ask for. */
	FAVICON_ICO("/favicon.ico", Role.FILE, false, Lifetime.FIXED_ASSET, Export.NO, Sitemap.NO),

	/** The web app manifest at its fixed name. */
	MANIFEST("/site.webmanifest", Role.FILE, false, Lifetime.FIXED_ASSET, Export.START, Sitemap.NO),

	/** The icons the manifest names. */
	ICONS("/icons/**", Role.FILE, false, Lifetime.FIXED_ASSET, Export.NO, Sitemap.NO),

	/** The stylesheet, at an address carrying a hash of its content. */
	STYLESHEET("/css/**", Role.FILE, false, Lifetime.VERSIONED_ASSET, Export.LINKED, Sitemap.NO),

	/**
	 * The icon and manifest as pages link them, at addresses carrying a hash of their
	 * content.
	 */
	ASSETS("/assets/**", Role.FILE, false, Lifetime.VERSIONED_ASSET, Export.LINKED, Sitemap.NO),

	/** The error pages ({@code server.error.path}); asked for directly, the 404 page. */
	ERROR("/error", Role.INTERNAL, false, Lifetime.NONE, Export.NO, Sitemap.NO),

	/** Preview mode's event stream that refreshes open pages (preview mode only). */
	PREVIEW_EVENTS("/preview/events", Role.INTERNAL, false, Lifetime.NONE, Export.NO, Sitemap.NO),

	/** Preview mode's refreshing script (preview mode only). */
	PREVIEW_SCRIPT("/preview/live-reload.js", Role.INTERNAL, false, Lifetime.NONE, Export.NO, Sitemap.NO);

	/** A variable part of a path pattern, such as {@code {slug}}. */
	private static final Pattern VARIABLE = Pattern.compile("\\{[a-zA-Z]+\\}");

	private final String path;

	private final Role role;

	private final boolean keptInMemory;

	private final Lifetime lifetime;

	private final Export export;

	private final Sitemap sitemap;

	PageKind(String path, Role role, boolean keptInMemory, Lifetime lifetime, Export export, Sitemap sitemap) {
		this.path = path;
		this.role = role;
		this.keptInMemory = keptInMemory;
		this.lifetime = lifetime;
		this.export = export;
		this.sitemap = sitemap;
	}

	/**
	 * Returns the path pattern, in Spring's {@code PathPattern} syntax, as the controller
	 * maps it.
	 * @return the path pattern, in Spring's {@code PathPattern} syntax, as the controller
	 * maps it
	 */
	public String path() {
		return this.path;
	}

	/**
	 * Returns who the address is for: readers' pages, machines' files, or the site
	 * itself.
	 * @return who the address is for: readers' pages, machines' files, or the site itself
	 */
	public Role role() {
		return this.role;
	}

	/**
	 * Whether the rendered page is kept in memory for as long as the snapshot is served.
	 * @return whether the rendered page is kept in memory (with gzip and ETags) for as
	 * long as the content snapshot is served: true for pages that depend on nothing but
	 * the snapshot
	 */
	public boolean keptInMemory() {
		return this.keptInMemory;
	}

	/**
	 * Returns how long browsers and CDNs may keep it.
	 * @return how long browsers and CDNs may keep it
	 */
	public Lifetime lifetime() {
		return this.lifetime;
	}

	/**
	 * Returns how the static export reaches it.
	 * @return how the static export reaches it
	 */
	public Export export() {
		return this.export;
	}

	/**
	 * Returns how it is listed in {@code /sitemap.xml}.
	 * @return how it is listed in {@code /sitemap.xml}
	 */
	public Sitemap sitemap() {
		return this.sitemap;
	}

	/**
	 * The address of one page of this kind.
	 * @param names the values of the path's variables, in order
	 * ({@code expand("leg-cramps")} for {@link #ARTICLE}); none for a kind without
	 * variables
	 * @return the path, such as {@code /articles/leg-cramps}
	 * @throws IllegalArgumentException when the number of names is not the number of
	 * variables, or the kind stands for a folder of files
	 */
	public String expand(String... names) {
		if (this.path.endsWith("/**")) {
			throw new IllegalArgumentException(this + " is a folder of files, not one address");
		}
		String[] parts = VARIABLE.split(this.path, -1);
		if (parts.length - 1 != names.length) {
			throw new IllegalArgumentException(
					this + " (" + this.path + ") takes " + (parts.length - 1) + " names, not " + names.length);
		}
		StringBuilder expanded = new StringBuilder(parts[0]);
		for (int i = 0; i < names.length; i++) {
			expanded.append(names[i]).append(parts[i + 1]);
		}
		return expanded.toString();
	}

	/**
	 * Returns the regular expression matching this kind's addresses.
	 * @return the regular expression matching this kind's addresses, each variable as a
	 * name that follows {@link Slug}
	 */
	public String regex() {
		String[] parts = VARIABLE
			.split(this.path.endsWith("/**") ? this.path.substring(0, this.path.length() - 3) : this.path, -1);
		String regex = Arrays.stream(parts).map(Pattern::quote).collect(Collectors.joining(Slug.REGEX));
		return this.path.endsWith("/**") ? regex + "/.+" : regex;
	}

	/**
	 * Returns the pattern its {@code Cache-Control} header is set for.
	 * @return the pattern {@code Cache-Control} is set for: the path, with a last
	 * variable widened to {@code /**} so that any address under it (a 404 included) gets
	 * the same lifetime
	 */
	public String cachePattern() {
		return this.path.replaceFirst("/\\{[a-zA-Z]+\\}$", "/**");
	}

	/**
	 * Builds one pattern matching the addresses of several kinds.
	 * @param kinds some kinds
	 * @return one pattern matching the address of a page of any of them
	 */
	static Pattern addressesOf(List<PageKind> kinds) {
		return Pattern.compile(kinds.stream().map(PageKind::regex).collect(Collectors.joining("|")));
	}

	/**
	 * Returns the kinds whose rendered pages are kept in memory.
	 * @return the kinds whose rendered pages are kept in memory
	 */
	public static List<PageKind> keptInMemoryKinds() {
		return Arrays.stream(values()).filter(PageKind::keptInMemory).toList();
	}

	/**
	 * Returns one pattern matching the address of any page kept in memory.
	 * @return one pattern matching the address of any page kept in memory (see
	 * {@link #keptInMemory()})
	 */
	public static Pattern keptInMemoryAddresses() {
		return addressesOf(keptInMemoryKinds());
	}

	/**
	 * Returns one pattern matching a reader's page address followed by one or more
	 * slashes.
	 * @return one pattern matching a reader's page address (other than the home page)
	 * followed by one or more slashes, as people type it or tools write it
	 * ({@code /articles/x/})
	 */
	public static Pattern addressesWithTrailingSlash() {
		return Pattern.compile(Arrays.stream(values())
			.filter((kind) -> kind.role == Role.PAGE && !kind.path.equals("/"))
			.map((kind) -> kind.regex() + "/+")
			.collect(Collectors.joining("|")));
	}

	/**
	 * Returns the cache patterns of each lifetime, in catalogue order.
	 * @return the cache patterns (see {@link #cachePattern()}) of each lifetime, in
	 * catalogue order
	 */
	public static Map<Lifetime, List<String>> cachePatternsByLifetime() {
		return Arrays.stream(values())
			.collect(Collectors.groupingBy(PageKind::lifetime, () -> new EnumMap<>(Lifetime.class),
					Collectors.mapping(PageKind::cachePattern, Collectors.toList())));
	}

	/**
	 * Returns the addresses the static export starts from, in catalogue order.
	 * @return the addresses the static export starts from, in catalogue order
	 */
	public static List<String> exportStartingPoints() {
		return Arrays.stream(values()).filter((kind) -> kind.export == Export.START).map(PageKind::path).toList();
	}

	/** Who an address is for. */
	public enum Role {

		/** A page readers open: an address with a trailing slash is redirected to it. */
		PAGE,

		/** A file browsers, crawlers and feed readers ask for. */
		FILE,

		/**
		 * An address the site uses itself (errors, the export, preview mode): never
		 * listed.
		 */
		INTERNAL

	}

	/**
	 * How long browsers and CDNs may keep a response (RFC 9111 {@code Cache-Control}).
	 */
	public enum Lifetime {

		/**
		 * Fresh for 5 minutes, then served stale for up to a day while a cache
		 * revalidates it with its ETag.
		 */
		PAGE(CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic().staleWhileRevalidate(Duration.ofDays(1)), false),

		/** Fresh for a minute. */
		SEARCH_RESULTS(CacheControl.maxAge(Duration.ofMinutes(1)).cachePublic(), false),

		/** A year, never revalidated: the address carries a hash of the content. */
		VERSIONED_ASSET(CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable(), true),

		/** A day: a file at a fixed name. */
		FIXED_ASSET(CacheControl.maxAge(Duration.ofDays(1)).cachePublic(), true),

		/** No {@code Cache-Control} set by the site. */
		NONE(null, false);

		private final CacheControl cacheControl;

		private final boolean asset;

		Lifetime(CacheControl cacheControl, boolean asset) {
			this.cacheControl = cacheControl;
			this.asset = asset;
		}

		/**
		 * Returns the {@code Cache-Control} header this lifetime sets.
		 * @return the header's value, or {@code null} for {@link #NONE}
		 */
		public CacheControl cacheControl() {
			return this.cacheControl;
		}

		/**
		 * Whether this lifetime is for a static file rather than for every answer at its
		 * address.
		 * @return whether this lifetime is for a static file, set by the static-file
		 * handler when it sends the file (so a missing file's 404 carries none);
		 * otherwise it is set for every answer at the address
		 */
		public boolean isAsset() {
			return this.asset;
		}

	}

	/** How the static export ({@code --site.export-to}) reaches an address. */
	public enum Export {

		/**
		 * Asked for first: no page links to it, but browsers, crawlers or feed readers
		 * ask for it.
		 */
		START,

		/**
		 * Exported when a page links to it (the export follows every link from the home
		 * page).
		 */
		LINKED,

		/** Never exported as itself. */
		NO

	}

	/** How an address is listed in {@code /sitemap.xml}. */
	public enum Sitemap {

		/** Listed once, at its path. */
		ONCE,

		/** Listed once for each published page of the kind (each topic, each article). */
		EACH,

		/** Not listed. */
		NO

	}

}
