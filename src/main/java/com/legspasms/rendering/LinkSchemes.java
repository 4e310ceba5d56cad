package com.legspasms.rendering;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The allow-list of URL schemes a link in an article may use. Anything else (javascript:,
 * data:, vbscript:, ...) never reaches a page.
 */
public final class LinkSchemes {

	private static final Set<String> ALLOWED = Set.of("http", "https", "mailto");

	/**
	 * What a URL scheme may be (WHATWG URL Standard, "scheme state"); anything else makes
	 * a relative URL.
	 */
	private static final Pattern SCHEME = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*");

	/**
	 * What browsers ignore inside a scheme: ASCII whitespace and control characters, and
	 * backslashes.
	 */
	private static final Pattern IGNORED_BY_BROWSERS = Pattern.compile("[\\u0000-\\u0020\\u007F\\\\]");

	private LinkSchemes() {
	}

	/**
	 * Whether a link target, already decoded from Markdown escapes and HTML entities, is
	 * safe. Browsers ignore ASCII whitespace and control characters inside a scheme, so
	 * they are removed before looking at it, and so are backslashes, which some browsers
	 * have treated loosely. What is left before the first colon is a scheme only if it
	 * has a scheme's syntax; otherwise the link is a relative one ({@code foo):},
	 * CommonMark spec example "Links").
	 * @param decodedUrl the link's target, decoded
	 * @return true for a relative link or one whose scheme is on the allow-list
	 */
	static boolean isAllowed(String decodedUrl) {
		String url = IGNORED_BY_BROWSERS.matcher(decodedUrl).replaceAll("");
		int colon = url.indexOf(':');
		if (colon < 0) {
			return true;
		}
		String beforeColon = url.substring(0, colon);
		boolean isRelativePathWithColon = !SCHEME.matcher(beforeColon).matches();
		return isRelativePathWithColon || ALLOWED.contains(beforeColon.toLowerCase(Locale.ROOT));
	}

	/**
	 * Whether a link target starts with a scheme ({@code https:}, {@code mailto:}, ...),
	 * as opposed to a relative link. The one test of this for every check that tells the
	 * two apart.
	 * @param url a link target as written
	 * @return true when the text before its first colon has a scheme's syntax
	 */
	public static boolean hasScheme(String url) {
		int colon = url.indexOf(':');
		return colon > 0 && SCHEME.matcher(url.substring(0, colon)).matches();
	}

}
