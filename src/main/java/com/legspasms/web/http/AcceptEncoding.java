package com.legspasms.web.http;

/**
 * Reads a request's {@code Accept-Encoding} header.
 */
final class AcceptEncoding {

	private AcceptEncoding() {
	}

	/**
	 * Whether the client takes gzip: named (or {@code *}) with a quality above zero.
	 * @param acceptEncoding the request's {@code Accept-Encoding} header, or {@code null}
	 * when it has none
	 * @return true when gzip may be sent
	 */
	static boolean allowsGzip(String acceptEncoding) {
		if (acceptEncoding == null) {
			return false;
		}
		for (String coding : acceptEncoding.split(",")) {
			String[] parts = coding.split(";");
			String name = parts[0].trim();
			if ("gzip".equalsIgnoreCase(name) || "x-gzip".equalsIgnoreCase(name) || "*".equals(name)) {
				return quality(parts) > 0;
			}
		}
		return false;
	}

	private static double quality(String[] parts) {
		for (int i = 1; i < parts.length; i++) {
			String parameter = parts[i].trim();
			if (parameter.startsWith("q=")) {
				try {
					return Double.parseDouble(parameter.substring(2));
				}
				catch (NumberFormatException ex) {
					return 0;
				}
			}
		}
		return 1;
	}

}
