package com.legspasms.web.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.zip.GZIPOutputStream;

/**
 * One page as it is sent, kept in memory: its bytes, the same bytes gzipped once, and a
 * strong ETag for each (two encodings are two representations, so they get two
 * validators).
 *
 * @param contentType the {@code Content-Type} header's value
 * @param cacheControl the {@code Cache-Control} header the page was rendered with, or
 * {@code null}
 * @param identity the page's bytes, uncompressed
 * @param identityETag the strong ETag of the uncompressed bytes, quoted
 * @param gzip the same bytes, gzipped once
 * @param gzipETag the strong ETag of the gzipped bytes, quoted
 */
record RenderedPage(String contentType, String cacheControl, byte[] identity, String identityETag, byte[] gzip,
		String gzipETag) {

	static RenderedPage of(String contentType, String cacheControl, byte[] body) {
		String hash = hash(body);
		return new RenderedPage(contentType, cacheControl, body, "\"" + hash + "\"", gzip(body), "\"" + hash + "-gz\"");
	}

	/**
	 * What the page takes in memory, roughly: its plain and gzipped bytes and its
	 * headers' text.
	 * @return the size in bytes, for bounding the pages kept
	 */
	int weight() {
		return this.identity.length + this.gzip.length + 2 * (this.identityETag.length() + this.gzipETag.length())
				+ 256;
	}

	private static String hash(byte[] body) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
			return Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 27);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static byte[] gzip(byte[] body) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 3);
		try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
			gzip.write(body);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

}
