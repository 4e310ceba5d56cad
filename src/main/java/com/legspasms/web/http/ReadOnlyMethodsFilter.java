package com.legspasms.web.http;

import java.io.IOException;
import java.util.Set;

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
 * The site is read-only: only GET and HEAD are answered; every other method gets 405 with
 * the methods that are allowed, before any controller or static resource is consulted.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 2)
class ReadOnlyMethodsFilter extends OncePerRequestFilter {

	private static final Set<String> ALLOWED = Set.of("GET", "HEAD");

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!ALLOWED.contains(request.getMethod())) {
			response.setHeader(HttpHeaders.ALLOW, "GET, HEAD");
			response.sendError(HttpStatus.METHOD_NOT_ALLOWED.value());
			return;
		}
		chain.doFilter(request, response);
	}

}
