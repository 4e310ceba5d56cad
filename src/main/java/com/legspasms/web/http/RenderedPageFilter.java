package com.legspasms.web.http;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.regex.Pattern;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.legspasms.site.PublishedSite;
import com.legspasms.site.SiteProperties;
import com.legspasms.site.SiteSnapshot;
import com.legspasms.web.PageKind;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Serves the site's pages from memory. Each page is rendered by its controller and
 * template the first time it is asked for, then kept, with a gzipped copy and strong
 * ETags, for as long as the content snapshot it came from is the one being served (and
 * while the kept pages stay within {@code site.page-cache.max-size}: beyond it, the pages
 * least likely to be asked for again are let go, to be rendered again when next asked
 * for); after a reload the pages are rendered again, and pages are also rendered again on
 * a new day (a page's "due for review" notice depends on the date). Conditional and
 * {@code HEAD} requests for a kept page are answered without rendering. In preview mode
 * ({@code site.preview}) nothing is kept: every page is rendered for each request, so the
 * problem panel and draft banners are never stale.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class RenderedPageFilter extends OncePerRequestFilter {

	/**
	 * The pages that depend on nothing but the content snapshot (search results depend on
	 * the query): the catalogue's kinds kept in memory.
	 */
	private static final Pattern SNAPSHOT_PAGES = PageKind.keptInMemoryAddresses();

	private final PublishedSite content;

	private final boolean preview;

	private final Clock clock = Clock.systemDefaultZone();

	private final long maxBytes;

	private volatile PagesOfSnapshot pages;

	RenderedPageFilter(PublishedSite content, SiteProperties properties, PageCacheProperties cache) {
		this.content = content;
		this.preview = properties.preview();
		this.maxBytes = cache.maxSize().toBytes();
		this.pages = new PagesOfSnapshot(null, null, this.maxBytes);
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String method = request.getMethod();
		return this.preview || !("GET".equals(method) || "HEAD".equals(method)) || request.getQueryString() != null
				|| !SNAPSHOT_PAGES.matcher(request.getRequestURI()).matches();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		SiteSnapshot snapshot = this.content.current();
		PagesOfSnapshot pages = pagesOf(snapshot);
		RenderedPage page = pages.byPath.getIfPresent(request.getRequestURI());
		if (page == null) {
			// A HEAD request renders the page as a GET would, so it gets the same
			// headers (RFC 9110, section 9.3.2), ETag and Content-Length included;
			// send() leaves out the body.
			page = render(asGet(request), response, chain);
			if (page == null) {
				return;
			}
			pages.byPath.put(request.getRequestURI(), page);
		}
		send(page, request, response);
	}

	private PagesOfSnapshot pagesOf(SiteSnapshot snapshot) {
		PagesOfSnapshot current = this.pages;
		LocalDate today = LocalDate.now(this.clock);
		if (current.snapshot != snapshot || !today.equals(current.day)) {
			current = new PagesOfSnapshot(snapshot, today, this.maxBytes);
			this.pages = current;
		}
		return current;
	}

	/**
	 * Renders the page through the rest of the chain; a page that is not a plain 200 is
	 * sent as it is.
	 * @param request the request for a page kept in memory
	 * @param response the response the page is sent on when it is not a plain 200
	 * @param chain the rest of the filter chain, which renders the page
	 * @return the page to keep, or {@code null} when it was not a plain 200 and has been
	 * sent as it is
	 */
	private RenderedPage render(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		ContentCachingResponseWrapper rendering = new ContentCachingResponseWrapper(response);
		chain.doFilter(request, rendering);
		if (rendering.getStatus() != HttpStatus.OK.value() || rendering.getContentType() == null) {
			rendering.copyBodyToResponse();
			return null;
		}
		return RenderedPage.of(rendering.getContentType(), rendering.getHeader(HttpHeaders.CACHE_CONTROL),
				rendering.getContentAsByteArray());
	}

	private static HttpServletRequest asGet(HttpServletRequest request) {
		if ("GET".equals(request.getMethod())) {
			return request;
		}
		return new HttpServletRequestWrapper(request) {

			@Override
			public String getMethod() {
				return "GET";
			}

		};
	}

	private static void send(RenderedPage page, HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		boolean gzip = AcceptEncoding.allowsGzip(request.getHeader(HttpHeaders.ACCEPT_ENCODING));
		response.setHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
		if (page.cacheControl() != null) {
			response.setHeader(HttpHeaders.CACHE_CONTROL, page.cacheControl());
		}
		String etag = gzip ? page.gzipETag() : page.identityETag();
		HttpStatus precondition = Preconditions.evaluate(request, etag);
		if (precondition != null) {
			response.setStatus(precondition.value());
			if (precondition == HttpStatus.NOT_MODIFIED) {
				response.setHeader(HttpHeaders.ETAG, etag);
			}
			return;
		}
		response.setHeader(HttpHeaders.ETAG, etag);
		byte[] body = gzip ? page.gzip() : page.identity();
		response.setContentType(page.contentType());
		if (gzip) {
			response.setHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
		}
		response.setContentLength(body.length);
		if ("GET".equals(request.getMethod())) {
			response.getOutputStream().write(body);
		}
	}

	private static final class PagesOfSnapshot {

		final SiteSnapshot snapshot;

		final LocalDate day;

		/**
		 * Bounded by the pages' bytes ({@link RenderedPage#weight()}). Eviction runs on
		 * request threads, never on a shared pool.
		 */
		final Cache<String, RenderedPage> byPath;

		PagesOfSnapshot(SiteSnapshot snapshot, LocalDate day, long maxBytes) {
			this.snapshot = snapshot;
			this.day = day;
			this.byPath = Caffeine.newBuilder()
				.maximumWeight(maxBytes)
				.weigher((String path, RenderedPage page) -> page.weight())
				.executor(Runnable::run)
				.build();
		}

	}

}
