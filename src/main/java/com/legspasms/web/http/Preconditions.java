package com.legspasms.web.http;

import java.util.Collections;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.ETag;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;

/**
 * The conditional request headers for a page that exists, evaluated as RFC 9110 section
 * 13.2.2 orders them: {@code If-Match} first (strong comparison; {@code *} matches any
 * existing page), a failure giving 412 Precondition Failed; then {@code If-None-Match}
 * (weak comparison; {@code *} matches any existing page), a match giving 304 Not Modified
 * for GET and HEAD.
 */
final class Preconditions {

	private Preconditions() {
	}

	/**
	 * Evaluates a request's {@code If-Match} and {@code If-None-Match} headers against a
	 * page's ETag (RFC 9110, section 13.2.2).
	 * @param request the request
	 * @param currentETag the page's current strong ETag, quoted
	 * @return 412, 304, or {@code null} when the page should be sent
	 */
	static HttpStatus evaluate(HttpServletRequest request, String currentETag) {
		ETag current = ETag.create(currentETag);
		List<ETag> ifMatch = tags(request, HttpHeaders.IF_MATCH);
		if (!ifMatch.isEmpty() && ifMatch.stream().noneMatch((tag) -> tag.isWildcard() || tag.compare(current, true))) {
			return HttpStatus.PRECONDITION_FAILED;
		}
		List<ETag> ifNoneMatch = tags(request, HttpHeaders.IF_NONE_MATCH);
		if (ifNoneMatch.stream().anyMatch((tag) -> tag.isWildcard() || tag.compare(current, false))) {
			return HttpStatus.NOT_MODIFIED;
		}
		return null;
	}

	private static List<ETag> tags(HttpServletRequest request, String header) {
		List<ETag> tags = new java.util.ArrayList<>();
		for (String value : Collections.list(request.getHeaders(header))) {
			tags.addAll(ETag.parse(value));
		}
		return tags;
	}

}
