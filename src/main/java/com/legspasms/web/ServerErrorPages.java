package com.legspasms.web;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.legspasms.site.SiteProperties;
import jakarta.servlet.ServletContext;
import org.thymeleaf.context.Context;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.dialect.IDialect;
import org.thymeleaf.linkbuilder.StandardLinkBuilder;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templateresolver.ITemplateResolver;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.template.TemplateAvailabilityProviders;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

/**
 * The site's error pages as finished HTML, for the answers the web server gives before
 * any filter or controller of the site runs (an address Tomcat cannot decode, for
 * instance: see {@code web.http.ErrorReportValveConfiguration}). They come from the same
 * Thymeleaf templates and layout as the error pages the site shows itself
 * ({@link SiteErrorController}), chosen by the same rule as Spring Boot's
 * {@code DefaultErrorViewResolver}: {@code error/<status>}, then {@code error/4xx} or
 * {@code error/5xx}, then {@code error}.
 * <p>
 * Such a page depends only on its status and the site's settings, not on the request, so
 * each is rendered once, when first needed after start-up, and kept; the 400 page is
 * rendered as soon as the site is ready, so a broken template shows at start-up. Links
 * are written as the site writes them, the stylesheet's with the hash of its content.
 */
@Component
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class ServerErrorPages {

	private final SpringTemplateEngine engine = new SpringTemplateEngine();

	private final TemplateAvailabilityProviders templates;

	private final ApplicationContext context;

	private final Map<String, Object> layoutModel;

	private final Map<Integer, String> pages = new ConcurrentHashMap<>();

	/**
	 * Set once the site is ready: only then are the stylesheet's versioned addresses
	 * known.
	 */
	private volatile boolean ready;

	ServerErrorPages(ApplicationContext context, ObjectProvider<ITemplateResolver> templateResolvers,
			ObjectProvider<IDialect> dialects, ResourceUrlProvider resourceUrls, ServletContext servletContext,
			SiteProperties properties, SiteUrls urls) {
		this.context = context;
		this.templates = new TemplateAvailabilityProviders(context);
		this.layoutModel = SiteModelAdvice.layoutModel(properties, urls);
		templateResolvers.orderedStream().forEach(this.engine::addTemplateResolver);
		dialects.orderedStream().forEach(this.engine::addDialect);
		this.engine.setLinkBuilder(new SiteLinkBuilder(servletContext.getContextPath(), resourceUrls));
	}

	/**
	 * The page for an error status.
	 * @param status an HTTP status code of 400 or more
	 * @return the whole HTML document, in the site's layout, with no detail of the
	 * request
	 * @throws org.thymeleaf.exceptions.TemplateEngineException if the template cannot be
	 * rendered
	 */
	public String html(int status) {
		if (!this.ready) {
			return render(status);
		}
		return this.pages.computeIfAbsent(status, this::render);
	}

	@EventListener(ApplicationReadyEvent.class)
	void renderAtStartUp() {
		this.ready = true;
		html(HttpStatus.BAD_REQUEST.value());
	}

	private String render(int status) {
		Map<String, Object> model = new HashMap<>(this.layoutModel);
		model.put("status", status);
		HttpStatus known = HttpStatus.resolve(status);
		model.put("error", (known != null) ? known.getReasonPhrase() : "Http Status " + status);
		return this.engine.process(templateFor(status), new Context(Locale.ENGLISH, model));
	}

	private String templateFor(int status) {
		for (String name : List.of("error/" + status, "error/" + (status / 100) + "xx")) {
			if (this.templates.getProvider(name, this.context) != null) {
				return name;
			}
		}
		return "error";
	}

	/**
	 * Writes links relative to the site's context path, as pages rendered for a request
	 * get them, with the content-hashed address of a static file where the site has one
	 * (what {@code ResourceUrlEncodingFilter} does for those pages).
	 */
	private static final class SiteLinkBuilder extends StandardLinkBuilder {

		private final String contextPath;

		private final ResourceUrlProvider resourceUrls;

		SiteLinkBuilder(String contextPath, ResourceUrlProvider resourceUrls) {
			this.contextPath = contextPath;
			this.resourceUrls = resourceUrls;
		}

		@Override
		protected String computeContextPath(IExpressionContext context, String base, Map<String, Object> parameters) {
			return this.contextPath;
		}

		@Override
		protected String processLink(IExpressionContext context, String link) {
			if (!link.startsWith(this.contextPath + "/")) {
				return link;
			}
			int end = link.length();
			for (char c : new char[] { '?', '#' }) {
				int at = link.indexOf(c);
				if (at >= 0 && at < end) {
					end = at;
				}
			}
			String versioned = this.resourceUrls.getForLookupPath(link.substring(this.contextPath.length(), end));
			return (versioned != null) ? this.contextPath + versioned + link.substring(end) : link;
		}

	}

}
