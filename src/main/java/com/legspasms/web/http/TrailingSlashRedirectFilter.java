package com.legspasms.web.http;

import java.io.IOException;
import java.util.regex.Pattern;

import com.legspasms.web.PageKind;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The address of one of the site's pages with a trailing slash ({@code /articles/x/}, as
 * people type it or tools write it) answers 301 to the same address without it, so it
 * never 404s and search engines see one address per page. Only the site's own page
 * addresses are redirected (anything else is a 404 as before), so the answer can never
 * point at another host.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class TrailingSlashRedirectFilter extends OncePerRequestFilter {

	/**
	 * The readers' page addresses of the catalogue ({@link PageKind.Role#PAGE}), then one
	 * or more slashes.
	 */
	private static final Pattern WITH_TRAILING_SLASH = PageKind.addressesWithTrailingSlash();

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String method = request.getMethod();
		return !("GET".equals(method) || "HEAD".equals(method))
				|| !WITH_TRAILING_SLASH.matcher(request.getRequestURI()).matches();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String path = request.getRequestURI().replaceFirst("/+$", "");
		String query = request.getQueryString();
		response.setStatus(HttpStatus.MOVED_PERMANENTLY.value());
		response.setHeader(HttpHeaders.LOCATION, (query != null) ? path + "?" + query : path);
	}

}
