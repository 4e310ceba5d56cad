package com.legspasms.web.http;

import java.time.Duration;

import com.legspasms.site.SiteProperties;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.filter.ShallowEtagHeaderFilter;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.mvc.WebContentInterceptor;
import org.springframework.web.servlet.resource.VersionResourceResolver;

/**
 * How long browsers and CDNs may keep what the site sends. Pages are fresh for a few minutes and
 * may be served stale while a cache revalidates them with their ETag; the addresses pages use for
 * the stylesheet, icon and manifest carry a hash of their content, so they can be kept for a year.
 */
@Configuration(proxyBeanMethods = false)
class HttpCachingConfiguration implements WebMvcConfigurer {

	static final CacheControl PAGES = CacheControl.maxAge(Duration.ofMinutes(5))
		.cachePublic()
		.staleWhileRevalidate(Duration.ofDays(1));

	static final CacheControl SEARCH_RESULTS = CacheControl.maxAge(Duration.ofMinutes(1)).cachePublic();

	static final CacheControl VERSIONED_ASSETS = CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();

	static final CacheControl FIXED_ASSETS = CacheControl.maxAge(Duration.ofDays(1)).cachePublic();

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		registry.addResourceHandler("/css/**")
			.addResourceLocations("classpath:/static/css/")
			.setCacheControl(VERSIONED_ASSETS)
			.resourceChain(true)
			.addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"));
		// The icon and manifest as pages link them, with a hash of their content in the address.
		registry.addResourceHandler("/assets/**")
			.addResourceLocations("classpath:/static/")
			.setCacheControl(VERSIONED_ASSETS)
			.resourceChain(true)
			.addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"));
		// The same files at the fixed names that browsers, crawlers and the manifest itself ask for.
		registry.addResourceHandler("/favicon.svg", "/favicon.ico", "/site.webmanifest", "/icons/**")
			.addResourceLocations("classpath:/static/", "classpath:/static/icons/")
			.setCacheControl(FIXED_ASSETS);
	}

	private final boolean preview;

	HttpCachingConfiguration(SiteProperties properties) {
		this.preview = properties.preview();
	}

	/** Pages are not kept by browsers in preview mode: a writer's reload must show the latest state. */
	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		WebContentInterceptor caching = new WebContentInterceptor();
		caching.addCacheMapping(this.preview ? CacheControl.noStore() : PAGES, "/", "/compare", "/articles/**", "/topics", "/topics/**", "/sitemap.xml", "/feed.xml", "/changes.xml",
				"/robots.txt", "/opensearch.xml");
		caching.addCacheMapping(SEARCH_RESULTS, "/search");
		registry.addInterceptor(caching);
	}

	/**
	 * Search results depend on the query, so they are not kept like the other pages (see
	 * {@link RenderedPageFilter}); they get a weak ETag from a hash of each response, weak so that
	 * Tomcat still compresses them (it leaves responses with a strong ETag alone).
	 */
	@Bean
	FilterRegistrationBean<ShallowEtagHeaderFilter> searchResultsEtagFilter() {
		ShallowEtagHeaderFilter filter = new ShallowEtagHeaderFilter();
		filter.setWriteWeakETag(true);
		FilterRegistrationBean<ShallowEtagHeaderFilter> registration = new FilterRegistrationBean<>(filter);
		registration.addUrlPatterns("/search");
		return registration;
	}

}
