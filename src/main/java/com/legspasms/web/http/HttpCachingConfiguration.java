package com.legspasms.web.http;

import com.legspasms.site.SiteProperties;
import com.legspasms.web.PageKind;

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
 * How long browsers and CDNs may keep what the site sends, as the catalogue
 * ({@link PageKind}) declares for each kind. Pages are fresh for a few minutes and may be
 * served stale while a cache revalidates them with their ETag; the addresses pages use
 * for the stylesheet, icon and manifest carry a hash of their content, so they can be
 * kept for a year.
 */
@Configuration(proxyBeanMethods = false)
class HttpCachingConfiguration implements WebMvcConfigurer {

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		registry.addResourceHandler(PageKind.STYLESHEET.path())
			.addResourceLocations("classpath:/static/css/")
			.setCacheControl(PageKind.STYLESHEET.lifetime().cacheControl())
			.resourceChain(true)
			.addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"));
		// The icon and manifest as pages link them, with a hash of their content in the
		// address.
		registry.addResourceHandler(PageKind.ASSETS.path())
			.addResourceLocations("classpath:/static/")
			.setCacheControl(PageKind.ASSETS.lifetime().cacheControl())
			.resourceChain(true)
			.addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"));
		// The same files at the fixed names that browsers, crawlers and the manifest
		// itself ask for.
		registry
			.addResourceHandler(PageKind.FAVICON.path(), PageKind.FAVICON_ICO.path(), PageKind.MANIFEST.path(),
					PageKind.ICONS.path())
			.addResourceLocations("classpath:/static/", "classpath:/static/icons/")
			.setCacheControl(PageKind.FAVICON.lifetime().cacheControl());
	}

	private final boolean preview;

	HttpCachingConfiguration(SiteProperties properties) {
		this.preview = properties.preview();
	}

	/**
	 * Each kind of the catalogue ({@link PageKind}) that is not a static file gets its
	 * lifetime (static files get theirs from their resource handlers above). Pages are
	 * not kept by browsers in preview mode: a writer's reload must show the latest state.
	 */
	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		WebContentInterceptor caching = new WebContentInterceptor();
		PageKind.cachePatternsByLifetime().forEach((lifetime, patterns) -> {
			CacheControl cacheControl = (this.preview && lifetime == PageKind.Lifetime.PAGE) ? CacheControl.noStore()
					: lifetime.cacheControl();
			if (cacheControl != null && !lifetime.isAsset()) {
				caching.addCacheMapping(cacheControl, patterns.toArray(String[]::new));
			}
		});
		registry.addInterceptor(caching);
	}

	/**
	 * Search results depend on the query, so they are not kept like the other pages (see
	 * {@link RenderedPageFilter}); they get a weak ETag from a hash of each response,
	 * weak so that Tomcat still compresses them (it leaves responses with a strong ETag
	 * alone).
	 * @return the filter, registered for the search page's address only
	 */
	@Bean
	FilterRegistrationBean<ShallowEtagHeaderFilter> searchResultsEtagFilter() {
		ShallowEtagHeaderFilter filter = new ShallowEtagHeaderFilter();
		filter.setWriteWeakETag(true);
		FilterRegistrationBean<ShallowEtagHeaderFilter> registration = new FilterRegistrationBean<>(filter);
		registration.addUrlPatterns(PageKind.SEARCH.path());
		return registration;
	}

}
