package com.legspasms.web.http;

import java.time.Duration;

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
 * may be served stale while a cache revalidates them with their ETag; the stylesheet's address
 * carries a hash of its content, so it can be kept for a year.
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
		registry.addResourceHandler("/favicon.svg", "/favicon.ico", "/site.webmanifest", "/icons/**")
			.addResourceLocations("classpath:/static/", "classpath:/static/icons/")
			.setCacheControl(FIXED_ASSETS);
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		WebContentInterceptor caching = new WebContentInterceptor();
		caching.addCacheMapping(PAGES, "/", "/articles/**", "/topics", "/topics/**", "/sitemap.xml", "/feed.xml",
				"/robots.txt", "/opensearch.xml");
		caching.addCacheMapping(SEARCH_RESULTS, "/search");
		registry.addInterceptor(caching);
	}

	/**
	 * Weak ETags, so that Tomcat still compresses the page (it leaves responses with a strong ETag
	 * alone); a matching If-None-Match gets 304 without the body.
	 */
	@Bean
	FilterRegistrationBean<ShallowEtagHeaderFilter> etagFilter() {
		ShallowEtagHeaderFilter filter = new ShallowEtagHeaderFilter();
		filter.setWriteWeakETag(true);
		FilterRegistrationBean<ShallowEtagHeaderFilter> registration = new FilterRegistrationBean<>(filter);
		registration.addUrlPatterns("/", "/articles/*", "/topics", "/topics/*", "/search", "/sitemap.xml",
				"/feed.xml", "/robots.txt", "/opensearch.xml");
		return registration;
	}

}
